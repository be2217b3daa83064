/**
 * The site's math font, cut down to the characters its formulas use. STIX Two Math covers thousands of
 * glyphs (about 400 KB as woff2) while the pages need a few hundred; on a slow connection the full file alone
 * delays the first paint of every page with a formula by seconds.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';
import { decodeEntities, XML_ENTITIES } from '../lib/entities.ts';
import { styledChar } from '../markdown/mathml.ts';
import type { PageReader } from './built-pages.ts';

/**
 * Letters MathML Core's `text-transform: math-auto` maps outside the runs styledChar() knows: a single-letter
 * <mi> is drawn in Mathematical Italic, so the browser asks the font for a glyph that is not in the markup.
 */
const ITALIC_EXTRAS: Readonly<Record<string, string>> = {
  ı: '\u{1d6a4}',
  ȷ: '\u{1d6a5}',
  ϴ: '\u{1d6f3}',
  '∇': '\u{1d6fb}',
  '∂': '\u{1d715}',
  ϵ: '\u{1d716}',
  ϑ: '\u{1d717}',
  ϰ: '\u{1d718}',
  ϕ: '\u{1d719}',
  ϱ: '\u{1d71a}',
  ϖ: '\u{1d71b}',
};

/** The glyph a browser draws for a one-character <mi> without mathvariant="normal". */
export function autoItalic(char: string): string {
  return ITALIC_EXTRAS[char] ?? styledChar(char, 'italic');
}

/**
 * Kept whatever the formulas contain. <msqrt> and <mroot> draw the radical sign themselves (its size variants
 * come with it). The letters and digits matter although a page may not show them: FreeType's auto-hinter,
 * which Chromium uses on Linux, sets each script's alignment zones from reference letters of the font (such
 * as "THEZOCQS" and "ΓΒΕΖΘΟΩ"), and without them Δ, Θ or a subscript 𝑐 rasterise a pixel differently.
 */
export const BASE_CHARACTERS =
  '√ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψω';

// HTML's non-breaking space besides XML's five: the minifier may write it in <mtext>.
const ENTITIES: Readonly<Record<string, string>> = { ...XML_ENTITIES, nbsp: '\u00a0' };
const decode = (text: string) => decodeEntities(text, ENTITIES);

/**
 * Every character a browser draws for the <math> elements of a page: their text, and the italic forms of
 * single-letter identifiers. <annotation> holds the TeX source for copying and is never displayed. Tags are
 * matched with patterns rather than a parser: the markup is KaTeX's output after Astro's minifier.
 */
export function mathCharacters(html: string): Set<string> {
  const found = new Set<string>();
  for (const [, inner = ''] of html.matchAll(/<math\b[^>]*>([\s\S]*?)<\/math>/g)) {
    const shown = inner.replace(/<annotation(?:-xml)?\b[^>]*>[\s\S]*?<\/annotation(?:-xml)?>/g, '');
    for (const text of shown.split(/<[^>]*>/)) for (const char of decode(text)) found.add(char);
    for (const [, attributes = '', text = ''] of shown.matchAll(/<mi\b([^>]*)>([^<]*)<\/mi>/g)) {
      const letters = [...decode(text)];
      if (letters.length === 1 && !/\bmathvariant\s*=\s*["']?normal\b/.test(attributes))
        found.add(autoItalic(letters[0]!));
    }
  }
  return found;
}

/**
 * `font` (any sfnt flavour) reduced to the glyphs of `characters` and BASE_CHARACTERS, as woff2. HarfBuzz
 * keeps the OpenType MATH table and closes the glyph set over it, so the size variants and assembly parts
 * of kept delimiters, radicals and big operators stay; every layout feature is kept (`ssty`, `dtls`, `flac`).
 * Characters the font does not have are simply absent from the result, as they were from the full font.
 */
export async function subsetMathFont(font: Buffer, characters: Iterable<string>): Promise<Buffer> {
  const text = [...new Set([...BASE_CHARACTERS, ...characters])].sort().join('');
  return subsetFont(font, text, { targetFormat: 'woff2' });
}

/** The font file src/styles/math-mathml.css names in its @font-face (CSS cannot import a constant). */
export const MATH_FONT_SOURCE = '@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2';

export interface MathFontOptions {
  /** The font file the stylesheet's @font-face names, as a package path (Vite emits it as `<name>.<hash>.woff2`). */
  readonly source: string;
}

/**
 * Page reader (src/integrations/built-pages.ts): once every page is written, replaces the emitted math font
 * with a subset holding what the pages' formulas need, so a contributor's new symbol is always in it. The
 * subset is cut from the package's file rather than from the emitted one, which a previous run may already
 * have cut. The emitted file keeps its name: the stylesheet already points at it.
 */
export function mathFontSubset({ source }: MathFontOptions): PageReader {
  const characters = new Set<string>();
  return {
    page(_name, html) {
      for (const char of mathCharacters(html)) characters.add(char);
    },
    async done(root, logger) {
      const stem = basename(source, '.woff2');
      const emitted = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => {
        const file = basename(name);
        return file.startsWith(`${stem}.`) && file.endsWith('.woff2');
      });
      if (emitted.length === 0) throw new Error(`math font: no ${stem}.*.woff2 in ${root}; did the stylesheet change?`);
      const full = readFileSync(createRequire(import.meta.url).resolve(source));
      const subset = await subsetMathFont(full, characters);
      for (const name of emitted) writeFileSync(join(root, name), subset);
      const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
      logger.info(`${stem}: ${kb(full.length)} → ${kb(subset.length)} (${characters.size} characters in formulas)`);
    },
  };
}
