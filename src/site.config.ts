/**
 * The site's settings, read once: everything a fork of this generator changes for its own list (name, topic,
 * where it is deployed, its repository) besides the vocabularies in src/data/ and the papers themselves.
 * Pages, scripts, tests and astro.config.mjs all import this module; it must stay plain TypeScript that Node
 * can load without Astro. SITE_URL, BASE_PATH and PAPERS_DIR in the environment override the values below.
 */

export interface SiteConfig {
  /** The site's name: page titles, the header, feeds, Open Graph. */
  readonly name: string;
  /** One line under the name on the home page. */
  readonly tagline: string;
  /** The home page's meta description and the feed's description. */
  readonly description: string;
  /** The home page's heading. */
  readonly heading: string;
  /** What the list holds, after a count: "98 contrastive and … papers". */
  readonly listOf: string;
  /** What the list is about, completing "… papers": used in descriptions of facet pages. */
  readonly topic: string;
  /** The RSS feed's description. */
  readonly feedDescription: string;
  /** The footer's sentence about the list. */
  readonly about: string;
  /** Origin the site is deployed at (no path); canonical URLs, the sitemap and feeds are absolute on it. */
  readonly siteUrl: string;
  /** Sub-path the site is served under, `/` or `/name/`. */
  readonly basePath: string;
  /**
   * The GitHub repository (https URL, no trailing slash) that edit and issue links point to, if known. Left
   * unset here because the deployed repository is whoever forks it: GitHub Actions names it in
   * GITHUB_REPOSITORY, and REPOSITORY_URL overrides both.
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

/** The values a fork edits. */
const settings = {
  name: 'Contrastive Papers',
  tagline: 'A curated reading list of contrastive and self-supervised representation learning.',
  description:
    'A curated, community-maintained reading list of contrastive and self-supervised learning papers, with verified metadata, summaries and BibTeX.',
  heading: 'Contrastive and self-supervised learning papers',
  listOf: 'contrastive and self-supervised learning papers',
  topic: 'contrastive learning',
  feedDescription: 'New entries on a curated reading list of contrastive and self-supervised learning papers.',
  about:
    'A community-maintained reading list of contrastive and self-supervised learning papers. Summaries are written by contributors in their own words.',
  siteUrl: 'http://localhost:4321',
  basePath: '/',
  repository: undefined as string | undefined,
  branch: 'main',
  papersDir: 'content/papers',
  bibtexFileName: 'contrastive-papers.bib',
  devUrl: 'http://localhost:4321',
} satisfies SiteConfig;

type Environment = Readonly<Record<string, string | undefined>>;

/** The settings with the environment's overrides applied (empty variables are ignored). */
export function siteConfig(env: Environment = typeof process === 'undefined' ? {} : process.env): SiteConfig {
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

/** The settings of this process. */
export const site: SiteConfig = siteConfig();
