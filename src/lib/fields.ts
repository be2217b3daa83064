/**
 * Lists derived from the field table in src/schema.ts, so no module spells the paper's fields out again:
 * the links a paper has, the fields checked against verification records, a paper as plain JSON data.
 */
import type { z } from 'astro/zod';
import { linksOf, type LinkTable, type PaperLink } from './links.ts';
import { fieldRegistry, PaperSchema, paperFields, type FieldInfo, type FieldName, type Paper } from '../schema.ts';

const shape: Record<FieldName, z.ZodType> = PaperSchema.shape;

/** The registered facts about one field (every field is registered; a test checks it). */
export function fieldInfo(name: FieldName): FieldInfo {
  const info = fieldRegistry.get(shape[name]);
  if (!info) throw new Error(`src/schema.ts: field ${name} has no fieldRegistry entry`);
  return info;
}

/** The fields in schema order with their facts. */
export const fieldTable: readonly { readonly name: FieldName; readonly info: FieldInfo }[] = paperFields.map(
  (name) => ({ name, info: fieldInfo(name) }),
);

/** Fields whose value is a link elsewhere, in schema order (arxiv, openreview, url, code). */
export const linkFields: readonly FieldName[] = fieldTable.filter((f) => f.info.link).map((f) => f.name);

/** Fields a verification record must agree with. */
export const verifiedFields: readonly FieldName[] = fieldTable.filter((f) => f.info.verified).map((f) => f.name);

/** The link fields' facts, for src/lib/links.ts (and, through papers-index.json, for the browser). */
export const linkTable: LinkTable = Object.fromEntries(
  fieldTable.flatMap(({ name, info }) => (info.link ? [[name, info.link]] : [])),
);

/** The paper's links to other sites, in schema order. */
export const paperLinks = (data: Readonly<Partial<Record<FieldName, unknown>>>): PaperLink[] =>
  linksOf(data, linkTable);

/** A paper as JSON-ready data: dates as `YYYY-MM-DD`, absent optional fields left out. */
export type PaperData = { readonly [K in keyof Paper]: Paper[K] extends Date ? string : Paper[K] };

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export function paperData(paper: Paper): PaperData {
  const out: Record<string, unknown> = {};
  for (const name of paperFields) {
    const value = paper[name];
    if (value === undefined) continue;
    out[name] = value instanceof Date ? isoDay(value) : value;
  }
  return out as PaperData;
}
