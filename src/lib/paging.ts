/** How long lists get before they are split: one place for the thresholds the pages and the filter share. */

/** Up to this many papers the home page lists every paper; beyond it, a first page plus a lazy index. */
export const FULL_LIST_LIMIT = 500;
/** Papers per page on paginated lists (home beyond the limit, facet pages) and per "show more" step. */
export const PAGE_SIZE = 100;

/** Splits `items` into pages of `size` (at least one page, possibly empty). */
export function pages<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}
