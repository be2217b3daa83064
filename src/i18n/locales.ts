/**
 * The languages the site can be built in. English is the default and lives at the site's root; every other
 * language lives under its own prefix (`/zh/`). Which of them a site builds is a site setting (`locales` in
 * src/site.config.ts); what each says is in src/i18n/ui.ts. Plain TypeScript: the browser loads it too.
 */

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** BCP 47 tag: the pages' `lang`, `hreflang`, the feed's `<language>` and every `Intl` formatter. */
  readonly lang: string;
  /** URL segment the language lives under, '' for the default language. */
  readonly prefix: string;
  /** The language's name in itself, for the language switch. */
  readonly name: string;
}

export const locales: { readonly [L in Locale]: LocaleInfo } = {
  en: { lang: 'en', prefix: '', name: 'English' },
  zh: { lang: 'zh-CN', prefix: 'zh', name: '简体中文' },
};

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The path of `path` (relative to the site's base, no leading slash) in `locale`: `papers/pcl/` → `zh/papers/pcl/`. */
export function localePath(path: string, locale: Locale): string {
  const { prefix } = locales[locale];
  return prefix ? `${prefix}/${path}` : path;
}

/**
 * Which language a path (relative to the base, no leading slash) is in, and the path without its prefix:
 * `zh/papers/pcl/` → `{ locale: 'zh', path: 'papers/pcl/' }`.
 */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const [first = '', ...rest] = path.split('/');
  const match = LOCALES.find((l) => l !== DEFAULT_LOCALE && locales[l].prefix === first);
  return match ? { locale: match, path: rest.join('/') } : { locale: DEFAULT_LOCALE, path };
}
