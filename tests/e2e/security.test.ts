// Untrusted Markdown renders inert, and the real site runs under its CSP without a single violation.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST } from '../support/dist.ts';
import { run } from '../support/run.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const HOSTILE = 'tests/fixtures/hostile';
const scratch = mkdtempSync(join(tmpdir(), 'cp-hostile-'));
let hostileSite: StaticServer;
let realSite: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const out = join(scratch, 'dist');
  const build = run('npm', ['run', 'build'], { PAPERS_DIR: resolve(HOSTILE), OUT_DIR: out });
  if (build.code !== 0) throw new Error(`hostile corpus did not build:\n${build.output.slice(-3000)}`);
  hostileSite = await serveStatic(out);
  realSite = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hostileSite?.close();
  await realSite?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens a page and records anything that hints at executed or blocked script. */
async function visit(url: string): Promise<{ page: Page; alerts: string[]; csp: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const alerts: string[] = [];
  const csp: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) csp.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return { page, alerts, csp, errors };
}

describe('a hostile corpus', () => {
  const slugs = readdirSync(HOSTILE).map((name) => name.replace(/\.md$/, ''));

  it.each(slugs)('%s renders inert', async (slug) => {
    const { page, alerts } = await visit(hostileSite.url(`papers/${slug}/`));
    // Give handlers a chance: hover and click everything in the summary, toggle details.
    for (const element of await page.$$('.summary *')) {
      await element.hover({ force: true, timeout: 500 }).catch(() => undefined);
    }
    for (const link of await page.$$('.summary a'))
      await link.click({ force: true, timeout: 500 }).catch(() => undefined);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(alerts).toEqual([]);
    const dangerous = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
          if (
            /^\s*(javascript|data:text\/html|vbscript)/i.test(attribute.value) &&
            /^(href|src|srcdoc|action|formaction|data|poster|background|xlink:href)$/i.test(attribute.name)
          ) {
            found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
          }
        }
      }
      const summary = document.querySelector('.summary');
      for (const tag of ['script', 'iframe', 'object', 'embed', 'form', 'style', 'meta', 'link', 'base', 'svg']) {
        if (summary?.querySelector(tag)) found.push(`<${tag}> in summary`);
      }
      for (const script of document.querySelectorAll('script')) {
        if (script.src && !new URL(script.src).pathname.startsWith('/_astro/')) found.push(`script ${script.src}`);
        if (!script.src && /__pwned/.test(script.textContent ?? '')) found.push('inline payload script');
      }
      return found;
    });
    expect(dangerous).toEqual([]);
    // Clicking may add a fragment (#), never navigate elsewhere.
    expect(page.url().replace(/#.*$/, '')).toBe(hostileSite.url(`papers/${slug}/`));
    await page.close();
  });

  it('shows markup in titles and authors as text', async () => {
    const { page } = await visit(hostileSite.url('papers/script-tags/'));
    expect(await page.textContent('h1')).toBe('Script tags <script>window.__pwned = "title"</script>');
    expect(await page.textContent('.lede')).toBe('<img src=x onerror="window.__pwned=1"> & <b>Bold</b> Author');
    expect(await page.$$eval('.summary .katex', (nodes) => nodes.length)).toBe(2);
    await page.close();
  });

  it('keeps KaTeX from making links or oversized boxes', async () => {
    const { page } = await visit(hostileSite.url('papers/katex-commands/'));
    expect(await page.$$('.summary a')).toHaveLength(0);
    // \rule{100000em}{100000em} is capped by maxSize (20em): no formula grows past ~20em (≈ 400 px).
    const boxes = await page.$$eval('.summary math', (maths) =>
      maths.map((m) => Math.max(m.getBoundingClientRect().height, m.getBoundingClientRect().width)),
    );
    expect(boxes.length).toBeGreaterThan(0);
    expect(Math.max(...boxes)).toBeLessThan(500);
    await page.close();
  });
});

describe('Content Security Policy on the real site', () => {
  it.each(['', 'venues/iclr/', 'papers/pcl/', 'papers/supcon/', 'background/', '?q=prototypical&venue=iclr'])(
    '/%s loads with zero violations and intact KaTeX layout',
    async (path) => {
      const { page, csp, errors } = await visit(realSite.url(path));
      if (path.includes('q=')) {
        await page.waitForFunction(() =>
          document.querySelector('[data-filter-status]')?.textContent?.includes('matching'),
        );
        expect(await page.$$eval('li[data-paper]:not([hidden])', (items) => items.length)).toBeGreaterThan(0);
      }
      const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
      if (await page.$('.katex')) {
        // MathML is laid out by the browser with the self-hosted math font, and no style is blocked.
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.fonts.check('16px "STIX Two Math"'))).toBe(true);
        const fonts = await page.$eval('.katex math', (math) => getComputedStyle(math).fontFamily);
        expect(fonts).toMatch(/STIX Two Math/);
        if (await page.$('.katex-display')) {
          const box = await page.$eval('.katex-display math', (math) => math.getBoundingClientRect().height);
          expect(box).toBeGreaterThan(20);
        }
      }
      expect(csp).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
