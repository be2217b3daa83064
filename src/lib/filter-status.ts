/**
 * The filter's status line, which a live region reads out after every change: which sentence applies is
 * decided here, its words come from the page's language (src/i18n/ui.ts). Pure, so vitest covers it.
 */
import type { StatusWords } from '../i18n/ui.ts';

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

export function statusText({ total, matched, listed, query, searchError }: StatusFacts, words: StatusWords): string {
  let text: string;
  if (matched === total && !query) {
    text = listed === total ? words.all(total) : words.allListed(listed, total);
  } else if (listed < matched) {
    text = words.matchedListed(listed, matched, total, query);
  } else {
    text = words.matched(matched, total, query);
  }
  return searchError ? `${words.searchUnavailable(searchError)} ${text}` : text;
}
