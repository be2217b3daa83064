/**
 * Wide display formulas scroll sideways on phones; a scrollable region must be reachable by keyboard
 * (WCAG 2.1.1, axe `scrollable-region-focusable`), so each KaTeX display block becomes focusable and is
 * labelled for screen readers by its MathML, which KaTeX already includes.
 */
import type { Root } from 'hast';
import { eachElement, hasClass } from './hast-walk.ts';

export function rehypeFocusableDisplayMath() {
  return (tree: Root): void =>
    eachElement(tree, (node) => {
      if (node.type !== 'element' || !hasClass(node, 'katex-display')) return;
      node.properties['tabIndex'] = 0;
      node.properties['role'] = 'group';
      node.properties['ariaLabel'] = 'Formula';
    });
}
