// Internal link integrity of the real site, at the root (the suite's build) and under a sub-path.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSiteLinks, formatBroken, siteOptionsFromEnv, type LinkReport } from '../../scripts/lib/site-links.ts';
import { buildSite } from '../../scripts/reproducible.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { DIST } from '../support/dist.ts';
import { run } from '../support/run.ts';

const papers = loadCatalogue().length;
// Every paper is referenced from its own page, the lists, the sitemap and more: far more than once each.
const atLeast = 4 * papers;

describe('internal links of the default build', () => {
  it('all resolve to files and anchors in dist/', () => {
    const report = checkSiteLinks(DIST, siteOptionsFromEnv());
    expect(report.broken.map(formatBroken)).toEqual([]);
    expect(report.checked).toBeGreaterThan(atLeast);
  });
});

describe('internal links of a build under /contrastive-papers/', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cp-links-'));
  const out = join(scratch, 'dist');
  const base = '/contrastive-papers/';
  const site = 'https://example.github.io';
  let report: LinkReport;

  beforeAll(() => {
    const result = buildSite(out, { env: { BASE_PATH: base, SITE_URL: site } });
    if (result.code !== 0) throw new Error(`npm run build under ${base} failed:\n${result.output.slice(-4000)}`);
    report = checkSiteLinks(out, { base, site });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('all start with the base path and resolve to files and anchors', () => {
    expect(report.broken.map(formatBroken)).toEqual([]);
  });

  it('were actually checked, many per paper', () => {
    expect(report.checked).toBeGreaterThan(atLeast);
  });

  it('pass the command-line checker too', () => {
    const result = run('npx', ['tsx', 'scripts/check-internal-links.ts', out, '--base', base, '--site', site]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain(`checked ${report.checked} internal reference(s)`);
  });
});
