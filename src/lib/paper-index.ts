/**
 * The compact index of all papers that the home page's filter loads lazily once the catalogue is too large
 * to list in full: one array per paper instead of objects, so 5,000 papers stay small on the wire.
 */
import type { DomainId } from '../data/domains.ts';
import type { VenueId } from '../data/venues.ts';
import type { CardData } from './card.ts';

/** slug, title, short, authors, venue, year, domains, tags, arxiv, openreview, url, code, added */
export type IndexRow = [
  string,
  string,
  string,
  string[],
  string,
  number,
  string[],
  string[],
  string,
  string,
  string,
  string,
  string,
];

export interface PaperIndex {
  readonly version: 1;
  readonly rows: IndexRow[];
}

export function toIndexRow(slug: string, data: CardData): IndexRow {
  return [
    slug,
    data.title,
    data.short ?? '',
    [...data.authors],
    data.venue,
    data.year,
    [...data.domains],
    [...data.tags],
    data.arxiv ?? '',
    data.openreview ?? '',
    data.url ?? '',
    data.code ?? '',
    data.added,
  ];
}

export function fromIndexRow(row: IndexRow): { slug: string; data: CardData } {
  const [slug, title, short, authors, venue, year, domains, tags, arxiv, openreview, url, code, added] = row;
  return {
    slug,
    data: {
      title,
      short: short || undefined,
      authors,
      venue: venue as VenueId,
      year,
      domains: domains as DomainId[],
      tags,
      arxiv: arxiv || undefined,
      openreview: openreview || undefined,
      url: url || undefined,
      code: code || undefined,
      added,
    },
  };
}
