/**
 * rehype-katex without the HTML round trip, for MathML output. rehype-katex asks KaTeX for a markup string
 * and parses it back into a tree through parse5 (hast-util-from-html-isomorphic): at 1,000 papers that parse
 * took 1.1 s of its 1.75 s. KaTeX builds the same output as a tree of its own first (`__renderToDomTree`), so
 * this plugin turns that tree into hast directly, node for node as the parser would have read KaTeX's markup
 * (attributes first, then the class, which MathNode.toMarkup writes last; adjacent text merged). Anything
 * outside the plain MathML shapes (a coloured span, HTML output, a node type this module does not know) takes
 * rehype-katex's own road, string and parse, so the output never depends on this module knowing a case.
 * Errors are handled as rehype-katex 7.0.1 does (its message source is kept, for katex-errors.ts), except that
 * a display formula's message carries its line.
 * tests/unit/katex-tree.test.ts holds the output to rehype-katex's on every formula of the catalogue.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import katex, { type KatexOptions } from 'katex';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

type Options = Omit<KatexOptions, 'displayMode' | 'throwOnError'>;

/** The parts of KaTeX's build-tree nodes (domTree.js, mathMLTree.js) that their toMarkup() writes. */
interface KatexNode {
  readonly constructor: { readonly name: string };
  readonly type?: string;
  readonly text?: string;
  readonly character?: string | null;
  readonly width?: number;
  readonly classes?: readonly string[];
  readonly attributes?: Readonly<Record<string, string>>;
  readonly style?: Readonly<Record<string, unknown>>;
  readonly children?: readonly KatexNode[];
}

/** KaTeX's build tree needs a node type this module does not convert: use the markup string instead. */
class Unconvertible extends Error {}

const katexTree = (katex as unknown as { __renderToDomTree(tex: string, options: KatexOptions): KatexNode })
  .__renderToDomTree;

/** KaTeX's makeEm(): a CSS length in em, as mathMLTree.js writes an <mspace> width. */
const em = (n: number) => `${+n.toFixed(4)}em`;

function pushText(out: ElementContent[], value: string): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

function element(tagName: string, attributes: Record<string, string>, children: ElementContent[]): Element {
  // hastscript's h() is what hast-util-from-parse5 builds elements with, so property names and values come
  // out exactly as parsing the markup would give them.
  return h(tagName, attributes, children) as Element;
}

function convert(node: KatexNode, out: ElementContent[]): void {
  switch (node.constructor.name) {
    case 'TextNode':
      pushText(out, node.text ?? '');
      return;
    case 'SpaceNode':
      if (node.character) out.push(element('mtext', {}, [{ type: 'text', value: node.character }]));
      else out.push(element('mspace', { width: em(node.width ?? 0) }, []));
      return;
    case 'DocumentFragment':
      for (const child of node.children ?? []) convert(child, out);
      return;
    case 'MathNode': {
      const attributes: Record<string, string> = { ...node.attributes };
      if (node.classes?.length) attributes['class'] = node.classes.join(' ');
      out.push(element(node.type ?? '', attributes, children(node)));
      return;
    }
    case 'Span': {
      if (Object.keys(node.style ?? {}).length > 0) throw new Unconvertible();
      const attributes: Record<string, string> = {};
      if (node.classes?.length) attributes['class'] = node.classes.join(' ');
      Object.assign(attributes, node.attributes);
      out.push(element('span', attributes, children(node)));
      return;
    }
    default:
      throw new Unconvertible();
  }
}

function children(node: KatexNode): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of node.children ?? []) convert(child, out);
  return out;
}

/**
 * The hast for one formula, or undefined where the plain tree conversion does not apply. Throws KaTeX's
 * ParseError for a bad formula, as renderToString() does with throwOnError.
 */
export function katexHast(tex: string, options: KatexOptions): ElementContent[] | undefined {
  // The HTML parser would rewrite CR and NUL in the annotation; leave such input to it.
  if (options.output !== 'mathml' || /[\r\0]/.test(tex)) return undefined;
  const tree = katexTree(tex, { ...options, throwOnError: true });
  try {
    const out: ElementContent[] = [];
    convert(tree, out);
    return out;
  } catch (error) {
    if (error instanceof Unconvertible) return undefined;
    throw error;
  }
}

function fromMarkup(markup: string): ElementContent[] {
  return fromHtmlIsomorphic(markup, { fragment: true }).children as ElementContent[];
}

/** Drop-in for rehype-katex (same options, same classes recognised, same messages). */
export default function rehypeKatexTree(options: Options = {}) {
  return (tree: Root, file: VFile): void => {
    visitParents(tree, 'element', (node, parents) => {
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      const languageMath = classes.includes('language-math');
      const mathDisplay = classes.includes('math-display');
      const mathInline = classes.includes('math-inline');
      if (!languageMath && !mathDisplay && !mathInline) return;
      let displayMode = mathDisplay;
      let parent = parents[parents.length - 1];
      let scope: Element = node;
      // ```math fences: replace the <pre> and typeset in display mode.
      if (node.tagName === 'code' && languageMath && parent?.type === 'element' && parent.tagName === 'pre') {
        scope = parent;
        parent = parents[parents.length - 2];
        displayMode = true;
      }
      if (!parent) return;
      const value = toText(scope, { whitespace: 'pre' });
      let result: ElementContent[];
      try {
        const settings = { ...options, displayMode, throwOnError: true };
        result = katexHast(value, settings) ?? fromMarkup(katex.renderToString(value, settings));
      } catch (error) {
        const cause = error as Error;
        file.message('Could not render math with KaTeX', {
          ancestors: [...parents, node],
          cause,
          // A display formula's position is on its <pre> (rehype-katex reads the inner <code>'s, which has none).
          place: node.position ?? scope.position,
          ruleId: cause.name.toLowerCase(),
          // rehype-katex's name: katex-errors.ts collects the messages by it.
          source: 'rehype-katex',
        });
        try {
          result = fromMarkup(
            katex.renderToString(value, { ...options, displayMode, strict: 'ignore', throwOnError: false }),
          );
        } catch {
          result = [
            {
              type: 'element',
              tagName: 'span',
              properties: {
                className: ['katex-error'],
                style: `color:${options.errorColor || '#cc0000'}`,
                title: String(error),
              },
              children: [{ type: 'text', value }],
            },
          ];
        }
      }
      parent.children.splice(parent.children.indexOf(scope), 1, ...result);
      return SKIP;
    });
  };
}
