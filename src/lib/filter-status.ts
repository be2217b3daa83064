/** The filter's status line, which a live region reads out after every change. Pure, so vitest covers it. */

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

export function statusText({ total, matched, listed, query, searchError }: StatusFacts): string {
  const searching = query ? ` matching “${query}”` : '';
  let text: string;
  if (matched === total && !searching) {
    text = listed === total ? `Showing all ${total} papers.` : `Showing ${listed} of all ${total} papers.`;
  } else if (listed < matched) {
    text = `Showing ${listed} of ${matched} papers${searching} (${total} in all).`;
  } else {
    text = `Showing ${matched} of ${total} papers${searching}.`;
  }
  return searchError ? `Search is unavailable (${searchError}). ${text}` : text;
}

/** Before a large catalogue's index has loaded, only the server's first page is in the list. */
export const firstPageText = (listed: number, total: number): string =>
  `Showing the ${listed} newest of ${total} papers.`;
