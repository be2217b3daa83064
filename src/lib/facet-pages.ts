/**
 * What the facet pages say about each facet value, in a language: headings, notes and meta descriptions.
 * Kept apart from the descriptors in facets.ts, which the browser loads, so the tag vocabulary's texts stay
 * out of the bundle. The sentences themselves are in src/i18n/ui.ts.
 */
import { isKnownTag, tagMeanings, tagVocabulary } from '../data/tags.ts';
import { venues } from '../data/venues.ts';
import { DEFAULT_LOCALE, locales, type Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import type { Paper } from '../schema.ts';
import { site } from '../site.config.ts';
import { siteTexts } from './site-settings.ts';
import { facetGroups, facets, facetUrl, type Facet, type FacetKey, type FacetValues } from './facets.ts';

/** A line about a value; vocabularies are written in English, so it says which language it is in. */
export interface Note {
  readonly text: string;
  readonly lang: string;
}

export interface FacetTexts<K extends FacetKey> {
  /** A line about the value, for its index entry and page (the venue's full name, the tag's meaning). */
  note(value: FacetValues[K]): Note | undefined;
  /** The value page's heading and meta description. */
  heading(value: FacetValues[K]): string;
  description(value: FacetValues[K], count: number): string;
  /** The index page's meta description. */
  readonly indexDescription: string;
}

const english = (text: string | undefined): Note | undefined =>
  text === undefined ? undefined : { text, lang: locales[DEFAULT_LOCALE].lang };

type AllFacetTexts = { readonly [K in FacetKey]: FacetTexts<K> };
const made = new Map<Locale, AllFacetTexts>();

/** The facet pages' texts in `locale` (made once per language: every facet page asks). */
export function facetTexts(locale: Locale): AllFacetTexts {
  let texts = made.get(locale);
  if (!texts) {
    texts = facetTextsIn(locale);
    made.set(locale, texts);
  }
  return texts;
}

function facetTextsIn(locale: Locale): AllFacetTexts {
  const t = ui(locale).facetPages;
  const { topic } = siteTexts(site, locale);
  return {
    venue: {
      note: (value) => english(venues[value].name === value ? undefined : venues[value].name),
      heading: (value) => value,
      description: (value, count) => t.venueDescription(count, venues[value].name, topic),
      indexDescription: t.indexDescription.venue(topic),
    },
    year: {
      note: () => undefined,
      heading: (value) => t.yearHeading(value),
      description: (value, count) => t.yearDescription(count, value, topic),
      indexDescription: t.indexDescription.year(topic),
    },
    domain: {
      note: () => undefined,
      heading: (value) => facets.domain.display(value, locale),
      description: (value, count) => t.domainDescription(count, facets.domain.display(value, locale), topic),
      indexDescription: t.indexDescription.domain(topic),
    },
    tag: {
      note: (value) => {
        if (!isKnownTag(value)) return undefined;
        const own = tagMeanings[locale]?.[value];
        return own ? { text: own, lang: locales[locale].lang } : english(tagVocabulary[value]);
      },
      heading: (value) => `#${value}`,
      description: (value, count) => t.tagDescription(count, value, topic),
      indexDescription: t.indexDescription.tag(topic),
    },
  };
}

/** What a facet index page lists: each value with its link, label, count and note. */
export function facetIndexItems<K extends FacetKey, E extends { readonly data: Paper }>(
  key: K,
  entries: readonly E[],
  locale: Locale,
) {
  const facet = facets[key] as unknown as Facet<K>;
  const texts = facetTexts(locale)[key] as unknown as FacetTexts<K>;
  return facetGroups(key, entries).map(({ key: value, papers }) => ({
    href: facetUrl(key, value, locale),
    label: facet.display(value, locale),
    count: papers.length,
    note: texts.note(value),
  }));
}
