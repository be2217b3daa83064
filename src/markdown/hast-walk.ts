/**
 * Plain walks over a hast tree, for the steps that run on every entry of every build: unist-util-visit's
 * generic traversal (parent stacks, test functions) cost about half a second per 1,000 papers there.
 */
import type { Element, Root, RootContent } from 'hast';

/** Whether `node` or anything below it passes `test`. */
export function someNode(node: Root | RootContent, test: (node: Root | RootContent) => boolean): boolean {
  if (test(node)) return true;
  if ('children' in node) for (const child of node.children) if (someNode(child, test)) return true;
  return false;
}

/** Calls `visit` on the root and every element, parents first; children are read after the visit, so it may replace them. */
export function eachElement(node: Root | Element, visit: (node: Root | Element) => void): void {
  visit(node);
  for (const child of node.children) if (child.type === 'element') eachElement(child, visit);
}

export function hasClass(node: Element, name: string): boolean {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
}
