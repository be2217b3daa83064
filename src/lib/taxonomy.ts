/**
 * Facets of the catalogue (venue, venue-year, domain, year, tag): which values occur, how many papers each
 * holds, in a stable display order. Pure functions over plain entries, so pages stay thin and tests need no Astro.
 */
import { domainIds, type DomainId } from '../data/domains.ts';
import { venueIds, type VenueId } from '../data/venues.ts';
import type { Paper } from '../schema.ts';

export interface Entry {
  readonly id: string;
  readonly data: Paper;
}

export interface Group<K, E> {
  readonly key: K;
  readonly papers: E[];
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

function ordered<K, E>(groups: Map<K, E[]>, order: readonly K[]): Group<K, E>[] {
  return order.flatMap((key) => {
    const papers = groups.get(key);
    return papers ? [{ key, papers }] : [];
  });
}

/** Venues that have papers, in registry order. */
export function venueGroups<E extends Entry>(entries: readonly E[]): Group<VenueId, E>[] {
  return ordered(
    groupBy(entries, (e) => [e.data.venue]),
    venueIds,
  );
}

/** Years that have papers, newest first. */
export function yearGroups<E extends Entry>(entries: readonly E[]): Group<number, E>[] {
  const groups = groupBy(entries, (e) => [e.data.year]);
  return ordered(
    groups,
    [...groups.keys()].sort((a, b) => b - a),
  );
}

/** Domains that have papers, in registry order. */
export function domainGroups<E extends Entry>(entries: readonly E[]): Group<DomainId, E>[] {
  return ordered(
    groupBy(entries, (e) => e.data.domains),
    domainIds,
  );
}

/** Tags in use, most used first, then alphabetically. */
export function tagGroups<E extends Entry>(entries: readonly E[]): Group<string, E>[] {
  const groups = groupBy(entries, (e) => e.data.tags);
  const order = [...groups.keys()].sort(
    (a, b) => (groups.get(b)?.length ?? 0) - (groups.get(a)?.length ?? 0) || a.localeCompare(b, 'en'),
  );
  return ordered(groups, order);
}

/** Every (venue, year) edition that has papers, newest year first within each venue. */
export function editionGroups<E extends Entry>(entries: readonly E[]): { venue: VenueId; year: number; papers: E[] }[] {
  return venueGroups(entries).flatMap(({ key: venue, papers }) =>
    yearGroups(papers).map(({ key: year, papers: inYear }) => ({ venue, year, papers: inYear })),
  );
}
