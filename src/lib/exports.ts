/**
 * The catalogue as portable data: the shape of papers.json, so the data outlives the site. Every field of
 * the schema is exported (from the field table): registry keys become objects with their names, link
 * fields are gathered under `links` as URLs, dates are `YYYY-MM-DD`.
 */
import { domains } from '../data/domains.ts';
import { venues } from '../data/venues.ts';
import { paperFields } from '../schema.ts';
import { bibtexEntry, citationKeys, type CitablePaper } from './bibtex.ts';
import { linkFields, paperData, paperLinks } from './fields.ts';

export interface ExportedPaper {
  slug: string;
  citationKey: string;
  title: string;
  short?: string;
  authors: string[];
  venue: { key: string; name: string; kind: string };
  year: number;
  domains: { key: string; label: string }[];
  tags: string[];
  links: { page: string; arxiv?: string; openreview?: string; url?: string; code?: string };
  added: string;
  bibtex: string;
  /** Fields added to the schema later are exported under their own names. */
  [field: string]: unknown;
}

/** One record per paper, in the given order; `pageUrl` maps a slug to its absolute page URL. */
export function exportPapers(papers: readonly CitablePaper[], pageUrl: (slug: string) => string): ExportedPaper[] {
  const keys = citationKeys(papers);
  return papers.map((paper) => {
    const data: Record<string, unknown> = paperData(paper.data);
    const key = keys.get(paper.id) ?? paper.id;
    const record: Record<string, unknown> = { slug: paper.id, citationKey: key };
    for (const field of paperFields) {
      if (field === linkFields[0]) {
        // The links go where the first link field stands, with the paper's own page first.
        record['links'] = {
          page: pageUrl(paper.id),
          ...Object.fromEntries(paperLinks(data).map((link) => [link.field, link.href])),
        };
      }
      if (linkFields.includes(field) || data[field] === undefined) continue;
      if (field === 'venue') {
        const venue = venues[paper.data.venue];
        record[field] = { key: paper.data.venue, name: venue.name, kind: venue.kind };
      } else if (field === 'domains') {
        record[field] = paper.data.domains.map((d) => ({ key: d, label: domains[d].label }));
      } else {
        record[field] = data[field];
      }
    }
    record['bibtex'] = bibtexEntry(paper, key);
    return record as ExportedPaper;
  });
}
