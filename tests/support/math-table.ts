/**
 * Reads what a browser's MathML layout takes from a math font: the cmap, and the OpenType MATH table's
 * constants, per-glyph italic corrections and accent attachments, and the size variants and glyph
 * assemblies that stretch delimiters, radicals and big operators. Glyphs are described by their outlines
 * and advances rather than glyph ids, so a subset (which renumbers glyphs) can be compared with the original.
 */
import * as fontkit from 'fontkit';
import decompress from 'wawoff2/decompress.js';

type Font = fontkit.Font;

export interface Assembly {
  readonly italicsCorrection: number;
  readonly parts: readonly string[];
}

export interface Construction {
  readonly variants: readonly string[];
  readonly assembly?: Assembly;
}

export interface MathTable {
  /** MathConstants as raw 16-bit words (values and device-table offsets alike: any change shows). */
  readonly constants: readonly number[];
  readonly minConnectorOverlap: number;
  /** Per glyph id: the glyph's vertical and horizontal constructions, when it has one. */
  vertical(glyph: number): Construction | undefined;
  horizontal(glyph: number): Construction | undefined;
  italicsCorrection(glyph: number): number | undefined;
  topAccentAttachment(glyph: number): number | undefined;
  isExtendedShape(glyph: number): boolean;
  /** Cut-in kerning of scripts at the glyph's four corners, flattened. */
  kerning(glyph: number): string | undefined;
}

export interface MathFont {
  readonly tables: readonly string[];
  readonly font: Font;
  readonly math?: MathTable;
  /** The glyph a code point maps to, or undefined when the cmap has none. */
  glyphOf(char: string): number | undefined;
  /** A glyph's identity across fonts: advance and outline. */
  describe(glyph: number): string;
}

/** Parses a woff2 (or sfnt) file. */
export async function readMathFont(file: Buffer): Promise<MathFont> {
  const sfnt = file.subarray(0, 4).toString('latin1') === 'wOF2' ? Buffer.from(await decompress(file)) : file;
  const tables = new Map<string, Buffer>();
  const count = sfnt.readUInt16BE(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + 16 * i;
    const offset = sfnt.readUInt32BE(record + 8);
    tables.set(
      sfnt.toString('latin1', record, record + 4),
      sfnt.subarray(offset, offset + sfnt.readUInt32BE(record + 12)),
    );
  }
  const font = fontkit.create(sfnt) as Font;
  const describe = (glyph: number): string => {
    const g = font.getGlyph(glyph);
    return `${g.advanceWidth}:${g.path.toSVG()}`;
  };
  const math = tables.get('MATH');
  return {
    tables: [...tables.keys()].sort(),
    font,
    ...(math ? { math: parseMath(math, describe) } : {}),
    glyphOf: (char) => {
      const code = char.codePointAt(0) ?? 0;
      return font.hasGlyphForCodePoint(code) ? font.glyphForCodePoint(code).id : undefined;
    },
    describe,
  };
}

/** Glyph id → coverage index of an OpenType Coverage table. */
function coverage(table: Buffer, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const format = table.readUInt16BE(at);
  const count = table.readUInt16BE(at + 2);
  for (let i = 0; i < count; i += 1) {
    if (format === 1) map.set(table.readUInt16BE(at + 4 + 2 * i), i);
    else {
      const record = at + 4 + 6 * i;
      const [start, end, index] = [0, 2, 4].map((o) => table.readUInt16BE(record + o)) as [number, number, number];
      for (let g = start; g <= end; g += 1) map.set(g, index + g - start);
    }
  }
  return map;
}

/** A MathValueRecord list keyed by glyph: value only (device tables are ignored by browsers on screen). */
function valueRecords(table: Buffer, at: number): Map<number, number> {
  const cover = coverage(table, at + table.readUInt16BE(at));
  const values = new Map<number, number>();
  for (const [glyph, index] of cover) values.set(glyph, table.readInt16BE(at + 4 + 4 * index));
  return values;
}

const MATH_CONSTANTS_WORDS = 4 + 2 * 51 + 1;

function parseMath(table: Buffer, describe: (glyph: number) => string): MathTable {
  const constantsAt = table.readUInt16BE(4);
  const glyphInfoAt = table.readUInt16BE(6);
  const variantsAt = table.readUInt16BE(8);
  const constants = Array.from({ length: MATH_CONSTANTS_WORDS }, (_, i) => table.readUInt16BE(constantsAt + 2 * i));
  const italics = valueRecords(table, glyphInfoAt + table.readUInt16BE(glyphInfoAt));
  const accents = valueRecords(table, glyphInfoAt + table.readUInt16BE(glyphInfoAt + 2));
  const extendedAt = table.readUInt16BE(glyphInfoAt + 4);
  const extended = extendedAt === 0 ? new Map<number, number>() : coverage(table, glyphInfoAt + extendedAt);
  const kernInfoAt = table.readUInt16BE(glyphInfoAt + 6);
  const kerns = new Map<number, string>();
  if (kernInfoAt !== 0) {
    const k = glyphInfoAt + kernInfoAt;
    for (const [glyph, index] of coverage(table, k + table.readUInt16BE(k))) {
      const corners = [0, 2, 4, 6].map((o) => {
        const offset = table.readUInt16BE(k + 4 + 8 * index + o);
        if (offset === 0) return '-';
        const at = k + offset;
        const heights = table.readUInt16BE(at);
        return Array.from({ length: 2 * heights + 1 }, (_, i) => table.readInt16BE(at + 2 + 4 * i)).join(',');
      });
      kerns.set(glyph, corners.join(';'));
    }
  }

  const v = variantsAt;
  const vertCover = coverage(table, v + table.readUInt16BE(v + 2));
  const horizCover = coverage(table, v + table.readUInt16BE(v + 4));
  const vertCount = table.readUInt16BE(v + 6);
  const construction = (index: number): Construction => {
    const at = v + table.readUInt16BE(v + 10 + 2 * index);
    const assemblyOffset = table.readUInt16BE(at);
    const variants = Array.from({ length: table.readUInt16BE(at + 2) }, (_, i) => {
      const record = at + 4 + 4 * i;
      return `${describe(table.readUInt16BE(record))}@${table.readUInt16BE(record + 2)}`;
    });
    if (assemblyOffset === 0) return { variants };
    const a = at + assemblyOffset;
    const parts = Array.from({ length: table.readUInt16BE(a + 4) }, (_, i) => {
      const part = a + 6 + 10 * i;
      const [connectStart, connectEnd, advance, flags] = [2, 4, 6, 8].map((o) => table.readUInt16BE(part + o));
      return `${describe(table.readUInt16BE(part))}|${connectStart}|${connectEnd}|${advance}|${flags}`;
    });
    return { variants, assembly: { italicsCorrection: table.readInt16BE(a), parts } };
  };
  return {
    constants,
    minConnectorOverlap: table.readUInt16BE(v),
    vertical: (glyph) => {
      const index = vertCover.get(glyph);
      return index === undefined ? undefined : construction(index);
    },
    horizontal: (glyph) => {
      const index = horizCover.get(glyph);
      return index === undefined ? undefined : construction(vertCount + index);
    },
    italicsCorrection: (glyph) => italics.get(glyph),
    topAccentAttachment: (glyph) => accents.get(glyph),
    isExtendedShape: (glyph) => extended.has(glyph),
    kerning: (glyph) => kerns.get(glyph),
  };
}
