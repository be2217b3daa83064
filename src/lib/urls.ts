/**
 * Every internal link is built here, so the site works at the root or under a sub-path (BASE_PATH).
 * All page URLs end with a slash, matching Astro's directory build format.
 */
import { domains, type DomainId } from '../data/domains.ts';
import { venues, type VenueId } from '../data/venues.ts';

/** Joins `path` to a base such as `/` or `/contrastive-papers/`, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

const BASE: string = import.meta.env.BASE_URL;

/** A site-internal URL for `path` (e.g. `papers/pcl/`), prefixed with the configured base. */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}

export const homeUrl = (): string => withBase('');
export const paperUrl = (slug: string): string => withBase(`papers/${slug}/`);
export const venuesUrl = (): string => withBase('venues/');
export const venueUrl = (venue: VenueId): string => withBase(`venues/${venues[venue].slug}/`);
export const venueYearUrl = (venue: VenueId, year: number): string => withBase(`venues/${venues[venue].slug}/${year}/`);
export const domainsUrl = (): string => withBase('domains/');
export const domainUrl = (domain: DomainId): string => withBase(`domains/${domains[domain].slug}/`);
export const yearsUrl = (): string => withBase('years/');
export const yearUrl = (year: number): string => withBase(`years/${year}/`);
export const tagsUrl = (): string => withBase('tags/');
export const tagUrl = (tag: string): string => withBase(`tags/${tag}/`);

export { arxivPdfUrl, arxivUrl, openreviewUrl } from './urls-external.ts';
