/**
 * Makes KaTeX's MathML output (output: 'mathml') render well in browsers that implement MathML Core:
 * - Core ignores `mathvariant` (except "normal"), so \mathcal, \mathbb, \mathbf… letters become the Unicode
 *   Mathematical Alphanumeric Symbols they stand for (ℒ, ℝ, 𝐳), which any math font draws;
 * - display formulas get the `katex-display` wrapper that KaTeX's HTML output has, so styles, the
 *   focusable-region plugin and tests treat both outputs alike.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { eachElement, hasClass } from './hast-walk.ts';

interface Alphabet {
  readonly upper?: number;
  readonly lower?: number;
  readonly digits?: number;
  readonly greekUpper?: number;
  readonly greekLower?: number;
  /** Letters that Unicode placed in the Letterlike Symbols block instead. */
  readonly holes?: Readonly<Record<string, number>>;
}

const ALPHABETS: Readonly<Record<string, Alphabet>> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digits: 0x1d7ce, greekUpper: 0x1d6a8, greekLower: 0x1d6c2 },
  italic: { upper: 0x1d434, lower: 0x1d44e, greekUpper: 0x1d6e2, greekLower: 0x1d6fc, holes: { h: 0x210e } },
  'bold-italic': { upper: 0x1d468, lower: 0x1d482, greekUpper: 0x1d71c, greekLower: 0x1d736 },
  script: {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    holes: {
      B: 0x212c,
      E: 0x2130,
      F: 0x2131,
      H: 0x210b,
      I: 0x2110,
      L: 0x2112,
      M: 0x2133,
      R: 0x211b,
      e: 0x212f,
      g: 0x210a,
      o: 0x2134,
    },
  },
  fraktur: { upper: 0x1d504, lower: 0x1d51e, holes: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 } },
  'double-struck': {
    upper: 0x1d538,
    lower: 0x1d552,
    digits: 0x1d7d8,
    holes: { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
  },
  'sans-serif': { upper: 0x1d5a0, lower: 0x1d5ba, digits: 0x1d7e2 },
  'bold-sans-serif': { upper: 0x1d5d4, lower: 0x1d5ee, digits: 0x1d7ec },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digits: 0x1d7f6 },
};

/** One character in the given mathvariant, or the character itself when Unicode has no such letter. */
export function styledChar(char: string, variant: string): string {
  const alphabet = ALPHABETS[variant];
  if (!alphabet) return char;
  const hole = alphabet.holes?.[char];
  if (hole !== undefined) return String.fromCodePoint(hole);
  const code = char.codePointAt(0) ?? 0;
  const offset = (start: number | undefined, first: number, last: number) =>
    start !== undefined && code >= first && code <= last ? String.fromCodePoint(start + code - first) : undefined;
  return (
    offset(alphabet.upper, 0x41, 0x5a) ??
    offset(alphabet.lower, 0x61, 0x7a) ??
    offset(alphabet.digits, 0x30, 0x39) ??
    // Greek capitals Α–Ω and small α–ω (the Unicode math blocks follow the same order).
    offset(alphabet.greekUpper, 0x391, 0x3a9) ??
    offset(alphabet.greekLower, 0x3b1, 0x3c9) ??
    char
  );
}

/** Rewrites `text` letter by letter into `variant`; true when every character has a styled form. */
export function styledText(text: string, variant: string): string | undefined {
  let out = '';
  for (const char of text) {
    const styled = styledChar(char, variant);
    if (styled === char && /\p{L}|\p{N}/u.test(char)) return undefined;
    out += styled;
  }
  return out;
}

const isElement = (node: ElementContent | RootContent | undefined, tag: string): node is Element =>
  node?.type === 'element' && node.tagName === tag;

export function rehypeMathmlForBrowsers() {
  return (tree: Root): void =>
    eachElement(tree, (node) => {
      if (node.type === 'element') restyle(node);
      if (node.type === 'root' || !hasClass(node, 'katex-display')) {
        const children = node.children as RootContent[];
        for (let i = 0; i < children.length; i++) children[i] = wrapDisplay(children[i]!);
      }
    });
}

/** Replaces a styled token's letters with their Unicode math forms. hast keeps unknown (MathML) attributes as written. */
function restyle(node: Element): void {
  const variant = node.properties['mathvariant'];
  if (typeof variant !== 'string' || variant === 'normal' || !['mi', 'mn', 'mo', 'mtext'].includes(node.tagName))
    return;
  const [only] = node.children;
  if (node.children.length !== 1 || only?.type !== 'text') return;
  const styled = styledText(only.value, variant);
  if (styled === undefined) return;
  only.value = styled;
  // A single styled letter must not be italicised again by the browser.
  if (node.tagName === 'mi') node.properties['mathvariant'] = 'normal';
  else delete node.properties['mathvariant'];
}

/** `<span class="katex"><math display="block">` → the same inside `<span class="katex-display">`. */
function wrapDisplay(child: RootContent): RootContent {
  if (!isElement(child, 'span') || !hasClass(child, 'katex')) return child;
  const math = child.children.find((c): c is Element => isElement(c, 'math'));
  if (math?.properties['display'] !== 'block') return child;
  return { type: 'element', tagName: 'span', properties: { className: ['katex-display'] }, children: [child] };
}
