// The build serves a subset of the math font (src/integrations/math-font.ts). Every page with a formula
// must look exactly as it does with the full font: same glyphs, same stretched delimiters and radicals.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { MATH_FONT_SOURCE, mathCharacters } from '../../src/integrations/math-font.ts';
import { DIST, htmlFiles } from '../support/dist.ts';

const FULL_FONT = readFileSync(createRequire(import.meta.url).resolve(MATH_FONT_SOURCE));
const pagesWithMath = new Map(
  htmlFiles()
    .sort()
    .map((file) => [file.replace(/index\.html$/, ''), mathCharacters(readFileSync(join(DIST, file), 'utf8'))] as const)
    .filter(([, characters]) => characters.size > 0),
);

/**
 * Pages that between them show every character any formula shows (greedy set cover), plus the formula-heavy
 * pages: each glyph of the subset is compared at least once, in a fraction of the time of every page.
 */
function specimenPages(always: readonly string[]): string[] {
  const chosen = [...always];
  const missing = new Set([...pagesWithMath.values()].flatMap((characters) => [...characters]));
  for (const path of chosen) for (const char of pagesWithMath.get(path) ?? []) missing.delete(char);
  while (missing.size > 0) {
    const gain = (path: string) => [...(pagesWithMath.get(path) ?? [])].filter((c) => missing.has(c)).length;
    const best = [...pagesWithMath.keys()].reduce((a, b) => (gain(b) > gain(a) ? b : a));
    chosen.push(best);
    for (const char of pagesWithMath.get(best) ?? []) missing.delete(char);
  }
  return chosen;
}
const SPECIMENS = specimenPages(['papers/pcl/', 'papers/supcon/', 'background/']);

let server: StaticServer;
let browser: Browser;
let served: Page;
let full: Page;
let fullFontRequests = 0;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  served = await browser.newPage({ viewport: { width: 900, height: 800 } });
  full = await browser.newPage({ viewport: { width: 900, height: 800 } });
  await full.route(/stix-two-math[\w.-]*\.woff2$/, (route) => {
    fullFontRequests += 1;
    return route.fulfill({ body: FULL_FONT, contentType: 'font/woff2' });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A full-page screenshot once the math font has loaded; fails if it never does (both would fall back alike). */
async function shoot(page: Page, path: string): Promise<Buffer> {
  await page.goto(server.url(path));
  const status = await page.evaluate(async () => {
    await document.fonts.load('16px "STIX Two Math"', 'x');
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.includes('STIX Two Math')).map((face) => face.status);
  });
  expect(status, path).toEqual(['loaded']);
  return await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
}

describe('the subset math font', () => {
  it('is compared on pages that show every character of every formula', () => {
    expect(pagesWithMath.size).toBeGreaterThan(20);
    for (const path of SPECIMENS) expect(pagesWithMath.has(path), path).toBe(true);
  });

  it('renders those pages pixel for pixel as the full font does', async () => {
    const differing: string[] = [];
    let keep: string | undefined;
    for (const path of SPECIMENS) {
      const subset = await shoot(served, path);
      const reference = await shoot(full, path);
      if (subset.equals(reference)) continue;
      keep ??= mkdtempSync(join(tmpdir(), 'cp-math-font-'));
      const name = path.replace(/\W+/g, '-');
      writeFileSync(join(keep, `${name}subset.png`), subset);
      writeFileSync(join(keep, `${name}full.png`), reference);
      differing.push(path);
    }
    expect(fullFontRequests).toBe(SPECIMENS.length);
    expect(differing, `screenshots kept in ${keep}`).toEqual([]);
  }, 300_000);
});
