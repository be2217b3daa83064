/**
 * `npm run check-links [-- --max 500]`: checks that the papers' external links (arXiv, OpenReview, `url`,
 * `code`) still exist. Offline (no answer from the probe URL within 5 s) it skips everything and exits 0,
 * so it never fails a run for lack of network. Online it exits 1 only when a link is dead (404 or 410).
 *
 * Flags: `--max N` caps the HTTP requests of the run (default 500); `--probe URL` replaces the
 * connectivity probe (default https://arxiv.org), which lets tests point it at a local server.
 * PAPERS_DIR selects another papers folder, as for the build.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks, externalLinks, formatReport, probeOnline } from './lib/external-links.ts';
import { isParsed, listPaperFiles, parsePaper } from './lib/read-papers.ts';

const CONCURRENCY = 4;
const TIMEOUT_MS = 10_000;
const PROBE_TIMEOUT_MS = 5_000;

const { values } = parseArgs({
  options: { max: { type: 'string', default: '500' }, probe: { type: 'string', default: 'https://arxiv.org' } },
});
const maxRequests = Number(values.max);
if (!Number.isInteger(maxRequests) || maxRequests < 1) {
  console.error(`--max must be a whole number of requests, at least 1 (got ${values.max})`);
  process.exit(2);
}

const dir = resolve(process.env['PAPERS_DIR'] ?? 'content/papers');
const parsed = listPaperFiles(dir, relative(process.cwd(), dir) || '.').map(parsePaper);
for (const failure of parsed.filter((p) => !isParsed(p))) {
  console.warn(`skipping ${failure.path}: it does not parse (npm run validate explains why)`);
}
const links = externalLinks(parsed.filter(isParsed));

if (!(await probeOnline(values.probe, PROBE_TIMEOUT_MS))) {
  console.log(`offline: skipped ${links.length} external links`);
  process.exit(0);
}

const started = performance.now();
console.log(`checking ${links.length} external link(s), ${CONCURRENCY} at a time, at most ${maxRequests} requests…`);
const results = await checkLinks(links, { concurrency: CONCURRENCY, timeoutMs: TIMEOUT_MS, maxRequests });
console.log(`${formatReport(links, results)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(results.some((r) => r.verdict === 'dead') ? 1 : 0);
