/**
 * What the home page should show for a query, computed straight from the catalogue (independently of
 * src/lib/filter.ts, so the browser tests check the element against the rules, not against itself).
 */
import { domains } from '../../src/data/domains.ts';
import { venues } from '../../src/data/venues.ts';
import type { CataloguePaper } from './catalogue.ts';

export function expectedSlugs(catalogue: readonly CataloguePaper[], query: string): string[] {
  const params = new URLSearchParams(query);
  const wanted = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const [venue, year, domain, tag] = ['venue', 'year', 'domain', 'tag'].map(wanted) as [
    string[],
    string[],
    string[],
    string[],
  ];
  return catalogue
    .filter(
      ({ data }) =>
        (venue.length === 0 || venue.includes(venues[data.venue].slug)) &&
        (year.length === 0 || year.includes(String(data.year))) &&
        (domain.length === 0 || data.domains.some((d) => domain.includes(domains[d].slug))) &&
        (tag.length === 0 || data.tags.some((t) => tag.includes(t))),
    )
    .map((p) => p.id)
    .sort();
}
