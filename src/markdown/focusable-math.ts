/**
 * Wide display formulas scroll sideways on phones; a scrollable region must be reachable by keyboard
 * (WCAG 2.1.1, axe `scrollable-region-focusable`), so each KaTeX display block becomes focusable and is
 * labelled for screen readers by its MathML, which KaTeX already includes.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

function hasClass(node: Element, name: string): boolean {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
}

export function rehypeFocusableDisplayMath() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (hasClass(node, 'katex-display')) {
        node.properties['tabIndex'] = 0;
        node.properties['role'] = 'group';
        node.properties['ariaLabel'] = 'Formula';
      }
    });
  };
}
