/**
 * Filter state of the home page, shared by the <paper-filter> element and the tests: parsing and writing
 * the URL query, matching papers, counting facet values, sorting. Values within a facet combine with OR,
 * facets with AND. Pure: no DOM, no Astro.
 */

import { FACET_KEYS as FACETS, facets, type FacetKey as Facet } from './facets.ts';

export const SORTS = ['newest', 'oldest', 'title'] as const;
export type Sort = (typeof SORTS)[number];

export interface FilterState {
  readonly selected: Readonly<Record<Facet, readonly string[]>>;
  readonly sort: Sort;
  /** Free-text search query (Pagefind), empty when not searching. */
  readonly query: string;
}

/** What the filter needs to know about one listed paper (read from its data-* attributes). */
export interface FilterItem {
  readonly slug: string;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly added: string;
  readonly values: Readonly<Record<Facet, readonly string[]>>;
}

export const emptyState = (): FilterState => ({
  selected: Object.fromEntries(FACETS.map((key) => [key, []])) as unknown as Record<Facet, string[]>,
  sort: 'newest',
  query: '',
});

const isSort = (value: string | null): value is Sort => SORTS.some((s) => s === value);

/** The filter's view of a card's `data-*` attributes (each facet's values are in its own attribute). */
export function itemOf(attributes: Readonly<Record<string, string | undefined>>): FilterItem {
  const values = {} as Record<Facet, string[]>;
  for (const key of FACETS) values[key] = (attributes[facets[key].attribute] ?? '').split(' ').filter(Boolean);
  return {
    slug: attributes['paper'] ?? '',
    title: attributes['title'] ?? '',
    added: attributes['added'] ?? '',
    values,
  };
}

/** True when nothing narrows or reorders the list. */
export const isDefault = (state: FilterState): boolean =>
  !state.query && state.sort === 'newest' && FACETS.every((facet) => state.selected[facet].length === 0);

/** Reads `?venue=iclr&year=2021&domain=vision,nlp&tag=hard-negatives&sort=title&q=…`. Unknown keys are ignored. */
export function parseQuery(search: string): FilterState {
  const params = new URLSearchParams(search);
  const split = (key: string) =>
    [...new Set((params.get(key) ?? '').split(',').map((v) => v.trim().toLowerCase()))].filter(Boolean);
  const sort = params.get('sort');
  const selected = {} as Record<Facet, string[]>;
  for (const key of FACETS) selected[key] = split(key);
  return {
    selected,
    sort: isSort(sort) ? sort : 'newest',
    query: (params.get('q') ?? '').trim(),
  };
}

/** Writes the state back as a query string ('' when nothing is selected), in a stable key order. */
export function toQuery(state: FilterState): string {
  const parts: string[] = [];
  if (state.query) parts.push(`q=${encodeURIComponent(state.query)}`);
  for (const facet of FACETS) {
    const values = state.selected[facet];
    if (values.length > 0) parts.push(`${facet}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (state.sort !== 'newest') parts.push(`sort=${state.sort}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * A list's facet values interned as small integers, built once per list: at thousands of papers, hashing
 * value strings on every keystroke cost more than a frame, while integer lookups cost well under a millisecond.
 */
interface Column {
  /** Value code → value. */
  readonly names: string[];
  readonly ids: Map<string, number>;
  /** Item i's value codes are codes[start[i]] up to codes[start[i + 1]]. */
  readonly codes: Int32Array;
  readonly start: Int32Array;
}
type Compiled = Record<Facet, Column>;

// Keyed by the list itself: callers hand in the same, never-mutated arrays again and again.
const compiledLists = new WeakMap<readonly FilterItem[], Compiled>();

function compile(items: readonly FilterItem[]): Compiled {
  let compiled = compiledLists.get(items);
  if (compiled) return compiled;
  compiled = {} as Compiled;
  for (const facet of FACETS) {
    const names: string[] = [];
    const ids = new Map<string, number>();
    const start = new Int32Array(items.length + 1);
    let total = 0;
    for (const item of items) total += item.values[facet].length;
    const codes = new Int32Array(total);
    let at = 0;
    items.forEach((item, i) => {
      start[i] = at;
      for (const value of item.values[facet]) {
        let id = ids.get(value);
        if (id === undefined) {
          id = names.push(value) - 1;
          ids.set(value, id);
        }
        codes[at++] = id;
      }
    });
    start[items.length] = at;
    compiled[facet] = { names, ids, codes, start };
  }
  compiledLists.set(items, compiled);
  return compiled;
}

/** Per facet, a flag for each value code that is selected, or null when the facet is unconstrained. */
function wantedCodes(compiled: Compiled, state: FilterState): Record<Facet, Uint8Array | null> {
  const wanted = {} as Record<Facet, Uint8Array | null>;
  for (const facet of FACETS) {
    const selected = state.selected[facet];
    if (selected.length === 0) {
      wanted[facet] = null;
      continue;
    }
    const column = compiled[facet];
    // A selected value no paper has still constrains the facet: it just matches nothing.
    const flags = new Uint8Array(column.names.length);
    for (const value of selected) {
      const id = column.ids.get(value);
      if (id !== undefined) flags[id] = 1;
    }
    wanted[facet] = flags;
  }
  return wanted;
}

function passesCode(column: Column, flags: Uint8Array | null, i: number): boolean {
  if (!flags) return true;
  for (let at = column.start[i]!, end = column.start[i + 1]!; at < end; at++) if (flags[column.codes[at]!]) return true;
  return false;
}

/** The items that pass every facet and the search, in their given order (one pass, for large lists). */
export function matching<I extends FilterItem>(
  items: readonly I[],
  state: FilterState,
  hits: ReadonlySet<string> | null = null,
): I[] {
  const compiled = compile(items);
  const wanted = wantedCodes(compiled, state);
  const out: I[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (hits && !hits.has(item.slug)) continue;
    if (FACETS.every((facet) => passesCode(compiled[facet], wanted[facet], i))) out.push(item);
  }
  return out;
}

/**
 * For each facet value, how many papers would show if it were (also) selected: the count honours the
 * other facets and the search, so readers see which combinations are empty before they click.
 */
export function facetCounts(
  items: readonly FilterItem[],
  state: FilterState,
  hits: ReadonlySet<string> | null = null,
): Record<Facet, Map<string, number>> {
  const compiled = compile(items);
  const wanted = wantedCodes(compiled, state);
  const tallies = {} as Record<Facet, Int32Array>;
  for (const facet of FACETS) tallies[facet] = new Int32Array(compiled[facet].names.length);
  // One pass: an item counts towards facet F when it passes every facet except possibly F.
  for (let i = 0; i < items.length; i++) {
    if (hits && !hits.has(items[i]!.slug)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of FACETS) {
      if (!passesCode(compiled[facet], wanted[facet], i)) {
        failed = facet;
        failures += 1;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (const facet of FACETS) {
      if (failures === 1 && facet !== failed) continue;
      const { codes, start } = compiled[facet];
      const tally = tallies[facet];
      for (let at = start[i]!, end = start[i + 1]!; at < end; at++) tally[codes[at]!]! += 1;
    }
  }
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    const map = new Map<string, number>();
    const { names } = compiled[facet];
    tallies[facet].forEach((count, id) => {
      if (count > 0) map.set(names[id]!, count);
    });
    counts[facet] = map;
  }
  return counts;
}

// One collator for all comparisons: localeCompare with options builds a new one per call (~100x slower).
const titleOrder = new Intl.Collator('en', { sensitivity: 'base' });

/** A comparator for the chosen sort; ties fall back to the server's order (index). */
export function comparator(
  sort: Sort,
): (a: FilterItem & { index: number }, b: FilterItem & { index: number }) => number {
  switch (sort) {
    case 'oldest':
      return (a, b) => b.index - a.index;
    case 'title':
      return (a, b) => titleOrder.compare(a.title, b.title) || a.index - b.index;
    default:
      return (a, b) => a.index - b.index;
  }
}

/** The selected values, facet by facet in filter order: what the chips above the results show. */
export function activeFilters(state: FilterState): { facet: Facet; value: string }[] {
  return FACETS.flatMap((facet) => state.selected[facet].map((value) => ({ facet, value })));
}

/** Toggles one value of a facet, returning a new state. */
export function toggle(state: FilterState, facet: Facet, value: string, on: boolean): FilterState {
  const current = state.selected[facet].filter((v) => v !== value);
  return { ...state, selected: { ...state.selected, [facet]: on ? [...current, value] : current } };
}

/** The BibTeX of the given papers, in the given order, from papers.json's records (unknown slugs skipped). */
export function bibtexOf(slugs: readonly string[], papers: readonly { slug: string; bibtex: string }[]): string {
  const bySlug = new Map(papers.map((p) => [p.slug, p.bibtex]));
  const entries = slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  return `${entries.join('\n\n')}\n`;
}
