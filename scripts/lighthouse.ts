/**
 * `npm run lighthouse`: scores the built site with Lighthouse (mobile preset) in Debian's Chromium: the
 * home page, a venue page and a formula-heavy paper page, and the Chinese home and paper pages. Prints a table of the four category scores and
 * exits 1 if any page scores below --min (default 0, i.e. report only). Builds the site first if dist/ is missing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { spawnSync } from 'node:child_process';

const { values } = parseArgs({
  options: {
    min: { type: 'string', default: '0' },
    pages: { type: 'string', default: ',venues/iclr/,papers/pcl/,zh/,zh/papers/pcl/' },
  },
});
const DIST = process.env['OUT_DIR'] ?? 'dist';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(`${DIST}/index.html`)) {
  console.log(`no ${DIST}/index.html: building the site first`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveStatic(DIST);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS] });
const rows: string[] = [];
let lowest = 100;
try {
  for (const path of values.pages.split(',')) {
    const url = server.url(path);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    lowest = Math.min(lowest, ...scores);
    rows.push(`| /${path} | ${scores.join(' | ')} |`);
    const failing = Object.values(result?.lhr.audits ?? {}).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
    );
    for (const audit of failing.slice(0, 8))
      console.error(`  /${path}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
const table = [
  '| page | performance | accessibility | best practices | SEO |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
console.log(`\nLighthouse ${'(mobile preset)'}, Chromium at ${CHROMIUM}:\n\n${table}\n`);
writeFileSync('bench/lighthouse.md', `# Lighthouse (mobile preset)\n\n${table}\n`);
if (lowest < Number(values.min)) process.exit(1);
