/**
 * `new-paper --arxiv/--openreview/--doi` without the paper's details: a draft from arXiv, OpenReview or
 * Crossref (scripts/lib/sources.ts), with where each field came from. The caller merges it under the BibTeX
 * entry and the flags (flags win).
 */
import { guessVenue } from './bibtex-import.ts';
import type { PaperDraft } from './scaffold.ts';
import {
  arxivLookup,
  crossrefLookup,
  describeFailure,
  openreviewLookup,
  type Lookup,
  type Metadata,
} from './sources.ts';

export interface Identifiers {
  readonly arxiv?: string | undefined;
  readonly openreview?: string | undefined;
  readonly doi?: string | undefined;
}

export type FetchedDraft =
  | {
      readonly ok: true;
      readonly draft: PaperDraft;
      readonly sources: ReadonlyMap<string, string>;
      readonly notes: string[];
    }
  | { readonly ok: false; readonly line: string };

/** The draft the sources give for the ids, asking each one given (arXiv, then OpenReview, then Crossref). */
export async function fetchDraft(
  ids: Identifiers,
  lookups = { arxivLookup, openreviewLookup, crossrefLookup },
): Promise<FetchedDraft> {
  const asked: { source: string; lookup: Promise<Lookup> }[] = [];
  if (ids.arxiv) asked.push({ source: `arXiv ${ids.arxiv}`, lookup: lookups.arxivLookup(ids.arxiv) });
  if (ids.openreview)
    asked.push({ source: `OpenReview ${ids.openreview}`, lookup: lookups.openreviewLookup(ids.openreview) });
  if (ids.doi) asked.push({ source: `Crossref ${ids.doi}`, lookup: lookups.crossrefLookup(ids.doi) });
  const draft: Record<string, unknown> = {};
  const sources = new Map<string, string>();
  const notes: string[] = [];
  const take = (field: string, value: unknown, source: string) => {
    if (value === undefined || field in draft) return;
    draft[field] = value;
    sources.set(field, source);
  };
  for (const { source, lookup } of asked) {
    const result = await lookup;
    if (!result.ok) return { ok: false, line: describeFailure(source, result) };
    const m: Metadata = result.metadata;
    take('title', m.title, source);
    take('authors', m.authors?.length ? m.authors : undefined, source);
    if (m.published) {
      const venue = guessVenue(m.published);
      if ('venue' in venue) take('venue', venue.venue, `${source} ("${m.published}")`);
      else
        notes.push(
          `${source} says it was published in "${m.published}", which is not a venue of the registry: pass --venue`,
        );
    }
    take('year', m.year, source);
    if (source.startsWith('Crossref') && ids.doi) take('url', m.url ?? `https://doi.org/${ids.doi}`, source);
  }
  // A paper no source places at a venue is a preprint where arXiv has it.
  if (!('venue' in draft) && ids.arxiv) take('venue', 'arXiv', `arXiv ${ids.arxiv} (no journal reference)`);
  return { ok: true, draft: draft as PaperDraft, sources, notes };
}
