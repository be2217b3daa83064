// The Chinese edition in a real Chromium: the language switch keeps the page and the filter query, and a
// Chinese search on /zh/ finds Chinese pages through Pagefind's own index for zh-CN.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { LARGE_DIST } from '../setup/build-large.ts';
import { DIST } from '../support/dist.ts';

let server: StaticServer;
let large: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  large = await serveStatic(LARGE_DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await large?.close();
});

async function open(path: string, site = server): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url(path));
  return page;
}
const close = (page: Page) => page.context().close();
const ready = (page: Page) =>
  page.waitForFunction(() => {
    const filter = document.querySelector<HTMLElement>('paper-filter');
    const busy = document.querySelector('[data-filter-list]')?.getAttribute('aria-busy') === 'true';
    return filter?.dataset['ready'] === 'true' && filter.dataset['rendered'] === location.search && !busy;
  });
const shown = (page: Page) =>
  page.$$eval('li[data-paper]', (items) =>
    items.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.getAttribute('data-paper') ?? ''),
  );

describe('the language switch', () => {
  it('goes to the same page in Chinese and back', async () => {
    const page = await open('venues/iclr/2021/');
    await page.locator('.language-switch a').click();
    await page.waitForURL(/\/zh\/venues\/iclr\/2021\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.locator('.language-switch a').click();
    await page.waitForURL((url) => url.pathname === '/venues/iclr/2021/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await close(page);
  });

  it('keeps the filter query, also one set after the page loaded, and the list it selects', async () => {
    const page = await open('?venue=iclr');
    await ready(page);
    await page.locator('input[data-facet="year"][value="2021"]').check();
    await page.waitForURL(/\?venue=iclr&year=2021$/);
    await ready(page);
    const english = await shown(page);
    // By keyboard: Tab onto the switch, then Enter.
    await page.locator('.language-switch a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/zh/' && url.search === '?venue=iclr&year=2021');
    await ready(page);
    expect(await shown(page)).toEqual(english);
    expect(await page.isChecked('input[data-facet="year"][value="2021"]')).toBe(true);
    expect(await page.textContent('[data-filter-status]')).toMatch(/^显示/);
    expect(await page.$$eval('[data-filter-chips] a', (a) => a.map((x) => x.textContent?.trim()))).toContain(
      '移除筛选：ICLR ×',
    );
    await close(page);
  });
});

describe('search in Chinese', () => {
  it('finds the Chinese pages of PCL and others by 原型', async () => {
    const page = await open('zh/');
    await ready(page);
    await page.keyboard.press('/');
    await page.keyboard.type('原型');
    await page.waitForURL((url) => url.searchParams.get('q') === '原型');
    await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent?.includes('“原型”'));
    const hits = await shown(page);
    expect(hits).toContain('pcl');
    expect(hits.length).toBeGreaterThan(1);
    // The cards are the Chinese ones.
    expect(await page.textContent('li[data-paper="pcl"] .paper-tldr')).toMatch(/原型/);
    expect(await page.getAttribute('li[data-paper="pcl"] .paper-title a', 'href')).toBe('/zh/papers/pcl/');
    await close(page);
  });

  it('answers from the zh-CN index with Chinese pages only, and the English index with English ones', async () => {
    // A string, so the test runner's transform leaves the browser's own import() alone.
    const search = (page: Page, term: string): Promise<string[]> =>
      page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const { results } = await pagefind.search(${JSON.stringify(term)});
        return Promise.all(results.map(async (r) => (await r.data()).url));
      })()`);
    const zh = await open('zh/');
    const chinese = await search(zh, '原型');
    expect(chinese.length).toBeGreaterThan(1);
    expect(chinese.every((url) => url.startsWith('/zh/'))).toBe(true);
    // A word inside a longer Chinese run is found too: Pagefind segments the text into words.
    expect(await search(zh, '动量编码器')).toContain('/zh/papers/moco/');
    await close(zh);
    const en = await open('');
    const english = await search(en, 'prototypical');
    expect(english).toContain('/papers/pcl/');
    expect(english.every((url) => !url.startsWith('/zh/'))).toBe(true);
    expect(await search(en, '原型')).toEqual([]);
    await close(en);
  });
});

describe('a large catalogue in Chinese', () => {
  it('draws cards from the Chinese index, linking within /zh/ and marking English tldrs', async () => {
    const page = await open('zh/', large);
    await ready(page);
    const first = page.locator('input[data-facet="venue"]').first();
    await first.check();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('paper-filter')?.dataset['indexed'] === 'true',
    );
    await ready(page);
    expect(await page.textContent('[data-filter-status]')).toMatch(/篇论文中显示 \d+ 篇（共 [\d,]+ 篇）。$/);
    const cards = page.locator('li[data-paper]');
    expect(await cards.count()).toBeGreaterThan(0);
    // The synthetic papers have no Chinese texts: their tldrs are English, and say so.
    expect(await cards.first().locator('.paper-tldr').getAttribute('lang')).toBe('en');
    const hrefs = await page.$$eval('li[data-paper] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs.filter((h) => h.startsWith('/'))) expect(href).toMatch(/^\/zh\//);
    await close(page);
  });
});
