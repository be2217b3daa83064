/**
 * The facets of the catalogue (venue, year, domain, tag), one descriptor each: how to read a paper's values,
 * their URL slugs, labels, display order and page URLs, and the names the filter, the cards' data attributes
 * and Pagefind use for them. Routes, cards, the home page's filter, the Pagefind filters and the facet pages
 * all come from here; what the facet pages say is in facet-pages.ts (kept apart: the browser loads this
 * module). Adding a facet is one descriptor below, its texts there, and its page files.
 */
import { domainIds, domains, type DomainId } from '../data/domains.ts';
import { venueIds, venues, type VenueId } from '../data/venues.ts';
import type { Paper } from '../schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { pageUrl } from './urls.ts';

/** The facets in the order the filter shows them; each key is also the URL query name (`?venue=iclr`). */
export const FACET_KEYS = ['venue', 'year', 'domain', 'tag'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The type of one value of each facet, as the schema stores it. */
export interface FacetValues {
  venue: VenueId;
  year: number;
  domain: DomainId;
  tag: string;
}

export interface Group<K, E> {
  readonly key: K;
  readonly papers: E[];
}

export interface Facet<K extends FacetKey = FacetKey> {
  readonly key: K;
  /** The card's `data-*` attribute holding the paper's value slugs, space-separated. */
  readonly attribute: string;
  /** URL segment of the index page and of every value page (`venues/iclr/`). */
  readonly segment: string;
  /** The paper's values for this facet. */
  values(paper: Paper): readonly FacetValues[K][];
  /** The value as a URL segment and as a filter value (the query, the data attribute, Pagefind). */
  slug(value: FacetValues[K]): string;
  /** The value as the filter shows it, in `locale` (the facet's label and plural are in src/i18n/ui.ts). */
  name(value: FacetValues[K], locale?: Locale): string;
  /** The value as headings, index pages and chips show it. */
  display(value: FacetValues[K], locale?: Locale): string;
  /** The display order of the values that occur, given their groups. */
  order<E>(groups: ReadonlyMap<FacetValues[K], E[]>): FacetValues[K][];
}

/** Values in a registry's order, keeping only those that occur. */
const inRegistryOrder =
  <V>(order: readonly V[]) =>
  <E>(groups: ReadonlyMap<V, E[]>): V[] =>
    order.filter((value) => groups.has(value));

const venue: Facet<'venue'> = {
  key: 'venue',
  attribute: 'venue',
  segment: 'venues',
  values: (paper) => [paper.venue],
  slug: (value) => venues[value].slug,
  name: (value) => value,
  display: (value) => value,
  order: inRegistryOrder(venueIds),
};

const year: Facet<'year'> = {
  key: 'year',
  attribute: 'year',
  segment: 'years',
  values: (paper) => [paper.year],
  slug: String,
  name: String,
  display: String,
  // Newest first.
  order: (groups) => [...groups.keys()].sort((a, b) => b - a),
};

/** A domain's name in `locale`: its `labels` entry, else its English label (a fork's registry may have none). */
export function domainLabel(id: DomainId, locale?: Locale): string {
  const entry: { readonly label: string; readonly labels?: Partial<Record<Locale, string>> } = domains[id];
  return (locale && entry.labels?.[locale]) || entry.label;
}

const domain: Facet<'domain'> = {
  key: 'domain',
  attribute: 'domains',
  segment: 'domains',
  values: (paper) => paper.domains,
  slug: (value) => domains[value].slug,
  name: (value, locale) => domainLabel(value, locale),
  display: (value, locale) => domainLabel(value, locale),
  order: inRegistryOrder(domainIds),
};

const tag: Facet<'tag'> = {
  key: 'tag',
  attribute: 'tags',
  segment: 'tags',
  values: (paper) => paper.tags,
  // Tags are stored in their URL form already (the schema checks it), so they are never slugified here.
  slug: (value) => value,
  name: (value) => value,
  display: (value) => `#${value}`,
  // Most used first, then alphabetically.
  order: (groups) =>
    [...groups.keys()].sort(
      (a, b) => (groups.get(b)?.length ?? 0) - (groups.get(a)?.length ?? 0) || a.localeCompare(b, 'en'),
    ),
};

export const facets: { readonly [K in FacetKey]: Facet<K> } = { venue, year, domain, tag };

/** Every facet, in filter order, as one list (for code that treats them alike). */
export const facetList: readonly Facet[] = FACET_KEYS.map((key) => facets[key] as unknown as Facet);

/** The URL of a facet's index page (`/venues/`). */
export const facetIndexUrl = (key: FacetKey, locale?: Locale): string => pageUrl(`${facets[key].segment}/`, locale);

/** The URL of one value's page (`/venues/iclr/`). */
export function facetUrl<K extends FacetKey>(key: K, value: FacetValues[K], locale?: Locale): string {
  const facet = facets[key] as unknown as Facet<K>;
  return pageUrl(`${facet.segment}/${facet.slug(value)}/`, locale);
}

/** The URL of a venue's edition page (`/venues/iclr/2021/`). */
export const editionUrl = (value: VenueId, yearValue: number, locale?: Locale): string =>
  pageUrl(`${venue.segment}/${venue.slug(value)}/${yearValue}/`, locale);

/** A paper's value slugs per facet: what its card carries and what the filter and Pagefind match. */
export function facetSlugs(paper: Paper): Record<FacetKey, string[]> {
  const out = {} as Record<FacetKey, string[]>;
  for (const key of FACET_KEYS) {
    const facet = facets[key] as unknown as Facet;
    out[key] = facet.values(paper).map((value) => facet.slug(value as never));
  }
  return out;
}

/** Groups entries by every key `keysOf` yields for them, keeping the entries' order within each group. */
export function groupBy<K, E>(entries: readonly E[], keysOf: (entry: E) => readonly K[]): Map<K, E[]> {
  const groups = new Map<K, E[]>();
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      const list = groups.get(key);
      if (list) list.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/** The values of a facet that have papers, in display order, each with its papers in the entries' order. */
export function facetGroups<K extends FacetKey, E extends { readonly data: Paper }>(
  key: K,
  entries: readonly E[],
): Group<FacetValues[K], E>[] {
  const facet = facets[key] as unknown as Facet<K>;
  const groups = groupBy(entries, (entry) => facet.values(entry.data));
  return facet.order(groups).map((value) => ({ key: value, papers: groups.get(value) ?? [] }));
}

/** Every (venue, year) edition that has papers, newest year first within each venue. */
export function editionGroups<E extends { readonly data: Paper }>(
  entries: readonly E[],
): { venue: VenueId; year: number; papers: E[] }[] {
  return facetGroups('venue', entries).flatMap(({ key: venueId, papers }) =>
    facetGroups('year', papers).map(({ key: yearValue, papers: inYear }) => ({
      venue: venueId,
      year: yearValue,
      papers: inYear,
    })),
  );
}
