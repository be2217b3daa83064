/**
 * `npm run bench [-- --sizes 1000,5000]`: builds synthetic catalogues with the real `npm run build`
 * (validation, every facet page, Pagefind, feeds) and reports, side by side in one run: cold build with and
 * without math, a warm rebuild after one edited entry, peak RSS, dist/ size, home page weight, and filter
 * latency in Chromium, the dev server's first page, and the same corpus built by a minimal Eleventy reference
 * (bench/eleventy.ts). Writes a
 * Markdown table to stdout and bench/results.md. Not part of `npm test`.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { writeCorpus } from './generate.ts';
import { devFirstPage, type DevTimes } from './dev-server.ts';
import { eleventyReference } from './eleventy.ts';
import { directorySize, measure, type Measured } from './measure.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const sizes = option('sizes', '1000,5000').split(',').map(Number);
const WORK = resolve('bench/.work');

interface Row {
  size: number;
  coldOn: Measured;
  coldOff: Measured;
  warm: Measured;
  /** The same corpus built by the Eleventy reference (bench/eleventy.ts). */
  eleventy: Measured;
  distBytes: number;
  homeBytes: number;
  homeGzip: number;
  filterMs: number[];
  /** `astro dev` to its first page: with an empty cache, and on its second start (the cache the first left). */
  devCold: DevTimes;
  devWarm: DevTimes;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const s = (m: Measured) => `${m.seconds.toFixed(1)} s`;

async function build(corpus: string, out: string, cache: string, env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  const result = await measure('npm', ['run', 'build'], {
    PAPERS_DIR: corpus,
    OUT_DIR: out,
    CP_CACHE_DIR: cache,
    CP_ASTRO_CONFIG: 'bench/astro.config.mjs',
    ...env,
  });
  if (result.code !== 0) throw new Error(`build of ${corpus} failed:\n${result.output.slice(-3000)}`);
  return result;
}

/** Time from applying a filter to the updated list, in the real element, for a few typical queries. */
async function filterLatency(out: string): Promise<number[]> {
  const server = await serveStatic(out);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url());
    await page.waitForFunction(() => {
      const element = document.querySelector('paper-filter');
      // A paginated home fetches its index and warms the filter up when the page is idle: time the filter
      // once that is done, as a reader who has looked at the page for a moment meets it.
      return (
        element?.getAttribute('data-ready') === 'true' &&
        (!element.hasAttribute('data-index') || element.getAttribute('data-warm') === 'true')
      );
    });
    const queries = [
      '?venue=iclr',
      '?venue=iclr,neurips&year=2021',
      '?domain=vision,nlp&tag=hard-negatives',
      '?sort=title',
      '',
    ];
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const query of queries) {
        times.push(
          await page.evaluate(async (q) => {
            const element = document.querySelector('paper-filter') as HTMLElement & {
              applyQuery(s: string): Promise<void>;
            };
            const start = performance.now();
            await element.applyQuery(q);
            return performance.now() - start;
          }, query),
        );
      }
    }
    return times.sort((a, b) => a - b);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchSize(size: number): Promise<Row> {
  const corpus = join(WORK, `corpus-${size}`);
  writeCorpus(corpus, { count: size });
  const out = (mode: string) => join(WORK, `dist-${size}-${mode}`);
  const cache = (mode: string) => join(WORK, `cache-${size}-${mode}`);
  for (const mode of ['on', 'off']) {
    rmSync(cache(mode), { recursive: true, force: true });
    rmSync(out(mode), { recursive: true, force: true });
  }
  // Cold means no cache of any kind, the validator's formula cache included.
  const validatorCache = 'node_modules/.cache/contrastive-papers';
  rmSync(validatorCache, { recursive: true, force: true });
  log(`${size}: cold build with math`);
  const coldOn = await build(corpus, out('on'), cache('on'));
  log(`${size}: cold build without math`);
  // NO_CACHE keeps this build from reading (or overwriting) the formula cache the first build left.
  const coldOff = await build(corpus, out('off'), cache('off'), { CP_MATH: 'off', NO_CACHE: '1' });
  // A contributor's typical change: one summary edited.
  appendFileSync(join(corpus, 'synthetic-00001.md'), '\nOne more sentence, edited for the warm rebuild.\n');
  log(`${size}: warm rebuild after one edit`);
  const warm = await build(corpus, out('on'), cache('on'));
  log(`${size}: the Eleventy reference build`);
  const eleventy = await eleventyReference(corpus, WORK);
  const home = readFileSync(join(out('on'), 'index.html'));
  log(`${size}: dev server, empty cache then its second start`);
  const devCache = join(WORK, `cache-${size}-dev`);
  rmSync(devCache, { recursive: true, force: true });
  const devCold = await devFirstPage(corpus, devCache);
  // The second `npm run dev` of a contributor: the cache the first one left. (A build's cache does not serve:
  // its Astro config differs, outDir for one, and Astro clears the content store when the config changes.)
  const devWarm = await devFirstPage(corpus, devCache);
  log(`${size}: filter latency in Chromium`);
  return {
    size,
    coldOn,
    coldOff,
    warm,
    eleventy,
    distBytes: directorySize(out('on')),
    homeBytes: home.length,
    homeGzip: gzipSync(home).length,
    devCold,
    devWarm,
    filterMs: await filterLatency(out('on')),
  };
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function report(rows: Row[]): string {
  const lines = [
    `# Build benchmark`,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} RAM, Node ${process.version}. ` +
      'All builds of one table ran side by side in one invocation; the machine is shared, so compare ratios.',
    '',
    '| papers | cold (math) | Eleventy reference | cold / Eleventy | cold (no math) | math overhead | ms/paper | warm rebuild | warm / cold | peak RSS | dist/ | home HTML (gzip) | filter median / max | dev first page (empty cache / second start) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const median = r.filterMs[Math.floor(r.filterMs.length / 2)] ?? 0;
    const max = r.filterMs[r.filterMs.length - 1] ?? 0;
    lines.push(
      `| ${r.size} | ${s(r.coldOn)} | ${s(r.eleventy)} | ${(r.coldOn.seconds / r.eleventy.seconds).toFixed(1)}× | ` +
        `${s(r.coldOff)} | ${(r.coldOn.seconds / r.coldOff.seconds).toFixed(2)}× | ` +
        `${((r.coldOn.seconds * 1000) / r.size).toFixed(1)} | ${s(r.warm)} | ${((100 * r.warm.seconds) / r.coldOn.seconds).toFixed(0)}% | ` +
        `${mb(Math.max(r.coldOn.peakRss, r.warm.peakRss))} | ${mb(r.distBytes)} | ${kb(r.homeBytes)} (${kb(r.homeGzip)}) | ` +
        `${median.toFixed(1)} / ${max.toFixed(1)} ms | ${r.devCold.firstPage.toFixed(1)} s / ${r.devWarm.firstPage.toFixed(1)} s |`,
    );
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first && last && first !== last) {
    const scaling = last.coldOn.seconds / last.size / (first.coldOn.seconds / first.size);
    lines.push('', `Scaling: ms/paper at ${last.size} is ${scaling.toFixed(2)}× ms/paper at ${first.size}.`);
  }
  lines.push(
    '',
    'The Eleventy reference (bench/eleventy.ts) builds the same papers with Eleventy 3, markdown-it and KaTeX (MathML): a page per paper, venue and domain, and a home page.',
    'Our build is the whole site in both languages (validation, map, stats, Pagefind, feeds, font subset); the reference builds one language.',
    'Targets: cold ≤ 3.5× the Eleventy reference; math overhead ≤ 1.5× at 5,000; scaling ≤ 1.2×; warm ≤ 25% of cold; peak RSS ≤ 2 GB; home ≤ 300 KB gzipped; filter ≤ 16 ms; dev server first page < 3 s.',
    '',
  );
  return lines.join('\n');
}

const rows: Row[] = [];
for (const size of sizes) rows.push(await benchSize(size));
const table = report(rows);
process.stdout.write(table);
writeFileSync('bench/results.md', table);
