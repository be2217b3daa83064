/** The only place the site reads the collections: every page gets the same, fully sorted list. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, locales, type Locale } from '../i18n/locales.ts';
import { listKey } from './cache-keys.ts';
import { lineageOf, type Lineage } from './lineage.ts';
import { byNewest } from './sort.ts';

export type PaperEntry = CollectionEntry<'papers'>;
export type TranslationEntry = CollectionEntry<'translations'>;

let cached: PaperEntry[] | undefined;

/** All papers, newest first. The collection's own order is not stable, so it is always sorted here. */
export async function allPapers(): Promise<PaperEntry[]> {
  cached ??= (await getCollection('papers')).sort(byNewest);
  return cached;
}

let lineage: Lineage<PaperEntry> | undefined;

/** The builds_on graph of all papers, computed once for the map pages and every paper page. */
export async function paperLineage(): Promise<Lineage<PaperEntry>> {
  lineage ??= lineageOf(await allPapers());
  return lineage;
}

let translations: Map<string, TranslationEntry> | undefined;

/** Every translation, by `<locale>/<slug>`. */
async function translationMap(): Promise<Map<string, TranslationEntry>> {
  translations ??= new Map((await getCollection('translations')).map((entry) => [entry.id, entry]));
  return translations;
}

/** The paper's text in `locale`, if it has been translated (never for the default language). */
export async function translationOf(slug: string, locale: Locale): Promise<TranslationEntry | undefined> {
  return locale === DEFAULT_LOCALE ? undefined : (await translationMap()).get(`${locale}/${slug}`);
}

/** What a card or a feed shows of a paper in `locale`: its tldr, and the language it is written in. */
export interface LocalTldr {
  readonly text: string;
  /** The BCP 47 tag of the text's language; differs from the page's where no translation exists yet. */
  readonly lang: string;
}

export async function tldrIn(paper: PaperEntry, locale: Locale): Promise<LocalTldr> {
  const translation = await translationOf(paper.id, locale);
  return translation
    ? { text: translation.data.tldr, lang: locales[locale].lang }
    : { text: paper.data.tldr, lang: locales[DEFAULT_LOCALE].lang };
}

let translationsKey: string | undefined;

/** Changes whenever any translation changes: part of every page key in the other languages. */
export async function translationsDigest(): Promise<string> {
  translationsKey ??= listKey([...(await translationMap()).values()].sort((a, b) => a.id.localeCompare(b.id)));
  return translationsKey;
}
