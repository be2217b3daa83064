/**
 * What a paper's list item shows, as data: the server component (PaperCard.astro) and the browser-side
 * renderer (client/card-dom.ts) both draw this model, so a card looks the same whoever renders it.
 */
import { editionUrl, FACET_KEYS, facets, facetSlugs, facetUrl, type FacetKey } from './facets.ts';
import type { PaperData } from './fields.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { fill } from '../i18n/template.ts';
import type { ClientWords } from '../i18n/ui.ts';
import { linksOf, type LinkTable } from './links.ts';
import { paperUrl } from './urls.ts';

/** The fields a card needs: a paper's data with `added` as YYYY-MM-DD. */
export type CardData = PaperData;

export interface CardLink {
  readonly href: string;
  readonly label: string;
  readonly className?: string;
}

/** The card's `data-*` attributes: the paper, its facet values (by each facet's attribute), title and date. */
export type CardAttributes = Readonly<Record<string, string>>;

export interface Card {
  readonly slug: string;
  readonly title: string;
  readonly href: string;
  readonly short: string | undefined;
  readonly venue: CardLink;
  /** What the paper does, in one sentence; `tldrHtml` when it holds formulas (typeset at build time). */
  readonly tldr: string;
  readonly tldrHtml: string | undefined;
  /** The tldr's language where it differs from the page's (not yet translated). */
  readonly tldrLang: string | undefined;
  /** Every author, or the first CARD_AUTHORS and "et al." with the count: "A, B, C et al. (24 authors)". */
  readonly authors: string;
  readonly chips: readonly CardLink[];
  readonly links: readonly CardLink[];
  /** The `data-*` attributes of the list item: the contract with tests and the filter element. */
  readonly attributes: CardAttributes;
}

/** The facets shown as chips on a card (venue and year are in its venue badge). */
const CHIP_FACETS = ['domain', 'tag'] as const satisfies readonly FacetKey[];

/** A card names this many authors before "et al."; the paper page and every export keep them all. */
export const CARD_AUTHORS = 3;

export interface CardContext {
  /** The link table: src/lib/fields.ts's `linkTable` on the server, papers-index.json's copy in the browser. */
  readonly links: LinkTable;
  /** The tldr typeset, when it holds formulas (src/markdown/inline-math.ts, at build time). */
  readonly tldrHtml?: string | undefined;
  /** The page's language: links stay in it. */
  readonly locale?: Locale | undefined;
  /** Its words (src/i18n/ui.ts's clientWords): "et al.", link labels. */
  readonly words: ClientWords;
  /** The tldr's language where it differs from the page's. */
  readonly tldrLang?: string | undefined;
}

/** The card of one paper. */
export function cardOf(
  slug: string,
  data: CardData,
  { links, tldrHtml, locale = DEFAULT_LOCALE, tldrLang, words }: CardContext,
): Card {
  // Facet values are read from the data as the schema validated it; `added` is the only converted field.
  const paper = { ...data, added: new Date(`${data.added}T00:00:00Z`) };
  const slugs = facetSlugs(paper);
  const attributes: Record<string, string> = { paper: slug };
  for (const key of FACET_KEYS) attributes[facets[key].attribute] = slugs[key].join(' ');
  attributes['title'] = data.title;
  attributes['added'] = data.added;
  return {
    slug,
    title: data.title,
    href: paperUrl(slug, locale),
    short: data.short,
    venue: {
      href: editionUrl(data.venue, data.year, locale),
      label: `${data.venue} ${data.year}`,
      className: 'venue-badge',
    },
    tldr: data.tldr,
    tldrHtml,
    tldrLang,
    authors:
      data.authors.length > CARD_AUTHORS
        ? fill(
            words.etAl,
            { authors: data.authors.slice(0, CARD_AUTHORS).join(', '), count: data.authors.length },
            words,
          )
        : data.authors.join(', '),
    chips: CHIP_FACETS.flatMap((key) => {
      const facet = facets[key];
      return (facet.values(paper) as never[]).map((value) => ({
        href: facetUrl(key, value, locale),
        label: facet.display(value, locale),
        className: key === 'domain' ? 'chip chip-domain' : 'chip',
      }));
    }),
    links: linksOf(data, links).map(({ field, href, label }) => ({ href, label: words.links[field]?.label ?? label })),
    attributes,
  };
}
