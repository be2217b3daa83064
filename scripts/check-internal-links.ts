/**
 * `npx tsx scripts/check-internal-links.ts [distDir] [--base /contrastive-papers/] [--site https://…]`:
 * checks that every internal reference in a built site resolves to a file (and anchor) in it. Prints each
 * broken one as `<file>: <reference> (<reason>)` and exits 1 if there is any.
 *
 * Without flags, base and site come from BASE_PATH and SITE_URL with astro.config.mjs's defaults, so the
 * check matches a build made in the same environment; the folder defaults to OUT_DIR, then dist.
 */
import { parseArgs } from 'node:util';
import { checkSiteLinks, formatBroken, siteOptionsFromEnv } from './lib/site-links.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' }, site: { type: 'string' } },
});

const dist = positionals[0] ?? process.env['OUT_DIR'] ?? 'dist';
const fromEnv = siteOptionsFromEnv();
const base = values.base ?? fromEnv.base;
const site = values.site ?? fromEnv.site;

const started = performance.now();
const report = checkSiteLinks(dist, { base, site });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const link of report.broken) console.error(formatBroken(link));
const summary =
  `checked ${report.checked} internal reference(s) in ${report.files} file(s) of ${dist} ` +
  `(base ${base}, site ${site}; ${report.external} external skipped) in ${seconds} s`;
if (report.broken.length > 0) {
  console.error(`\n${report.broken.length} broken reference(s); ${summary}`);
  process.exit(1);
}
console.log(`No broken links: ${summary}`);
