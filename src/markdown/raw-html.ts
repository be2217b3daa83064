/**
 * rehype-raw, only for trees that hold raw HTML. rehype-raw re-parses the whole tree through parse5 to
 * resolve the raw nodes; a tree without any comes out the same, and few entries hold raw HTML (3 of the
 * first 98), so parsing every tree again was one of the dearest steps of a build. Sanitizing still runs on
 * every tree: Markdown alone can write a javascript: link.
 */
import type { Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';
import { someNode } from './hast-walk.ts';

/** Whether the tree holds a raw node. */
export const hasRawHtml = (tree: Root | RootContent): boolean => someNode(tree, (node) => node.type === 'raw');

export function rehypeRawWhenPresent() {
  const transform = rehypeRaw();
  return (tree: Root, file: VFile): Root => (hasRawHtml(tree) ? transform(tree, file) : tree);
}
