/** The catalogue as portable data: the shape of papers.json, so the data outlives the site. */
import { domains } from '../data/domains.ts';
import { venues } from '../data/venues.ts';
import { bibtexEntry, citationKeys, type CitablePaper } from './bibtex.ts';
import { arxivUrl, openreviewUrl } from './urls-external.ts';

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
}

/** One record per paper, in the given order; `pageUrl` maps a slug to its absolute page URL. */
export function exportPapers(papers: readonly CitablePaper[], pageUrl: (slug: string) => string): ExportedPaper[] {
  const keys = citationKeys(papers);
  return papers.map((paper) => {
    const { data } = paper;
    const key = keys.get(paper.id) ?? paper.id;
    return {
      slug: paper.id,
      citationKey: key,
      title: data.title,
      ...(data.short ? { short: data.short } : {}),
      authors: [...data.authors],
      venue: { key: data.venue, name: venues[data.venue].name, kind: venues[data.venue].kind },
      year: data.year,
      domains: data.domains.map((d) => ({ key: d, label: domains[d].label })),
      tags: [...data.tags],
      links: {
        page: pageUrl(paper.id),
        ...(data.arxiv ? { arxiv: arxivUrl(data.arxiv) } : {}),
        ...(data.openreview ? { openreview: openreviewUrl(data.openreview) } : {}),
        ...(data.url ? { url: data.url } : {}),
        ...(data.code ? { code: data.code } : {}),
      },
      added: data.added.toISOString().slice(0, 10),
      bibtex: bibtexEntry(paper, key),
    };
  });
}
