/** What a page or component needs to speak its page's language, read from the URL it renders. */
import { localeOfPath } from '../lib/urls.ts';
import { siteTexts, type SiteTexts } from '../lib/site-settings.ts';
import { site } from '../site.config.ts';
import { locales, type Locale } from './locales.ts';
import { format, ui, type Format, type Messages } from './ui.ts';

export interface PageLanguage {
  readonly locale: Locale;
  /** The BCP 47 tag for `lang` attributes. */
  readonly lang: string;
  /** The interface strings. */
  readonly t: Messages;
  readonly format: Format;
  /** The list's own sentences (heading, topic, about). */
  readonly site: SiteTexts;
}

const cache = new Map<Locale, PageLanguage>();

/** The `lang` attribute for a text in `textLang` on a page in `pageLang`: only where they differ. */
export const langIfOther = (textLang: string | undefined, pageLang: string): string | undefined =>
  textLang === pageLang ? undefined : textLang;

/** The language of the page at `url` (Astro.url in a page or component). */
export function pageLanguage(url: URL): PageLanguage {
  const locale = localeOfPath(url.pathname);
  let language = cache.get(locale);
  if (!language) {
    language = {
      locale,
      lang: locales[locale].lang,
      t: ui(locale),
      format: format(locale),
      site: siteTexts(site, locale),
    };
    cache.set(locale, language);
  }
  return language;
}
