// The internal link checker over a tiny fabricated dist/, one planted defect per kind of reference.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkSiteLinks,
  cssReferences,
  formatBroken,
  normaliseBase,
  srcsetUrls,
  xmlReferences,
} from '../../scripts/lib/site-links.ts';
import { run } from '../support/run.ts';

const BASE = '/contrastive-papers/';
const SITE = 'https://example.github.io';
const options = { base: BASE, site: SITE };

function writeTree(root: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body><main id="main">${body}</main></body></html>`;

const GOOD = {
  'index.html': page(
    `<link rel="canonical" href="${SITE}${BASE}"><meta property="og:url" content="${SITE}${BASE}">` +
      `<link rel="stylesheet" href="${BASE}_astro/site.css"><style>.x{background:url(${BASE}img/a.png)}</style>`,
    `<a href="#main">skip</a> <a href="${BASE}papers/pcl/">PCL</a> <a href="papers/pcl/#objective">objective</a>` +
      ` <a href="${BASE}papers/pcl">no slash</a> <a href="${SITE}${BASE}papers/pcl/?from=home#top">abs</a>` +
      ` <img src="img/a.png" srcset="img/a.png 1x, ${BASE}img/b%20c.png 2x"> <a href="mailto:x@example.org">mail</a>` +
      ` <a href="https://arxiv.org/abs/2005.04966">arXiv</a> <a href="//cdn.example.org/x.js">cdn</a>`,
  ),
  'papers/pcl/index.html': page(
    '',
    `<h2 id="objective">Objective</h2><a name="legacy"></a><a href="../../#main">home</a>`,
  ),
  '_astro/site.css':
    `@font-face{src:url(./font.woff2) format("woff2"),url("data:font/woff2;base64,AA==")}` +
    `/* url(commented-out.png) */ .f{filter:url(#svg-filter)}`,
  '_astro/font.woff2': 'font',
  'img/a.png': 'png',
  'img/b c.png': 'png',
  'sitemap-0.xml': `<?xml version="1.0"?><urlset><url><loc>${SITE}${BASE}papers/pcl/</loc></url></urlset>`,
  'rss.xml':
    `<rss><channel><link>${SITE}${BASE}</link><item><link>${SITE}${BASE}papers/pcl/</link>` +
    `<guid isPermaLink="false">pcl-2021</guid><description><![CDATA[<a href="/nowhere">x</a>]]></description></item></channel></rss>`,
  'papers.json': JSON.stringify({ papers: [{ url: `${SITE}${BASE}papers/pcl/`, arxiv: 'https://arxiv.org/abs/1' }] }),
  'papers.bib': `@inproceedings{li2021pcl,\n  url = {${SITE}${BASE}papers/pcl/},\n  note = {https://arxiv.org/abs/2005.04966}\n}\n`,
};

const BROKEN = {
  'broken/index.html': page(
    `<meta property="og:url" content="${BASE}broken/">`,
    `<a href="${BASE}papers/missing/">missing page</a> <a href="${BASE}papers/pcl/#nope">missing anchor</a>` +
      ` <a href="/papers/pcl/">no base</a> <a href="#not-here">same page</a>` +
      ` <img srcset="${BASE}img/a.png 1x, ${BASE}img/gone.png 2x">`,
  ),
  'broken/site.css': `.a{background:url(../img/a.png)} .b{background:url('../img/gone.png')}`,
  'broken/sitemap.xml': `<urlset><url><loc>${SITE}${BASE}papers/ghost/</loc></url><url><loc>${BASE}papers/pcl/</loc></url></urlset>`,
  'broken/feed.xml': `<rss><channel><link>${SITE}/</link></channel></rss>`,
  'broken/export.json': JSON.stringify([{ page: `${SITE}${BASE}papers/old-slug/` }]),
  'broken/export.bib': `@misc{x, url = {${SITE}${BASE}papers/bib-ghost/}}`,
};

describe('internal link checker', () => {
  let good: string;
  let mixed: string;

  beforeAll(() => {
    good = mkdtempSync(join(tmpdir(), 'site-links-good-'));
    writeTree(good, GOOD);
    mixed = mkdtempSync(join(tmpdir(), 'site-links-mixed-'));
    writeTree(mixed, { ...GOOD, ...BROKEN });
  });
  afterAll(() => {
    rmSync(good, { recursive: true, force: true });
    rmSync(mixed, { recursive: true, force: true });
  });

  it('accepts a site whose every internal reference resolves, counting them and skipping other origins', () => {
    const report = checkSiteLinks(good, options);
    expect(report.broken.map(formatBroken)).toEqual([]);
    expect(report.checked).toBe(19);
    expect(report.external).toBe(4);
  });

  it('reports each planted defect, with its file, reference and reason', () => {
    const lines = checkSiteLinks(mixed, options).broken.map(formatBroken);
    expect(lines).toEqual([
      'broken/export.bib: https://example.github.io/contrastive-papers/papers/bib-ghost/ (no file papers/bib-ghost/index.html)',
      'broken/export.json: https://example.github.io/contrastive-papers/papers/old-slug/ (no file papers/old-slug/index.html)',
      'broken/feed.xml: https://example.github.io/ (outside the base path /contrastive-papers/)',
      'broken/index.html: /contrastive-papers/broken/ (not an absolute URL)',
      'broken/index.html: /contrastive-papers/papers/missing/ (no file papers/missing/index.html)',
      'broken/index.html: /contrastive-papers/papers/pcl/#nope (no element with id "nope" in papers/pcl/index.html)',
      'broken/index.html: /papers/pcl/ (outside the base path /contrastive-papers/)',
      'broken/index.html: #not-here (no element with id "not-here" in broken/index.html)',
      'broken/index.html: /contrastive-papers/img/gone.png (no file img/gone.png)',
      'broken/site.css: ../img/gone.png (no file img/gone.png)',
      'broken/sitemap.xml: https://example.github.io/contrastive-papers/papers/ghost/ (no file papers/ghost/index.html)',
      'broken/sitemap.xml: /contrastive-papers/papers/pcl/ (not an absolute URL)',
    ]);
  });

  it('treats the same tree as broken when checked under another base', () => {
    const report = checkSiteLinks(good, { base: '/', site: SITE });
    expect(report.broken.some((b) => b.reason === 'no file contrastive-papers/papers/pcl/index.html')).toBe(true);
  });

  // Two tsx start-ups: slower than a unit test's default 5 s on a loaded two-core machine.
  it('exits 1 from the command line and prints one line per broken reference', { timeout: 60_000 }, () => {
    const failing = run('npx', ['tsx', 'scripts/check-internal-links.ts', mixed, '--base', BASE, '--site', SITE]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('broken/index.html: /papers/pcl/ (outside the base path /contrastive-papers/)\n');
    expect(failing.stderr).toMatch(/^12 broken reference\(s\)/m);
    const passing = run('npx', [
      'tsx',
      'scripts/check-internal-links.ts',
      good,
      '--base',
      'contrastive-papers',
      '--site',
      SITE,
    ]);
    expect(passing.code, passing.output).toBe(0);
    expect(passing.stdout).toMatch(/checked 19 internal reference/);
  });
});

describe('reference extraction', () => {
  it('normalises the base path', () => {
    expect(['/', '', 'x', '/x', 'x/', '/x/y/'].map(normaliseBase)).toEqual(['/', '/', '/x/', '/x/', '/x/', '/x/y/']);
  });

  it('splits srcset candidates, keeping commas inside a URL', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png 640w,b.png 1280w')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('data:image/png;base64,AAA= 1x, c.png 2x')).toEqual(['data:image/png;base64,AAA=', 'c.png']);
  });

  it('reads CSS url() and @import targets but not comments or SVG fragment references', () => {
    const refs = cssReferences(`@import "a.css"; /* url(x.png) */ .a{b:url( 'y.png' ) url(z.png) url(#f)}`);
    expect(refs.map((r) => r.value)).toEqual(['y.png', 'z.png', 'a.css']);
  });

  it('reads sitemap and feed URLs, decoding entities and leaving non-permalink guids and CDATA alone', () => {
    const refs = xmlReferences(
      `<?xml-stylesheet href="/feed.xsl"?><rss><channel><link>https://a.test/?x=1&amp;y=2</link>` +
        `<guid isPermaLink="false">id-1</guid><guid>https://a.test/p/</guid>` +
        `<description><![CDATA[<a href="/x">https://a.test/in-cdata</a>]]></description>` +
        `<enclosure url="https://a.test/e.mp3"/><atom:link href="https://a.test/rss.xml" rel="self"/></channel></rss>`,
    );
    expect(refs).toEqual([
      { value: 'https://a.test/?x=1&y=2', mustBeAbsolute: true },
      { value: 'https://a.test/p/', mustBeAbsolute: true },
      { value: '/feed.xsl' },
      { value: 'https://a.test/e.mp3' },
      { value: 'https://a.test/rss.xml' },
    ]);
  });
});
