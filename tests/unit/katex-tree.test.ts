// rehypeKatexTree builds KaTeX's MathML straight into hast; rehype-katex prints it and parses it back. The
// two must give the same HTML for every formula the catalogue holds (English and Chinese bodies), for the
// shapes KaTeX has (spaces, fragments, classes, \text, arrays, colour), and for formulas KaTeX refuses.
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Root } from 'hast';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { catalogueBodies } from '../support/catalogue.ts';
import rehypeKatexTree, { katexHast } from '../../src/markdown/katex-tree.ts';
import { katexOptions } from '../../src/markdown/katex-options.ts';

const sameAsRehypeKatex = (body: string) => {
  const { lines: _, ...ours } = render(rehypeKatexTree, body);
  const { lines: __, ...theirs } = render(rehypeKatex, body);
  expect(ours).toEqual(theirs);
};

const render = (plugin: (options: typeof katexOptions) => (tree: Root, file: VFile) => void, body: string) => {
  const file = unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(plugin as never, katexOptions)
    .use(rehypeStringify)
    .processSync(body);
  return {
    html: String(file),
    messages: file.messages.map((m) => `${m.source}: ${m.reason}`),
    lines: file.messages.map((m) => m.line),
  };
};

const bodies = catalogueBodies();

const SHAPES = {
  spaces: '$a\\,b\\;c\\quad d\\!e\\ f \\hspace{3em} g$',
  text: '$\\text{if } x < y \\text{ and } \\mathrm{KL}(p \\| q)$',
  styled: '$\\mathbf{z}\\,\\mathcal{L}\\,\\mathbb{E}\\,\\boldsymbol{\\mu}\\,\\operatorname*{arg\\,max}_\\theta$',
  array:
    '$$\n\\begin{aligned} a &= b \\\\ c &= \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\end{cases} \\end{aligned}\n$$',
  colour: '$\\color{red} x + \\textcolor{blue}{y}$ and $\\boxed{z}$',
  escapes: '$a < b > c \\& d$ and $\\text{"quoted" & <tag>}$',
  accents: '$\\hat{x}\\tilde{y}\\overline{ab}\\underbrace{cd}_{n}\\xrightarrow{f}\\sqrt[3]{2}$',
  bad: '$\\frac{1}{$ then $\\unknowncommand x$.\n\n$$\n\\begin{matrix} 1\n$$',
};

describe('rehypeKatexTree', () => {
  it('has a catalogue to compare against', () => {
    expect(bodies.filter(([, body]) => body.includes('$')).length).toBeGreaterThan(200);
  });

  it.each(bodies)('typesets %s exactly as rehype-katex does', (_, body) => {
    sameAsRehypeKatex(body);
  });

  it.each(Object.entries(SHAPES))('typesets %s exactly as rehype-katex does', (_, body) => {
    sameAsRehypeKatex(body);
  });

  it('reports a formula KaTeX refuses as rehype-katex does, with its line, and paints it red', () => {
    const { html, messages, lines } = render(rehypeKatexTree, SHAPES.bad);
    expect(lines).toEqual([1, 1, 3]);
    expect(messages.every((m) => m.startsWith('rehype-katex: Could not render math with KaTeX'))).toBe(true);
    expect(html).toContain('class="katex-error"');
  });

  it('builds the tree itself for MathML output, and leaves other output to the parser', () => {
    const display = { ...katexOptions, displayMode: true, throwOnError: true };
    expect(katexHast('\\sum_{i=1}^{N} \\exp(s_i / \\tau)', display)?.[0]).toMatchObject({
      type: 'element',
      tagName: 'span',
      properties: { className: ['katex'] },
    });
    expect(katexHast('x', { ...display, output: 'htmlAndMathml' })).toBeUndefined();
    expect(() => katexHast('\\frac{1}{', display)).toThrow(/KaTeX parse error/);
  });
});
