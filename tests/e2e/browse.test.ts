// The home page's filters, search and export in a real Chromium, against the built site served statically.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { DIST } from '../support/dist.ts';
import { expectedSlugs } from '../support/expected.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const catalogue = loadCatalogue();
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Slugs of the list items the reader can see. */
async function shown(page: Page): Promise<string[]> {
  return page.$$eval('li[data-paper]', (items) =>
    items
      .filter((li) => !(li as HTMLElement).hidden && (li as HTMLElement).offsetParent !== null)
      .map((li) => li.getAttribute('data-paper') ?? ''),
  );
}

async function open(query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(query));
  await page.waitForSelector('[data-filter-controls]:not([hidden])');
  return page;
}

const CASES = [
  '',
  '?venue=iclr',
  '?venue=iclr&year=2021',
  '?venue=neurips&year=2020',
  '?domain=vision,nlp',
  '?domain=graph',
  '?tag=hard-negatives',
  '?venue=iclr,neurips&domain=vision&tag=hard-negatives,prototypes',
  '?year=2021&domain=multimodal',
  '?venue=arxiv',
  '?venue=iclr&year=1999',
];

describe('filtering from the URL', () => {
  it.each(CASES)('shows exactly the matching papers for %s', async (query) => {
    const page = await open(query);
    const expected = expectedSlugs(catalogue, query);
    expect((await shown(page)).sort()).toEqual(expected);
    const status = await page.textContent('[data-filter-status]');
    expect(status).toContain(
      expected.length === catalogue.length ? `all ${catalogue.length}` : `${expected.length} of ${catalogue.length}`,
    );
    expect(await page.isVisible('[data-filter-empty]')).toBe(expected.length === 0);
    await page.close();
  });

  it('announces the count in a live region', async () => {
    const page = await open();
    expect(await page.getAttribute('[data-filter-status]', 'aria-live')).toBe('polite');
    await page.close();
  });
});

describe('filtering by clicking', () => {
  it('updates the URL and the list, and keeps the state across reload and history', async () => {
    const page = await open();
    await page.locator('details.facet:has(summary:text("Venue")) label:has(span:text-is("ICLR")) input').check();
    await page.waitForURL(/\?venue=iclr$/);
    expect((await shown(page)).sort()).toEqual(expectedSlugs(catalogue, '?venue=iclr'));

    await page
      .locator('details.facet:has(summary:text("Year"))')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('details.facet:has(summary:text("Year")) input[value="2021"]').check();
    await page.waitForURL(/\?venue=iclr&year=2021$/);
    const iclr2021 = expectedSlugs(catalogue, '?venue=iclr&year=2021');
    expect((await shown(page)).sort()).toEqual(iclr2021);

    await page.reload();
    await page.waitForSelector('[data-filter-controls]:not([hidden])');
    expect((await shown(page)).sort()).toEqual(iclr2021);
    expect(await page.isChecked('input[data-facet="year"][value="2021"]')).toBe(true);

    await page.goBack();
    await page.waitForURL(/\?venue=iclr$/);
    expect((await shown(page)).sort()).toEqual(expectedSlugs(catalogue, '?venue=iclr'));
    expect(await page.isChecked('input[data-facet="year"][value="2021"]')).toBe(false);

    await page.goForward();
    await page.waitForURL(/year=2021/);
    expect((await shown(page)).sort()).toEqual(iclr2021);

    await page.click('[data-filter-clear]');
    await page.waitForURL((url) => url.search === '');
    expect((await shown(page)).length).toBe(catalogue.length);
    await page.close();
  });

  it('sorts by title and oldest first, with the choice in the URL', async () => {
    const page = await open();
    await page.selectOption('select[name=sort]', 'title');
    await page.waitForURL(/sort=title/);
    const titles = await page.$$eval('li[data-paper]', (items) =>
      items.map((li) => li.getAttribute('data-title') ?? ''),
    );
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await page.selectOption('select[name=sort]', 'oldest');
    const years = await page.$$eval('li[data-paper]', (items) =>
      items.map((li) => Number(li.getAttribute('data-year'))),
    );
    expect(years).toEqual([...years].sort((a, b) => a - b));
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('lists every paper and hides the controls that would do nothing', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(server.url('?venue=iclr'));
    expect((await shown(page)).length).toBe(catalogue.length);
    expect(await page.isVisible('[data-filter-controls]')).toBe(false);
    await page.goto(server.url('venues/iclr/2021/'));
    expect((await shown(page)).sort()).toEqual(expectedSlugs(catalogue, '?venue=iclr&year=2021'));
    await noJs.close();
  });
});

describe('search', () => {
  it('finds PCL by "prototypical", loading Pagefind only when searching', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(server.url());
    await page.waitForSelector('[data-filter-controls]:not([hidden])');
    expect(requested.some((u) => u.includes('/pagefind/'))).toBe(false);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('paper-search');
    await page.keyboard.type('prototypical');
    await page.waitForURL(/q=prototypical/);
    await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent?.includes('matching'));
    const hits = await shown(page);
    expect(hits).toContain('pcl');
    expect(hits.length).toBeLessThan(catalogue.length);
    expect(requested.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('narrows a search with the facets', async () => {
    const page = await open('?q=contrastive&venue=iclr');
    await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent?.includes('matching'));
    const hits = await shown(page);
    expect(hits.length).toBeGreaterThan(0);
    const iclr = new Set(expectedSlugs(catalogue, '?venue=iclr'));
    expect(hits.every((slug) => iclr.has(slug))).toBe(true);
    await page.close();
  });
});

describe('BibTeX export', () => {
  it('downloads exactly the papers shown', async () => {
    const page = await open('?venue=neurips&year=2020');
    const expected = await shown(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-filter-export]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(readFileSync(`${DIST}/papers.json`, 'utf8')) as {
      papers: { slug: string; citationKey: string }[];
    };
    const keyOf = new Map(exported.papers.map((p) => [p.slug, p.citationKey]));
    const keys = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(expected.map((slug) => keyOf.get(slug)));
    expect(download.suggestedFilename()).toBe('contrastive-papers.bib');
    await page.close();
  });
});

describe('look and feel', () => {
  it('remembers the theme choice across pages', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url());
    await page.click('.theme-toggle');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.goto(server.url('papers/pcl/'));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('.theme-toggle', 'aria-pressed')).toBe('true');
    await page.click('.theme-toggle');
    await page.close();
  });

  it('fits a 360 px wide phone without horizontal scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    for (const path of ['', 'papers/pcl/', 'venues/iclr/2021/']) {
      const page = await phone.newPage();
      await page.goto(server.url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
    await phone.close();
  });

  it('has a skip link that moves focus to the content', async () => {
    const page = await context.newPage();
    await page.goto(server.url());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  it.each(['', 'venues/iclr/', 'papers/pcl/'])('/%s has no serious or critical violation', async (path) => {
    const page = await context.newPage();
    await page.goto(server.url(path));
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
