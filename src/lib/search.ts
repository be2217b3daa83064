/** What the home page's search asks Pagefind and how it reads the answer. Pure: src/client/search.ts runs it. */
import { FACET_KEYS } from './facets.ts';
import type { FilterState } from './filter.ts';

/** Pagefind filters for the selected facet values; the paper pages carry `facet:value` filters of the same names. */
export function pagefindFilters(state: FilterState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    if (state.selected[key].length > 0) filters[key] = { any: [...state.selected[key]] };
  }
  return filters;
}

/** The paper slugs among the result URLs (other pages are not papers and are ignored). */
export function hitSlugs(urls: readonly string[]): Set<string> {
  return new Set(urls.flatMap((url) => /\/papers\/([^/]+)\/?$/.exec(url)?.[1] ?? []));
}
