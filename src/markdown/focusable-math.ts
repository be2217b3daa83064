/**
 * Wide display formulas scroll sideways on phones; a scrollable region must be reachable by keyboard
 * (WCAG 2.1.1, axe `scrollable-region-focusable`), so each KaTeX display block becomes focusable and is
 * labelled for screen readers by its MathML, which KaTeX already includes.
 */
import type { Element, Root } from 'hast';

function hasClass(node: Element, name: string): boolean {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
}

export function rehypeFocusableDisplayMath() {
  // A plain walk over elements: this runs on every entry of every build.
  const walk = (node: Root | Element): void => {
    if (node.type === 'element' && hasClass(node, 'katex-display')) {
      node.properties['tabIndex'] = 0;
      node.properties['role'] = 'group';
      node.properties['ariaLabel'] = 'Formula';
    }
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  return (tree: Root): void => walk(tree);
}
