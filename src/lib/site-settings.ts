/**
 * The shape of the site's settings (src/site.config.ts) and how the environment overrides them. Kept apart
 * from the settings, so a fork edits values only. Plain TypeScript: Node loads it without Astro.
 */

import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** The sentences about the list itself, in one language. */
export interface SiteTexts {
  /** The home page's heading. */
  readonly heading: string;
  /** What the list holds, after a count: "98 … papers". */
  readonly listOf: string;
  /** What the list is about, completing "… papers": used in descriptions of facet pages. */
  readonly topic: string;
  /** The RSS feed's description. */
  readonly feedDescription: string;
  /** The footer's sentence about the list. */
  readonly about: string;
}

export interface SiteConfig extends SiteTexts {
  /** The site's name: page titles, the header, feeds, Open Graph. */
  readonly name: string;
  /**
   * The languages the site is built in, the default (English, at the root) first; each other one gets a
   * full edition under its prefix (src/i18n/locales.ts). A one-language list keeps `['en']`.
   */
  readonly locales: readonly Locale[];
  /** The sentences above in the site's other languages (the site's name stays the same in all). */
  readonly translations: { readonly [L in Locale]?: SiteTexts };
  /** Origin the site is deployed at (no path); canonical URLs, the sitemap and feeds are absolute on it. */
  readonly siteUrl: string;
  /** Sub-path the site is served under, `/` or `/name/`. */
  readonly basePath: string;
  /**
   * The GitHub repository (https URL, no trailing slash) that edit and issue links point to, if known. The
   * deployed repository is whoever forks it: GitHub Actions names it in GITHUB_REPOSITORY, and REPOSITORY_URL
   * overrides both.
   */
  readonly repository: string | undefined;
  /** The branch the edit links open files on. */
  readonly branch: string;
  /** Folder of the paper files, relative to the project root. */
  readonly papersDir: string;
  /** File name of BibTeX downloads from the home page. */
  readonly bibtexFileName: string;
  /** Where `npm run dev` serves the site, for messages that point a contributor at a preview. */
  readonly devUrl: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The settings with the environment's overrides applied (empty variables are ignored). */
export function withEnvironment(
  settings: SiteConfig,
  env: Environment = typeof process === 'undefined' ? {} : process.env,
): SiteConfig {
  return {
    ...settings,
    siteUrl: env['SITE_URL'] || settings.siteUrl,
    basePath: env['BASE_PATH'] || settings.basePath,
    papersDir: env['PAPERS_DIR'] || settings.papersDir,
    repository:
      env['REPOSITORY_URL'] ||
      (env['GITHUB_REPOSITORY'] ? `https://github.com/${env['GITHUB_REPOSITORY']}` : settings.repository),
  };
}

/** The list's own sentences in `locale` (English where a translation is missing). */
export function siteTexts(settings: SiteConfig, locale: Locale): SiteTexts {
  return (locale !== DEFAULT_LOCALE && settings.translations[locale]) || settings;
}

/**
 * The folder of a language's texts of the entries, beside the papers folder: content/papers → content/papers-zh,
 * one file per paper, named like its entry.
 */
export function translationsDirOf(papersDir: string, locale: Locale): string {
  return `${contentDirOf(papersDir)}/${translationsFolder(locale)}`;
}

/** The folder holding the papers folder (content/). */
export const contentDirOf = (papersDir: string): string =>
  papersDir.replace(/\/+$/, '').replace(/\/?[^/]*$/, '') || '.';

/** The name of a language's translations folder inside it. */
export const translationsFolder = (locale: Locale): string => `papers-${locale}`;
