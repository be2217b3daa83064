/**
 * The Astro configuration of the site, as a function: astro.config.mjs builds the production site with the
 * defaults, and bench/astro.config.mjs passes the benchmark's switches (math off, another KaTeX output), so
 * no benchmark setting lives in the production config. Site settings come from src/site.config.ts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroUserConfig } from 'astro';
import rehypeSanitize from 'rehype-sanitize';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import { INLINE_SCRIPTS } from '../client/inline-scripts.ts';
import { readBuiltPages } from '../integrations/built-pages.ts';
import { MATH_FONT_SOURCE, mathFontSubset } from '../integrations/math-font.ts';
import { validatePapers } from '../integrations/validate-papers.ts';
import { rehypeFocusableDisplayMath } from '../markdown/focusable-math.ts';
import { katexErrorCheck, rehypeCollectKatexErrors } from '../markdown/katex-errors.ts';
import { katexOptions } from '../markdown/katex-options.ts';
import { rehypeMathmlForBrowsers } from '../markdown/mathml.ts';
import { papersProcessor } from '../markdown/processor.ts';
import rehypeKatexTree from '../markdown/katex-tree.ts';
import { rehypeRawWhenPresent } from '../markdown/raw-html.ts';
import { sanitizeSchema } from '../markdown/sanitize-schema.ts';
import { DEFAULT_LOCALE, locales } from '../i18n/locales.ts';
import { site } from '../site.config.ts';

export interface BuildOptions {
  /** Typeset math (default). Off, formulas stay source text: the benchmark's baseline for the cost of math. */
  readonly math?: boolean | undefined;
  /** KaTeX's output format; MathML by default (src/markdown/katex-options.ts). */
  readonly katexOutput?: 'html' | 'mathml' | 'htmlAndMathml' | undefined;
}

const here = (path: string): URL => new URL(path, import.meta.url);

/**
 * Astro reuses rendered Markdown from its content cache unless the config's *serialisable* part changes, and
 * plugins are functions, so a changed pipeline would serve stale HTML. Keying the cache directory on the
 * pipeline's source and the locked dependency versions makes any such change start from a clean cache.
 */
function pipelineKey(options: BuildOptions): string {
  return (
    createHash('sha256')
      .update(readFileSync(here('../../package-lock.json')))
      .update(readFileSync(here('./astro-config.ts')))
      .update(
        readdirSync(here('../markdown/'))
          .sort()
          .map((name) => readFileSync(here(`../markdown/${name}`), 'utf8'))
          .join('\0'),
      )
      // The settings as the environment leaves them (REPOSITORY_URL, SITE_URL…): pages print them, yet no
      // page's cache key or code changes with them.
      .update(JSON.stringify(site))
      .update(options.math === false ? 'no-math' : `math:${options.katexOutput ?? ''}`)
      .digest('hex')
      .slice(0, 12)
  );
}

/**
 * The sitemap lists each page with its twins in the other languages (xhtml:link hreflang) and, as the pages
 * do, English as the x-default.
 */
function sitemapOptions(): SitemapOptions {
  if (site.locales.length < 2) return {};
  return {
    i18n: {
      defaultLocale: DEFAULT_LOCALE,
      locales: Object.fromEntries(
        site.locales.map((locale) => [locales[locale].prefix || DEFAULT_LOCALE, locales[locale].lang]),
      ),
    },
    serialize(item) {
      const english = item.links?.find((link) => link.lang === locales[DEFAULT_LOCALE].lang);
      return english ? { ...item, links: [...(item.links ?? []), { lang: 'x-default', url: english.url }] } : item;
    },
  };
}

/**
 * The remark and rehype plugins of every entry body. Order matters: parse raw HTML (where there is any),
 * sanitize, and only then typeset (KaTeX output is trusted).
 */
export function markdownPlugins(options: BuildOptions = {}): {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
} {
  const withMath = options.math !== false;
  const rehypeKatexOptions = options.katexOutput ? { ...katexOptions, output: options.katexOutput } : katexOptions;
  const mathPlugins: PluggableList = [
    [rehypeKatexTree, rehypeKatexOptions],
    rehypeCollectKatexErrors,
    ...(rehypeKatexOptions.output === 'mathml' ? [rehypeMathmlForBrowsers] : []),
    rehypeFocusableDisplayMath,
  ];
  return {
    remarkPlugins: withMath ? [remarkMath] : [],
    rehypePlugins: [rehypeRawWhenPresent, [rehypeSanitize, sanitizeSchema], ...(withMath ? mathPlugins : [])],
  };
}

export function astroConfig(options: BuildOptions = {}): AstroUserConfig {
  const mathmlOnly = (options.katexOutput ?? katexOptions.output) === 'mathml';
  return {
    site: site.siteUrl,
    base: site.basePath,
    outDir: process.env['OUT_DIR'] || './dist',
    // CP_CACHE_DIR gives a build a cache of its own (the benchmark's cold and warm builds, the reproducibility check).
    cacheDir: process.env['CP_CACHE_DIR'] || `./node_modules/.astro/${pipelineKey(options)}`,
    trailingSlash: 'ignore',
    compressHTML: true,
    // Eight pages in flight: rendering one page leaves the thread idle while its file is written, and more at
    // once fill those gaps (page generation at 1,000 papers: 7.0 s one at a time, 4.9 s eight at a time; the
    // same bytes either way, as tests/build/reproducible.test.ts checks).
    build: { format: 'directory', concurrency: 8 },
    // English at the root, every other language under its prefix (src/pages/[...lang]/ builds both).
    i18n: {
      defaultLocale: DEFAULT_LOCALE,
      locales: site.locales.map((locale) =>
        locale === DEFAULT_LOCALE ? locale : { path: locales[locale].prefix, codes: [locales[locale].lang] },
      ),
      routing: { prefixDefaultLocale: false },
    },
    integrations: [
      validatePapers(site.papersDir),
      sitemap(sitemapOptions()),
      // One read of every written page for both: first refuse formulas KaTeX could not parse, then cut the
      // math font down to what the formulas show. (Pagefind runs after the build, as its own command: run
      // from here through its Node API it held 5,000 papers' pages beside Astro's heap, 3.8 GB at peak.)
      readBuiltPages([katexErrorCheck, () => mathFontSubset({ source: MATH_FONT_SOURCE })]),
    ],
    // A per-page CSP <meta>: scripts only from this site plus the hashes Astro computes for its own inline
    // scripts, never 'unsafe-inline'. MathML output needs no inline styles at all; KaTeX's HTML output (only
    // when the benchmark asks for it) positions glyphs with style="" attributes, which are then allowed for
    // attributes only (style-src-attr), never for <style> elements.
    security: {
      csp: {
        directives: [
          "default-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ],
        // Inline scripts Astro does not hash itself (src/client/inline-scripts.ts).
        scriptDirective: {
          hashes: INLINE_SCRIPTS.map(
            (script) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const,
          ),
        },
        styleDirective: {
          resources: mathmlOnly ? ["'self'"] : ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
        },
      },
    },
    // KaTeX fonts must stay files: a data: URI font would need `font-src data:` in the CSP.
    // The dev server watches the project for changes: not the benchmark's corpora and builds, nor dist/ (each
    // holds thousands of files; crawling them held the first page back by many seconds).
    vite: {
      build: { assetsInlineLimit: 0 },
      server: { watch: { ignored: ['**/bench/.work/**', '**/dist/**', '**/test-results.json'] } },
    },
    // Warm rebuilds reuse every page whose getStaticPaths cacheKey is unchanged (src/lib/cache-keys.ts).
    experimental: { incrementalBuild: true },
    markdown: {
      syntaxHighlight: false,
      // Astro 7's default processor (Sätteri) ignores remark/rehype plugins, so math needs unified()'s pipeline:
      // src/markdown/processor.ts is that pipeline without its closing, redundant rehype-raw pass.
      processor: papersProcessor(markdownPlugins(options)),
    },
  } as AstroUserConfig;
}
