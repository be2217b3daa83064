/**
 * The filter's status line, which a live region reads out after every change: which sentence applies is
 * decided here, its words are the page language's templates (src/i18n/ui.ts). Pure, so vitest covers it.
 */
import { fill } from '../i18n/template.ts';
import type { ClientWords } from '../i18n/ui.ts';

export interface StatusFacts {
  /** Papers in the catalogue. */
  readonly total: number;
  /** Papers that match the filters and the search. */
  readonly matched: number;
  /** Matching papers drawn so far (fewer than `matched` behind "show more"). */
  readonly listed: number;
  /** The search words, '' when not searching. */
  readonly query: string;
  /** Why the search words were ignored, if they were. */
  readonly searchError?: string | undefined;
}

export function statusText({ total, matched, listed, query, searchError }: StatusFacts, words: ClientWords): string {
  const { status } = words;
  const say = (template: string, values: Record<string, string | number> = {}) =>
    fill(template, { total, matched, listed, ...values }, words);
  const searching = { query: query ? say(status.withQuery, { query }) : status.withoutQuery };
  let text: string;
  if (matched === total && !query) text = say(listed === total ? status.all : status.allListed);
  else if (listed < matched) text = say(status.matchedListed, searching);
  else text = say(status.matched, searching);
  return searchError ? `${say(status.searchUnavailable, { reason: searchError })} ${text}` : text;
}

/** Before a large catalogue's index has loaded, only the server's first page is in the list. */
export const firstPageText = (listed: number, total: number, words: ClientWords): string =>
  fill(words.status.firstPage, { listed, total }, words);

/** When the index could not be fetched. */
export const indexFailedText = (reason: string, words: ClientWords): string =>
  fill(words.status.indexFailed, { reason }, words);
