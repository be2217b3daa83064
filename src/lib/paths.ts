/** getStaticPaths entries for paginated lists: page 1 at the list's own URL, page n at `<list>/n/`. */
import { DEFAULT_LOCALE, locales } from '../i18n/locales.ts';
import type { Paper } from '../schema.ts';
import { site } from '../site.config.ts';
import { listKey } from './cache-keys.ts';
import { facetGroups, facets, type Facet, type FacetKey } from './facets.ts';
import { pages } from './paging.ts';
import { translationsDigest } from './papers.ts';

export interface PageProps<E> {
  readonly papers: E[];
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly total: number;
}

export function pagedPaths<
  E extends { id: string; digest?: string | number | undefined },
  P extends Record<string, string>,
  X extends object,
>(
  papers: readonly E[],
  params: P,
  extra: X,
): { params: P & { page: string | undefined }; props: X & PageProps<E>; cacheKey: string }[] {
  const split = pages(papers);
  return split.map((chunk, index) => ({
    params: { ...params, page: index === 0 ? undefined : String(index + 1) },
    props: { ...extra, papers: chunk, pageNumber: index + 1, pageCount: split.length, total: papers.length },
    // The page shows its chunk, the page count and the total; nothing else varies with the content.
    cacheKey: listKey(chunk, index, split.length, papers.length),
  }));
}

/** getStaticPaths entries for every (paginated) value page of a facet, in every language; the route's parameter is the key. */
export function facetPagePaths<
  K extends FacetKey,
  E extends { id: string; digest?: string | number | undefined; data: Paper },
>(key: K, papers: readonly E[]) {
  const facet = facets[key] as unknown as Facet;
  return inLocales(
    facetGroups(key, papers).flatMap(({ key: value, papers: inGroup }) =>
      pagedPaths(inGroup, { [key]: facet.slug(value as never) } as Record<K, string>, { value }),
    ),
  );
}

interface StaticPath {
  readonly params: Record<string, string | undefined>;
  readonly props?: object;
  readonly cacheKey?: string;
}

/**
 * A page's paths in every language the site is built in (the route lives under src/pages/[...lang]/):
 * English at the root (`lang` undefined), each other language under its prefix. Pages read their language
 * from the URL (src/i18n/page.ts). Pages in other languages also show translations, so their cache key
 * covers those.
 */
export async function inLocales<P extends StaticPath>(paths: readonly P[]) {
  const digest = await translationsDigest();
  return site.locales.flatMap((locale) =>
    paths.map((path) => ({
      ...path,
      params: { ...path.params, lang: locales[locale].prefix || undefined },
      ...(path.cacheKey !== undefined && {
        cacheKey: locale === DEFAULT_LOCALE ? path.cacheKey : listKey([], path.cacheKey, locale, digest),
      }),
    })),
  );
}

/** The paths of a page without parameters of its own (the home page, /map/, /stats/) in every language. */
export const localePaths = () => inLocales([{ params: {} }]);
