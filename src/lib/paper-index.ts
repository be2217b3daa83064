/**
 * The compact index of all papers that the home page's filter loads lazily once the catalogue is too large
 * to list in full. Its columns are named once, in `fields` (the schema's fields), each paper is one array of
 * values in that order, so 5,000 papers stay small on the wire; `links` carries the link table the browser
 * needs to draw cards without loading the schema.
 */
import type { CardData } from './card.ts';
import type { LinkTable } from './links.ts';

/** The slug, then each field's value in the order of `PaperIndex.fields` (`null` where absent). */
export type IndexRow = [string, ...unknown[]];

export interface PaperIndex {
  readonly version: 2;
  readonly fields: readonly string[];
  readonly links: LinkTable;
  /** Typeset tldrs, by slug, for the few that hold formulas (the browser has no KaTeX). */
  readonly tldrHtml: Readonly<Record<string, string>>;
  /** Slugs whose tldr is still in English in an index of another language (drawn with lang="en"). */
  readonly untranslated: readonly string[];
  readonly rows: IndexRow[];
}

/** The index of `papers`, with the columns `fields` (the schema's field names, in order). */
export function paperIndex(
  papers: readonly { slug: string; data: CardData }[],
  fields: readonly string[],
  links: LinkTable,
  tldrHtml: Readonly<Record<string, string>> = {},
  untranslated: readonly string[] = [],
): PaperIndex {
  const values = (data: CardData) => fields.map((field) => (data as Record<string, unknown>)[field] ?? null);
  return {
    version: 2,
    fields,
    links,
    tldrHtml,
    untranslated,
    rows: papers.map(({ slug, data }) => [slug, ...values(data)]),
  };
}

/** Every paper of the index, with its data as the cards need it. */
export function indexPapers(index: PaperIndex): { slug: string; data: CardData }[] {
  return index.rows.map(([slug, ...values]) => {
    const data: Record<string, unknown> = {};
    index.fields.forEach((field, i) => {
      const value = values[i];
      if (value !== null && value !== undefined) data[field] = value;
    });
    return { slug, data: data as unknown as CardData };
  });
}
