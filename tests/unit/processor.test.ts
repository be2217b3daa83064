// The site's Markdown processor is Astro's unified() pipeline without its closing rehype-raw pass: every
// entry body (English and Chinese) must come out byte for byte as Astro's own processor renders it with the
// same plugins, and hostile HTML must still be sanitized.
import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { catalogueBodies } from '../support/catalogue.ts';
import { markdownPlugins } from '../../src/build/astro-config.ts';
import { papersProcessor } from '../../src/markdown/processor.ts';

const bodies = catalogueBodies();

const EDGE_CASES = {
  footnote: 'A claim.[^1] Another.[^2]\n\n[^1]: First note.\n[^2]: Second, with $x$.',
  headings: '## Method\n\nText.\n\n### Results and "quotes" -- dashes...\n\nMore.',
  raw: 'Text <sub>sub</sub> and <script>alert(1)</script> <a href="javascript:x" onclick="y">z</a>.',
  rawBlock: '<details><summary>More</summary>\n\nHidden $y$.\n\n</details>',
  table: '| a | b |\n| - | :-: |\n| 1 | $x^2$ |\n\n- [x] done\n- ~~gone~~ <https://example.org>',
  quotes: '"Quoted" and \'single\' words, it\'s the \'90s, "[a link](https://example.org)" and *"emphasis"*.',
  dashes: "A range 1--2, a break --- here, dots... and . . . spaced, ``backticks'' too.",
  codeQuotes: 'Code `"not curled"` beside "curled" -- and `a--b`.',
  blocks: '> "Quoted block" -- said\n\n# "Heading"\n\n| "cell" | it\'s |\n| - | - |\n| x... | y |',
  image: 'A figure: ![the pipeline](https://example.org/figure.png "Pipeline").',
};

const renderers = async () => {
  const plugins = markdownPlugins();
  return Promise.all([
    papersProcessor(plugins).createRenderer({}),
    unified(plugins as UnifiedProcessorOptions).createRenderer({}),
  ]);
};

describe('papersProcessor', () => {
  it('renders every entry body exactly as Astro’s unified() processor does', async () => {
    const [ours, astro] = await renderers();
    expect(bodies.length).toBeGreaterThan(400);
    for (const [path, body] of bodies) {
      const [a, b] = await Promise.all([ours.render(body), astro.render(body)]);
      expect(a.code, path).toBe(b.code);
      expect(a.metadata.headings, path).toEqual(b.metadata.headings);
    }
  });

  it.each(Object.entries(EDGE_CASES))('renders %s exactly as Astro’s processor does', async (_, body) => {
    const [ours, astro] = await renderers();
    const [a, b] = await Promise.all([ours.render(body), astro.render(body)]);
    expect(a.code).toBe(b.code);
    expect(a.metadata).toEqual(b.metadata);
  });

  it('still sanitizes', async () => {
    const [ours] = await renderers();
    const { code } = await ours.render(EDGE_CASES.raw);
    expect(code).not.toMatch(/<script|onclick|javascript:/);
    expect(code).toContain('<sub>sub</sub>');
  });
});
