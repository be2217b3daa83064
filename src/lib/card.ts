/**
 * What a paper's list item shows, as data: the server component (PaperCard.astro) and the browser-side
 * renderer (scripts/card-dom.ts) both draw this model, so a card looks the same whoever renders it.
 */
import { domains, type DomainId } from '../data/domains.ts';
import { venues, type VenueId } from '../data/venues.ts';
import { arxivUrl, openreviewUrl } from './urls-external.ts';
import { domainUrl, paperUrl, tagUrl, venueYearUrl } from './urls.ts';

/** The fields a card needs; `added` as YYYY-MM-DD. */
export interface CardData {
  readonly title: string;
  readonly short?: string | undefined;
  readonly authors: readonly string[];
  readonly venue: VenueId;
  readonly year: number;
  readonly domains: readonly DomainId[];
  readonly tags: readonly string[];
  readonly arxiv?: string | undefined;
  readonly openreview?: string | undefined;
  readonly url?: string | undefined;
  readonly code?: string | undefined;
  readonly added: string;
}

export interface CardLink {
  readonly href: string;
  readonly label: string;
  readonly className?: string;
}

export interface Card {
  readonly slug: string;
  readonly title: string;
  readonly href: string;
  readonly short: string | undefined;
  readonly venue: CardLink;
  readonly authors: string;
  readonly chips: readonly CardLink[];
  readonly links: readonly CardLink[];
  /** The `data-*` attributes of the list item: the contract with tests and the filter element. */
  readonly attributes: Readonly<Record<'paper' | 'venue' | 'year' | 'domains' | 'tags' | 'title' | 'added', string>>;
}

export function cardOf(slug: string, data: CardData): Card {
  const links: CardLink[] = [];
  if (data.arxiv) links.push({ href: arxivUrl(data.arxiv), label: 'arXiv' });
  if (data.openreview) links.push({ href: openreviewUrl(data.openreview), label: 'OpenReview' });
  if (data.url) links.push({ href: data.url, label: 'Paper' });
  if (data.code) links.push({ href: data.code, label: 'Code' });
  return {
    slug,
    title: data.title,
    href: paperUrl(slug),
    short: data.short,
    venue: { href: venueYearUrl(data.venue, data.year), label: `${data.venue} ${data.year}`, className: 'venue-badge' },
    authors: data.authors.join(', '),
    chips: [
      ...data.domains.map((d) => ({ href: domainUrl(d), label: domains[d].label, className: 'chip chip-domain' })),
      ...data.tags.map((t) => ({ href: tagUrl(t), label: `#${t}`, className: 'chip' })),
    ],
    links,
    attributes: {
      paper: slug,
      venue: venues[data.venue].slug,
      year: String(data.year),
      domains: data.domains.map((d) => domains[d].slug).join(' '),
      tags: data.tags.join(' '),
      title: data.title,
      added: data.added,
    },
  };
}
