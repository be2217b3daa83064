/**
 * Every internal link is built here or in facets.ts (facet pages) on top of `withBase`, so the site works at
 * the root or under a sub-path (BASE_PATH). All page URLs end with a slash, matching Astro's directory format.
 */

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
export const backgroundUrl = (): string => withBase('background/');

export { arxivPdfUrl, arxivUrl, openreviewUrl } from './urls-external.ts';
