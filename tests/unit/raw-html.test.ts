// Skipping rehype-raw for trees without raw HTML changes no output: the same bodies render to the same
// HTML through the site's pipeline with rehype-raw always on and with it only where raw HTML is present.
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { katexOptions } from '../../src/markdown/katex-options.ts';
import { hasRawHtml, rehypeRawWhenPresent } from '../../src/markdown/raw-html.ts';
import { sanitizeSchema } from '../../src/markdown/sanitize-schema.ts';

const render = (raw: PluggableList[number], body: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMath)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use([raw, [rehypeSanitize, sanitizeSchema], [rehypeKatex, katexOptions]])
      // As @astrojs/markdown-remark ends every pipeline (it normalises attributes such as data-footnote-ref="").
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(body),
  );

const BODIES = {
  plain: 'A paragraph with a [link](../moco/), *emphasis*, `code` and inline math $q\\cdot k_+/\\tau$.',
  display: 'Before.\n\n$$\n\\mathcal{L} = -\\log \\frac{a}{b}\n$$\n\nAfter, with a footnote.[^1]\n\n[^1]: The note.',
  gfm: '| a | b |\n| - | - |\n| 1 | $x^2$ |\n\n- [ ] task\n- item ~~gone~~',
  hostile: '[click](javascript:alert(1)) and ![x](data:text/html,hi)',
  raw: 'Text <sub>sub</sub> and <script>alert(1)</script> <a href="javascript:x" onclick="y">z</a>.',
  rawBlock: '<details><summary>More</summary>\n\nHidden $y$.\n\n</details>',
};

describe('rehype-raw only where raw HTML is', () => {
  it.each(Object.entries(BODIES))('renders %s exactly as with rehype-raw always on', (_, body) => {
    expect(render(rehypeRawWhenPresent, body)).toBe(render(rehypeRaw, body));
  });

  it('still sanitizes raw HTML and Markdown links', () => {
    expect(render(rehypeRawWhenPresent, BODIES.raw)).not.toMatch(/<script|onclick|javascript:/);
    expect(render(rehypeRawWhenPresent, BODIES.hostile)).not.toMatch(/javascript:|data:text/);
  });

  it('tells trees with raw nodes from trees without', () => {
    const tree = (body: string) =>
      unified()
        .use(remarkParse)
        .use(remarkRehype, { allowDangerousHtml: true })
        .runSync(unified().use(remarkParse).parse(body));
    expect(hasRawHtml(tree(BODIES.raw) as never)).toBe(true);
    expect(hasRawHtml(tree(BODIES.plain) as never)).toBe(false);
  });
});
