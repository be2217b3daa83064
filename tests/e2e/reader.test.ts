// The reader's view in a real Chromium: chips, facets by width, a header that holds, axe in both themes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { LARGE_DIST } from '../setup/build-large.ts';
import { DIST } from '../support/dist.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  path: string,
  options: { width?: number; javaScript?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await page.goto(server.url(path));
  if (options.javaScript !== false && path.replace(/\?.*/, '') === '') {
    await page.waitForFunction(() => document.querySelector<HTMLElement>('paper-filter')?.dataset['ready'] === 'true');
  }
  return page;
}
const close = (page: Page) => page.context().close();
const settled = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector<HTMLElement>('paper-filter')?.dataset['rendered'] === location.search,
  );
const chipTexts = (page: Page) =>
  page.$$eval('[data-filter-chips] a', (links) => links.map((a) => a.textContent?.replace(/\s+/g, ' ').trim()));

describe('active filters as chips', () => {
  it('appear for each selected value, and removing one updates the URL and the list', async () => {
    const page = await open('');
    expect(await page.isHidden('[data-filter-chips]')).toBe(true);
    await page.locator('input[data-facet="venue"][value="iclr"]').check();
    await page.waitForURL(/\?venue=iclr$/);
    await page.locator('input[data-facet="year"][value="2021"]').check();
    await page.waitForURL(/\?venue=iclr&year=2021$/);
    await settled(page);
    expect(await chipTexts(page)).toEqual(['Remove filter: ICLR ×', 'Remove filter: 2021 ×']);
    expect(await page.getAttribute('[data-filter-chips] a >> nth=0', 'href')).toBe('/?year=2021');
    await page.locator('[data-filter-chips] a').first().click();
    await page.waitForURL(/\?year=2021$/);
    await settled(page);
    expect(await chipTexts(page)).toEqual(['Remove filter: 2021 ×']);
    expect(await page.isChecked('input[data-facet="venue"][value="iclr"]')).toBe(false);
    // The focus moves to the remaining chip rather than being lost with the removed one.
    expect(await page.evaluate(() => document.activeElement?.textContent?.includes('2021'))).toBe(true);
    await close(page);
  });

  it('are links that work without JavaScript on the static pages', async () => {
    const page = await open('venues/iclr/2021/', { javaScript: false });
    await page.getByRole('link', { name: 'Remove filter: 2021' }).click();
    await page.waitForURL(/\/venues\/iclr\/$/);
    expect(await page.textContent('h1')).toBe('ICLR');
    await close(page);
  });
});

describe('facets', () => {
  it('are open at 1024 px and wider, folded on narrow screens, and open without JavaScript', async () => {
    const openCount = (page: Page) =>
      page.$$eval('details.facet', (all) => all.filter((d) => (d as HTMLDetailsElement).open).length);
    for (const width of [1024, 1280]) {
      const page = await open('', { width });
      expect(await openCount(page), `${width}`).toBe(4);
      await close(page);
    }
    const narrow = await open('', { width: 360 });
    expect(await openCount(narrow)).toBe(0);
    await narrow.click('details.facet summary >> text=Venue');
    expect(await openCount(narrow)).toBe(1);
    await close(narrow);
    const plain = await open('', { width: 360, javaScript: false });
    expect(await openCount(plain)).toBe(4);
    // Without a script each value is a link to its page; with one, a checkbox label.
    await plain.click('a.facet-label >> text=ICLR');
    await plain.waitForURL(/\/venues\/iclr\/$/);
    await close(plain);
    const scripted = await open('');
    expect(await scripted.$$('a.facet-label')).toHaveLength(0);
    await scripted.click('.facet-label >> text=ICLR');
    await scripted.waitForURL(/\?venue=iclr$/);
    await close(scripted);
  });
});

describe('the header', () => {
  it('stays on one row from 1024 px, shows every section from 768 px, and nothing scrolls sideways', async () => {
    for (const width of [360, 768, 1024, 1280]) {
      const page = await open('papers/pcl/', { width });
      const box = (selector: string) => page.locator(selector).boundingBox();
      const [name, nav, toggle] = await Promise.all([box('.site-name'), box('.site-nav'), box('.theme-toggle')]);
      if (width >= 768) {
        const hidden = await page.$eval('.site-nav', (nav) => nav.scrollWidth - nav.clientWidth);
        expect(hidden, `${width}: sections cut off`).toBe(0);
      }
      if (width >= 1024) {
        for (const other of [nav, toggle])
          expect(Math.abs((other?.y ?? 0) - (name?.y ?? 0)), `${width}`).toBeLessThan(24);
      } else {
        expect(Math.abs((toggle?.y ?? 0) - (name?.y ?? 0)), `${width}`).toBeLessThan(24);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width}`).toBe(0);
      await close(page);
    }
  });
});

describe('the map', () => {
  it('takes a reader from a node to its paper', async () => {
    const page = await open('map/vision/');
    await page.locator('svg.map a.map-node[href="../../papers/simsiam/"]').click();
    await page.waitForURL(/\/papers\/simsiam\/$/);
    expect(await page.textContent('h1')).toBe('Exploring Simple Siamese Representation Learning');
    await close(page);
  });
});

describe('a later home page of a large catalogue', () => {
  it('is valid HTML for the W3C Nu checker too', () => {
    // The real catalogue fits on one home page; the 600-paper corpus of the e2e setup has /page/2/.
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const files = ['index.html', 'page/2/index.html'].map((f) => join(LARGE_DIST, f));
    const result = spawnSync('java', ['-jar', jar, '--format', 'gnu', '--errors-only', ...files], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.stdout + result.stderr).toBe('');
  });
});

describe('accessibility (axe-core) in both themes', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const pages = [
    '',
    'venues/',
    'venues/iclr/2021/',
    'tags/clustering/',
    'papers/pcl/',
    'papers/simsiam/',
    'background/',
    'map/',
    'map/vision/',
    'stats/',
    '404.html',
    'zh/',
    'zh/venues/iclr/2021/',
    'zh/papers/pcl/',
    'zh/map/',
    'zh/stats/',
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(pages)(`/%s has no serious or critical violation (${colorScheme})`, async (path) => {
      const page = await open(path, { colorScheme });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const result = await axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
      });
      expect(violations).toEqual([]);
      await close(page);
    });
  }
});
