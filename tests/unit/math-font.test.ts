import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  autoItalic,
  BASE_CHARACTERS,
  MATH_FONT_SOURCE,
  mathCharacters,
  subsetMathFont,
} from '../../src/integrations/math-font.ts';
import { readMathFont } from '../support/math-table.ts';

const FULL = readFileSync(createRequire(import.meta.url).resolve(MATH_FONT_SOURCE));

describe('mathCharacters', () => {
  it('collects what formulas show, not their TeX annotation nor text outside <math>', () => {
    const html =
      '<p>x ≠ y</p><span class="katex"><math><semantics><mrow><mo>∑</mo><mi mathvariant="normal">Δ</mi>' +
      '<mo>&lt;</mo><mtext>&#x2009;ok</mtext></mrow><annotation encoding="application/x-tex">\\sum \\Delta</annotation></semantics></math></span>';
    expect([...mathCharacters(html)].sort()).toEqual(['<', 'k', 'o', 'Δ', '∑', '\u2009'].sort());
  });

  it('adds the italic form a browser draws for a one-letter identifier', () => {
    const found = mathCharacters(
      '<math><mi>x</mi><mi>h</mi><mi>∂</mi><mi>ab</mi><mi mathvariant="normal">B</mi></math>',
    );
    expect(found).toEqual(new Set(['x', '𝑥', 'h', 'ℎ', '∂', '𝜕', 'a', 'b', 'B']));
    expect(autoItalic('θ')).toBe('𝜃');
    expect(autoItalic('1')).toBe('1');
  });

  it('finds nothing on a page without math', () => {
    expect(mathCharacters('<p>α and <code>&lt;math&gt;</code></p>').size).toBe(0);
  });
});

describe('subsetMathFont', () => {
  it('keeps the asked characters and the base set, drops the rest, and keeps the MATH variants', async () => {
    const subset = await readMathFont(await subsetMathFont(FULL, ['(', '∫']));
    const full = await readMathFont(FULL);
    for (const char of ['(', '∫', ...BASE_CHARACTERS]) expect(subset.glyphOf(char), char).toBeDefined();
    for (const char of ['⟨', 'ℝ', '∮']) expect(subset.glyphOf(char), char).toBeUndefined();
    expect(subset.math).toBeDefined();
    for (const char of ['(', '√']) {
      const original = full.math!.vertical(full.glyphOf(char)!);
      expect(original?.variants.length, char).toBeGreaterThan(1);
      expect(subset.math!.vertical(subset.glyphOf(char)!), char).toEqual(original);
    }
  });

  it('is deterministic', async () => {
    expect((await subsetMathFont(FULL, ['∑', 'x'])).equals(await subsetMathFont(FULL, ['x', '∑']))).toBe(true);
  });
});
