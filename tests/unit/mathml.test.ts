import katex from 'katex';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeMathmlForBrowsers, styledChar, styledText } from '../../src/markdown/mathml.ts';

describe('styledChar', () => {
  it.each([
    ['L', 'script', 'ℒ'],
    ['A', 'script', '𝒜'],
    ['R', 'double-struck', 'ℝ'],
    ['E', 'double-struck', '𝔼'],
    ['z', 'bold', '𝐳'],
    ['7', 'bold', '𝟕'],
    ['μ', 'bold-italic', '𝝁'],
    ['Θ', 'bold', '𝚯'],
    ['h', 'italic', 'ℎ'],
    ['x', 'monospace', '𝚡'],
    ['x', 'unknown-variant', 'x'],
  ])('%s in %s is %s', (char, variant, expected) => {
    expect(styledChar(char, variant)).toBe(expected);
  });

  it('refuses text it cannot style fully, so nothing is half converted', () => {
    expect(styledText('AB', 'script')).toBe('𝒜ℬ');
    expect(styledText('é', 'script')).toBeUndefined();
  });
});

describe('rehypeMathmlForBrowsers', () => {
  const run = (tex: string, displayMode: boolean) => {
    const html = katex.renderToString(tex, { output: 'mathml', displayMode });
    return String(
      unified()
        .use(rehypeParse, { fragment: true })
        .use(rehypeMathmlForBrowsers)
        .use(rehypeStringify)
        .processSync(html),
    );
  };

  it('turns \\mathcal and \\mathbb letters into Unicode math letters', () => {
    const out = run('\\mathcal{L} + \\mathbb{E}[x] + \\mathbf{z}', false);
    expect(out).toContain('ℒ');
    expect(out).toContain('𝔼');
    expect(out).toContain('𝐳');
    expect(out).not.toMatch(/mathvariant="(script|double-struck|bold)"/);
  });

  it('wraps display math like the HTML output, and leaves inline math alone', () => {
    expect(run('x^2', true)).toMatch(/^<span class="katex-display"><span class="katex"><math[^>]*display="block"/);
    expect(run('x^2', false)).toMatch(/^<span class="katex"><math/);
  });
});
