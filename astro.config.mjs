// Site configuration. SITE_URL and BASE_PATH come from the environment so the same build serves
// locally at / and on GitHub Pages under /<repo>/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkMath from 'remark-math';
import { rehypeFocusableDisplayMath } from './src/markdown/focusable-math.ts';
import { rehypeMathmlForBrowsers } from './src/markdown/mathml.ts';
import { katexErrorCheck, rehypeCollectKatexErrors } from './src/markdown/katex-errors.ts';
import { katexOptions } from './src/markdown/katex-options.ts';
import { readBuiltPages } from './src/integrations/built-pages.ts';
import { MATH_FONT_SOURCE, mathFontSubset } from './src/integrations/math-font.ts';
import { sanitizeSchema } from './src/markdown/sanitize-schema.ts';

// CP_MATH=off builds without typesetting (the benchmark's baseline for the cost of math).
const withMath = process.env.CP_MATH !== 'off';
// CP_KATEX_OUTPUT=html|mathml|htmlAndMathml overrides KaTeX's output format (for benchmark comparisons).
const katexOutput = process.env.CP_KATEX_OUTPUT;
const rehypeKatexOptions = katexOutput ? { ...katexOptions, output: katexOutput } : katexOptions;
const mathmlOnly = rehypeKatexOptions.output === 'mathml';
const mathPlugins = [
  [rehypeKatex, rehypeKatexOptions],
  rehypeCollectKatexErrors,
  ...(mathmlOnly ? [rehypeMathmlForBrowsers] : []),
  rehypeFocusableDisplayMath,
];

// Astro reuses rendered Markdown from its content cache unless the config's *serialisable* part changes,
// and plugins are functions, so a changed pipeline would serve stale HTML. Keying the cache directory on the
// pipeline's source and the locked dependency versions makes any such change start from a clean cache.
const pipelineKey = createHash('sha256')
  .update(readFileSync(new URL('./package-lock.json', import.meta.url)))
  .update(readFileSync(new URL('./astro.config.mjs', import.meta.url)))
  .update(
    readdirSync(new URL('./src/markdown/', import.meta.url))
      .sort()
      .map((name) => readFileSync(new URL(`./src/markdown/${name}`, import.meta.url), 'utf8'))
      .join('\0'),
  )
  .update(process.env.PAPERS_DIR ?? '')
  .update(withMath ? `math:${katexOutput ?? ''}` : 'no-math')
  .digest('hex')
  .slice(0, 12);

const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // CP_CACHE_DIR lets the benchmark measure cold and warm builds with a cache of its own.
  cacheDir: process.env.CP_CACHE_DIR || `./node_modules/.astro/${pipelineKey}`,
  trailingSlash: 'ignore',
  compressHTML: true,
  build: { format: 'directory' },
  integrations: [
    sitemap(),
    // One read of every written page for both: first refuse formulas KaTeX could not parse, then cut the
    // math font down to what the formulas show.
    readBuiltPages([katexErrorCheck, () => mathFontSubset({ source: MATH_FONT_SOURCE })]),
  ],
  // A per-page CSP <meta>: scripts only from this site plus the hashes Astro computes for its own inline
  // scripts, never 'unsafe-inline'. MathML output needs no inline styles at all; KaTeX's HTML output (only
  // when CP_KATEX_OUTPUT asks for it) positions glyphs with style="" attributes, which are then allowed for
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
      styleDirective: {
        resources: mathmlOnly ? ["'self'"] : ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  // KaTeX fonts must stay files: a data: URI font would need `font-src data:` in the CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  // Warm rebuilds reuse every page whose getStaticPaths cacheKey is unchanged (src/lib/cache-keys.ts).
  experimental: { incrementalBuild: true },
  markdown: {
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins, so math needs unified().
    processor: unified({
      remarkPlugins: withMath ? [remarkMath] : [],
      rehypePlugins: [
        // Order matters: parse raw HTML, sanitize it, and only then typeset (KaTeX output is trusted).
        rehypeRaw,
        [rehypeSanitize, sanitizeSchema],
        ...(withMath ? mathPlugins : []),
      ],
    }),
  },
});
