/**
 * SmartyPants typography (curly quotes, em dashes, ellipses), as Astro's pipeline applies it: a port of
 * remark-smartypants 3.0.3 (MIT, by Yoav Andrew), with two exact shortcuts. That plugin runs retext over the
 * whole document for quotes, then once more over every single text node for dashes, ellipses and
 * backticks: a fresh parse into a natural-language tree per text node, which made SmartyPants one of the
 * dearest steps of rendering an entry. retext's round trip gives back any text it does not change, so a
 * text that holds none of the characters a rule looks for is left as it is without the parse: no quote
 * mark, no quote pass; no "--", "..", ". .", "``" or "''", no second pass. tests/unit/processor.test.ts
 * holds the output to Astro's own pipeline on every entry.
 */
import type { Nodes, Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

type Literal = Extract<Nodes, { value: string }>;

// remark-smartypants also skips text inside MDX <style> and <script>; MDX nodes never occur in a .md body.
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks start fresh: a quote at their start opens, so each gets a synthetic space before it. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

/** What the quote pass changes, and what the dash, ellipsis and backtick pass does. */
const QUOTE = /["']/;
const DASH_ELLIPSIS_BACKTICK = /--|\.\.|\.\s+\.|``|''/;

export default function remarkSmartypantsFast() {
  // As remark-smartypants: quotes first over the whole text (so pairs match across links and emphasis), the
  // rest per text node (they change lengths, which the first pass must not).
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });
  return (tree: Root): void => {
    let all = '';
    const nodes: Nodes[] = [];
    visit(tree, (node, _index, parent) => {
      if (!parent || !VISITED.has(node.type) || !(isLiteral(node) || BLOCKS.has(node.type))) return;
      if (isLiteral(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else all += ' ';
      nodes.push(node);
    });
    if (QUOTE.test(all)) all = quotes.processSync(all).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = all.slice(start, end);
        node.value = DASH_ELLIPSIS_BACKTICK.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
