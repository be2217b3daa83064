/**
 * What the facet pages say about each facet value: headings, notes and meta descriptions. Kept apart from the
 * descriptors in facets.ts, which the browser loads, so the tag vocabulary's texts stay out of the bundle.
 */
import { isKnownTag, tagVocabulary } from '../data/tags.ts';
import { venues } from '../data/venues.ts';
import type { Paper } from '../schema.ts';
import { site } from '../site.config.ts';
import { facetGroups, facets, facetUrl, type Facet, type FacetKey, type FacetValues } from './facets.ts';

export interface FacetTexts<K extends FacetKey> {
  /** A line about the value, for its index entry and page (the venue's full name, the tag's meaning). */
  note(value: FacetValues[K]): string | undefined;
  /** The value page's heading and meta description. */
  heading(value: FacetValues[K]): string;
  description(value: FacetValues[K], count: number): string;
  /** The index page's meta description. */
  readonly indexDescription: string;
}

const topicPapers = `${site.topic} papers`;
const Topic = topicPapers.charAt(0).toUpperCase() + topicPapers.slice(1);

export const facetTexts: { readonly [K in FacetKey]: FacetTexts<K> } = {
  venue: {
    note: (value) => (venues[value].name === value ? undefined : venues[value].name),
    heading: (value) => value,
    description: (value, count) => `${count} ${topicPapers} published at ${venues[value].name}.`,
    indexDescription: `${Topic} by publication venue.`,
  },
  year: {
    note: () => undefined,
    heading: (value) => `Papers of ${value}`,
    description: (value, count) => `${count} ${topicPapers} published in ${value}.`,
    indexDescription: `${Topic} by year of publication.`,
  },
  domain: {
    note: () => undefined,
    heading: (value) => facets.domain.display(value),
    description: (value, count) => `${count} ${topicPapers} in ${facets.domain.display(value).toLowerCase()}.`,
    indexDescription: `${Topic} by research domain.`,
  },
  tag: {
    note: (value) => (isKnownTag(value) ? tagVocabulary[value] : undefined),
    heading: (value) => `#${value}`,
    description: (value, count) => `${count} ${topicPapers} tagged ${value}.`,
    indexDescription: `${Topic} by topic.`,
  },
};

/** What a facet index page lists: each value with its link, label, count and note. */
export function facetIndexItems<K extends FacetKey, E extends { readonly data: Paper }>(key: K, entries: readonly E[]) {
  const facet = facets[key] as unknown as Facet<K>;
  const texts = facetTexts[key] as unknown as FacetTexts<K>;
  return facetGroups(key, entries).map(({ key: value, papers }) => ({
    href: facetUrl(key, value),
    label: facet.display(value),
    count: papers.length,
    note: texts.note(value),
  }));
}
