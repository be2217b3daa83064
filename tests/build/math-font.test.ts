// The math font the built site serves: a subset (src/integrations/math-font.ts) that must still draw every
// character of every formula, and lay formulas out exactly as the full font does (same OpenType MATH data).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MATH_FONT_SOURCE, mathCharacters } from '../../src/integrations/math-font.ts';
import { DIST, htmlFiles } from '../support/dist.ts';
import { readMathFont, type MathFont } from '../support/math-table.ts';

const FULL = createRequire(import.meta.url).resolve(MATH_FONT_SOURCE);
const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The woff2 the site's stylesheets load. */
function servedFont(): string {
  const sheets = new Set(
    htmlFiles().flatMap((f) => readFileSync(join(DIST, f), 'utf8').match(/\/_astro\/[^"]+\.css/g) ?? []),
  );
  const fonts = new Set(
    [...sheets].flatMap(
      (href) => readFileSync(join(DIST, href), 'utf8').match(/\/_astro\/stix-two-math[\w.-]+\.woff2/g) ?? [],
    ),
  );
  expect([...fonts]).toHaveLength(1);
  return join(DIST, [...fonts][0]!);
}

let full: MathFont;
let served: MathFont;
let servedBytes: number;
beforeAll(async () => {
  full = await readMathFont(readFileSync(FULL));
  const file = readFileSync(servedFont());
  servedBytes = file.length;
  served = await readMathFont(file);
});

describe('the served math font', () => {
  it('is a subset, small enough not to hold up the first paint on a slow connection', () => {
    expect(served.font.numGlyphs).toBeLessThan(full.font.numGlyphs / 2);
    expect(servedBytes).toBeLessThan(80_000);
  });

  it('draws every character the full font draws in any formula on any page', () => {
    const missing: string[] = [];
    for (const file of htmlFiles().sort()) {
      for (const char of mathCharacters(readFileSync(join(DIST, file), 'utf8'))) {
        if (full.glyphOf(char) !== undefined && served.glyphOf(char) === undefined)
          missing.push(`${file}: ${char} ${codePoint(char)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the tables a browser lays math out with, and the same MATH constants', () => {
    expect(served.tables).toEqual(full.tables);
    expect(served.math?.constants).toEqual(full.math?.constants);
    expect(served.math?.minConnectorOverlap).toBe(full.math?.minConnectorOverlap);
  });

  it('gives every glyph it has the original outline, metrics, size variants, assemblies and kerning', () => {
    const differences: string[] = [];
    let stretchy = 0;
    for (const code of served.font.characterSet) {
      const char = String.fromCodePoint(code);
      const [a, b] = [full.glyphOf(char), served.glyphOf(char)];
      if (a === undefined || b === undefined) {
        differences.push(`${char} ${codePoint(char)}: not in the full font`);
        continue;
      }
      const [m, n] = [full.math!, served.math!];
      if (m.vertical(a) ?? m.horizontal(a)) stretchy += 1;
      const facts = (font: MathFont, table: NonNullable<MathFont['math']>, glyph: number) => ({
        glyph: font.describe(glyph),
        vertical: table.vertical(glyph),
        horizontal: table.horizontal(glyph),
        italicsCorrection: table.italicsCorrection(glyph),
        topAccentAttachment: table.topAccentAttachment(glyph),
        extendedShape: table.isExtendedShape(glyph),
        kerning: table.kerning(glyph),
      });
      const [x, y] = [facts(full, m, a), facts(served, n, b)];
      for (const key of Object.keys(x) as (keyof typeof x)[]) {
        if (JSON.stringify(x[key]) !== JSON.stringify(y[key])) differences.push(`${char} ${codePoint(char)}: ${key}`);
      }
    }
    expect(differences).toEqual([]);
    // Parentheses, brackets, braces, bars, the radical, ∑: the comparison above covered real constructions.
    expect(stretchy).toBeGreaterThan(10);
  });
});
