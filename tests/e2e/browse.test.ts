// The home page's filters, search and export in a real Chromium, against the built site served statically.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { byNewest } from '../../src/lib/sort.ts';
import { LARGE_COUNT, LARGE_CORPUS, LARGE_DIST } from '../setup/build-large.ts';
import { loadCatalogue, type CataloguePaper } from '../support/catalogue.ts';
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

/** Slugs of the list items the reader can see, in display order. */
async function shown(page: Page): Promise<string[]> {
  return page.$$eval('li[data-paper]', (items) =>
    items
      .filter((li) => !(li as HTMLElement).hidden && (li as HTMLElement).offsetParent !== null)
      .map((li) => li.getAttribute('data-paper') ?? ''),
  );
}

/** Waits until the filter has drawn the list for the address now in the bar (its updates are asynchronous). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const filter = document.querySelector<HTMLElement>('paper-filter');
    const busy = document.querySelector('[data-filter-list]')?.getAttribute('aria-busy') === 'true';
    return filter?.dataset['ready'] === 'true' && filter.dataset['rendered'] === location.search && !busy;
  });
}

interface Corpus {
  readonly name: string;
  readonly papers: CataloguePaper[];
  /** How many cards the home page lists at most (everything, or a page at a time). */
  readonly limit: number;
  url(path?: string): string;
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

let large: StaticServer;
beforeAll(async () => {
  large = await serveStatic(LARGE_DIST);
});
afterAll(async () => large?.close());

const corpora: Corpus[] = [
  {
    name: `the catalogue (${catalogue.length} papers, full list)`,
    papers: catalogue,
    limit: Infinity,
    url: (p) => server.url(p),
  },
  {
    name: `a synthetic catalogue (${LARGE_COUNT} papers, paginated)`,
    papers: loadCatalogue(LARGE_CORPUS),
    limit: PAGE_SIZE,
    url: (p) => large.url(p),
  },
];

describe.each(corpora)('browsing $name', (corpus) => {
  /** What the list must show for a query: matches newest first, cut at the page size. */
  const expectedList = (query: string) => {
    const wanted = new Set(expectedSlugs(corpus.papers, query));
    return [...corpus.papers]
      .sort(byNewest)
      .map((p) => p.id)
      .filter((id) => wanted.has(id));
  };

  async function open(query = ''): Promise<Page> {
    const page = await context.newPage();
    await page.goto(corpus.url(query));
    await settled(page);
    return page;
  }

  it.each(CASES)('shows exactly the matching papers for %s', async (query) => {
    const page = await open(query);
    const expected = expectedList(query);
    expect(await shown(page)).toEqual(expected.slice(0, corpus.limit));
    expect(await page.getAttribute('paper-filter', 'data-shown')).toBe(String(expected.length));
    expect(await page.textContent('[data-filter-status]')).toContain(String(expected.length));
    expect(await page.isVisible('[data-filter-empty]')).toBe(expected.length === 0);
    // Unfiltered, a paginated home keeps its static page links; filtered, it offers "show more".
    const filtered = query !== '';
    expect(await page.isVisible('[data-filter-more]')).toBe(filtered && expected.length > corpus.limit);
    expect(await page.isVisible('[data-pagination]')).toBe(!filtered && expected.length > corpus.limit);
    await page.close();
  });

  it('announces the count in a live region', async () => {
    const page = await open();
    expect(await page.getAttribute('[data-filter-status]', 'aria-live')).toBe('polite');
    await page.close();
  });

  it('updates the URL and the list on clicks, and keeps the state across reload and history', async () => {
    const page = await open();
    await page
      .locator('details.facet:has(summary:text("Venue"))')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('input[data-facet="venue"][value="iclr"]').check();
    await page.waitForURL(/\?venue=iclr$/);
    await settled(page);
    expect(await shown(page)).toEqual(expectedList('?venue=iclr').slice(0, corpus.limit));

    await page
      .locator('details.facet:has(summary:text("Year"))')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('input[data-facet="year"][value="2021"]').check();
    await page.waitForURL(/\?venue=iclr&year=2021$/);
    await settled(page);
    const iclr2021 = expectedList('?venue=iclr&year=2021').slice(0, corpus.limit);
    expect(await shown(page)).toEqual(iclr2021);

    await page.reload();
    await settled(page);
    expect(await shown(page)).toEqual(iclr2021);
    expect(await page.isChecked('input[data-facet="year"][value="2021"]')).toBe(true);

    await page.goBack();
    await page.waitForURL(/\?venue=iclr$/);
    await page.waitForFunction(
      () => !(document.querySelector('input[data-facet="year"][value="2021"]') as HTMLInputElement).checked,
    );
    await settled(page);
    expect(await shown(page)).toEqual(expectedList('?venue=iclr').slice(0, corpus.limit));

    await page.goForward();
    await page.waitForURL(/year=2021/);
    await page.waitForFunction(
      () => (document.querySelector('input[data-facet="year"][value="2021"]') as HTMLInputElement).checked,
    );
    await settled(page);
    expect(await shown(page)).toEqual(iclr2021);

    await page.click('[data-filter-clear]');
    await page.waitForURL((url) => url.search === '');
    await settled(page);
    expect(await shown(page)).toEqual(expectedList('').slice(0, corpus.limit));
    await page.close();
  });

  it('sorts by title and oldest first, with the choice in the URL', async () => {
    const page = await open();
    await page.selectOption('select[name=sort]', 'title');
    await page.waitForURL(/sort=title/);
    await settled(page);
    const titles = await page.$$eval('li[data-paper]', (items) =>
      items.map((li) => li.getAttribute('data-title') ?? ''),
    );
    const allTitles = corpus.papers
      .map((p) => p.data.title)
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(titles).toEqual(allTitles.slice(0, corpus.limit));
    await page.selectOption('select[name=sort]', 'oldest');
    await page.waitForURL(/sort=oldest/);
    await settled(page);
    const years = await page.$$eval('li[data-paper]', (items) =>
      items.map((li) => Number(li.getAttribute('data-year'))),
    );
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years[0]).toBe(Math.min(...corpus.papers.map((p) => p.data.year)));
    await page.close();
  });

  it('exports exactly the papers the filter selects as BibTeX', async () => {
    const query = '?venue=neurips&year=2020';
    const page = await open(query);
    const expected = expectedList(query);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-filter-export]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    const distDir = corpus.limit === Infinity ? DIST : LARGE_DIST;
    const exported = JSON.parse(readFileSync(`${distDir}/papers.json`, 'utf8')) as {
      papers: { slug: string; citationKey: string }[];
    };
    const keyOf = new Map(exported.papers.map((p) => [p.slug, p.citationKey]));
    const keys = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(expected.map((slug) => keyOf.get(slug)));
    expect(download.suggestedFilename()).toBe('contrastive-papers.bib');
    await page.close();
  });
});

describe('a paginated catalogue', () => {
  it('shows more matches on request, and pages without JavaScript', async () => {
    const papers = loadCatalogue(LARGE_CORPUS);
    const page = await context.newPage();
    await page.goto(large.url('?venue=neurips,iclr'));
    await settled(page);
    const total = expectedSlugs(papers, '?venue=neurips,iclr').length;
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expect((await shown(page)).length).toBe(PAGE_SIZE);
    expect(await page.isVisible('[data-pagination]')).toBe(false);
    await page.click('[data-filter-more]');
    expect((await shown(page)).length).toBe(Math.min(total, 2 * PAGE_SIZE));
    await page.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(large.url());
    const newest = [...papers].sort(byNewest).map((p) => p.id);
    expect(await shown(plain)).toEqual(newest.slice(0, PAGE_SIZE));
    await plain.click('[data-pagination] a[rel=next]');
    // The click only starts the navigation: wait for the whole new page, not its first streamed chunk.
    await plain.waitForURL(large.url('page/2/'), { waitUntil: 'load' });
    expect(await shown(plain)).toEqual(newest.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    await noJs.close();
  });

  it('draws the same card markup as the server', async () => {
    // Filtered, the element draws cards from the index; the static page 2 has the server's cards.
    const page = await context.newPage();
    await page.goto(large.url('?sort=title'));
    await settled(page);
    const comparison = await page.evaluate(async (url) => {
      /** A card as data: tags, classes, attributes and trimmed text, whitespace between tags ignored. */
      const shape = (node: Element): unknown => ({
        tag: node.tagName,
        attributes: [...node.attributes].map((a) => `${a.name}=${a.value}`).sort(),
        text: [...node.childNodes]
          .filter((child) => child.nodeType === Node.TEXT_NODE)
          .map((child) => child.textContent?.trim())
          .join(''),
        children: [...node.children].map(shape),
      });
      const html = await (await fetch(url)).text();
      const server = new DOMParser().parseFromString(html, 'text/html');
      const pairs = [...document.querySelectorAll<HTMLElement>('li[data-paper]')].flatMap((drawn) => {
        const served = server.querySelector(`li[data-paper="${drawn.dataset['paper']}"]`);
        return served ? [[JSON.stringify(shape(drawn)), JSON.stringify(shape(served))]] : [];
      });
      return pairs;
    }, large.url('page/2/'));
    // Titles sort independently of age, so some of page 2's papers are among the first drawn by title.
    expect(comparison.length).toBeGreaterThan(5);
    for (const [drawn, served] of comparison) expect(drawn).toBe(served);
    // The optional parts were among them: a short name, OpenReview and code links.
    const drawn = comparison.map(([card]) => card).join('\n');
    for (const part of ['class=paper-short', 'href=https://openreview.net/', 'href=https://github.com/'])
      expect(drawn).toContain(part);
    await page.close();
  });

  it('keeps the home page small', () => {
    const bytes = readFileSync(`${LARGE_DIST}/index.html`).length;
    expect(bytes).toBeLessThan(300 * 1024);
  });
});

async function open(query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(query));
  await settled(page);
  return page;
}

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
    await page.waitForFunction(() => document.querySelector('paper-filter')?.getAttribute('data-ready') === 'true');
    expect(requested.some((u) => u.includes('/pagefind/'))).toBe(false);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('paper-search');
    await page.keyboard.type('prototypical');
    await page.waitForURL(/q=prototypical/);
    // Each keystroke searches; wait for the answer to the whole word, not to "p" or "pro".
    await page.waitForFunction(() =>
      document.querySelector('[data-filter-status]')?.textContent?.includes('matching “prototypical”'),
    );
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

describe('look and feel', () => {
  it('remembers the theme choice across pages', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url());
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(250, 250, 248)');
    await page.click('.theme-toggle');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(18, 20, 22)');
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
