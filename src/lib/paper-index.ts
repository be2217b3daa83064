/**
 * The compact index of all papers that the home page's filter loads lazily once the catalogue is too large
 * to list in full. Its columns are named once, in `fields` (the schema's fields, from the field table), and
 * each paper is one array of values in that order, so 5,000 papers stay small on the wire.
 */
import { paperFields, type FieldName } from '../schema.ts';
import type { CardData } from './card.ts';

/** The slug, then each field's value in the order of `PaperIndex.fields` (`null` where absent). */
export type IndexRow = [string, ...unknown[]];

export interface PaperIndex {
  readonly version: 2;
  readonly fields: readonly FieldName[];
  readonly rows: IndexRow[];
}

export function paperIndex(papers: readonly { slug: string; data: CardData }[]): PaperIndex {
  return {
    version: 2,
    fields: paperFields,
    rows: papers.map(({ slug, data }) => [slug, ...paperFields.map((field) => data[field] ?? null)]),
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
