/**
 * Every internal link is built here or in facets.ts (facet pages) on top of `withBase`, so the site works at
 * the root or under a sub-path (BASE_PATH). All page URLs end with a slash, matching Astro's directory format.
 */
import { DEFAULT_LOCALE, localePath, splitLocale, type Locale } from '../i18n/locales.ts';

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

/** A page's URL in `locale` (English at the root, other languages under their prefix). */
export const pageUrl = (path: string, locale: Locale = DEFAULT_LOCALE): string => withBase(localePath(path, locale));

export const homeUrl = (locale?: Locale): string => pageUrl('', locale);
export const paperUrl = (slug: string, locale?: Locale): string => pageUrl(`papers/${slug}/`, locale);
export const backgroundUrl = (locale?: Locale): string => pageUrl('background/', locale);
export const statsUrl = (locale?: Locale): string => pageUrl('stats/', locale);
export const feedUrl = (locale?: Locale): string => pageUrl('rss.xml', locale);

/**
 * Paper links relative to the page at `path` (relative to the language's root, e.g. `map/vision/`): markup
 * made once and shown in every language (the maps) links within the reader's language this way.
 */
export const relativePaperUrl =
  (path: string) =>
  (slug: string): string =>
    `${'../'.repeat(path.split('/').filter(Boolean).length)}papers/${slug}/`;

/** A URL path (base included) split into its language and its path within that language. */
const splitPath = (pathname: string) =>
  splitLocale(pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, ''));

/** The language of a page, from its URL path (base included). */
export const localeOfPath = (pathname: string): Locale => splitPath(pathname).locale;

/** The same page in `locale`: `/zh/papers/pcl/` ↔ `/papers/pcl/` (base included). */
export const twinUrl = (pathname: string, locale: Locale): string => pageUrl(splitPath(pathname).path, locale);

export { arxivPdfUrl, arxivUrl, openreviewUrl } from './urls-external.ts';
