/**
 * Plain text with inline `$…$` formulas (a tldr) as HTML, typeset exactly as the summaries are: rehype-katex
 * with the site's options, then the same MathML fixes. The text around formulas is escaped, never parsed, so
 * no Markdown or HTML in it can reach the page (the validator refuses both anyway).
 */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeKatex from 'rehype-katex';
import { unified } from 'unified';
import { katexOptions } from './katex-options.ts';
import { rehypeMathmlForBrowsers } from './mathml.ts';

/** True when the text holds at least one `$…$` formula. */
export const hasInlineMath = (text: string): boolean => /\$[^$]+\$/.test(text);

const pipeline = unified().use(rehypeKatex, katexOptions).use(rehypeMathmlForBrowsers);
const rendered = new Map<string, string>();

/** The text as HTML: text parts escaped, each `$…$` part typeset as inline MathML. Memoised by text. */
export function inlineMathHtml(text: string): string {
  const known = rendered.get(text);
  if (known !== undefined) return known;
  const children: ElementContent[] = text.split(/(\$[^$]+\$)/).flatMap((part): ElementContent[] => {
    if (part === '') return [];
    if (!/^\$[^$]+\$$/.test(part)) return [{ type: 'text', value: part }];
    return [
      {
        type: 'element',
        tagName: 'code',
        properties: { className: ['language-math', 'math-inline'] },
        children: [{ type: 'text', value: part.slice(1, -1) }],
      },
    ];
  });
  const tree = pipeline.runSync({ type: 'root', children } as Root);
  const html = toHtml(tree as Root);
  rendered.set(text, html);
  return html;
}

/** The text for places that cannot show math (meta descriptions, feeds): formulas keep their TeX, without `$`. */
export const plainText = (text: string): string => text.replace(/\$([^$]+)\$/g, '$1');
