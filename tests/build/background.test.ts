// The /background/ page: Markdown from src/content-pages/background.md rendered with the site's pipeline.
// Links are resolved against the page's own URL under BASE_PATH, so the same test checks a sub-path build
// (BASE_PATH=/contrastive-papers/ OUT_DIR=… CP_SKIP_BUILD=1) as well as the default one.
import { describe, expect, it } from 'vitest';
import { joinBase } from '../../src/lib/urls.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { page, pageExists } from '../support/dist.ts';

const BASE = process.env['BASE_PATH'] || '/';
const PAGE_URL = new URL(joinBase(BASE, 'background/'), 'https://site.invalid');
const PAPERS = joinBase(BASE, 'papers/');

/** Every link in the page's text that leads to a paper, as the slug it resolves to and its raw href. */
function paperLinks(): { href: string; slug: string | undefined; path: string }[] {
  const body = page('/background/').querySelector('[data-pagefind-body]');
  if (!body) throw new Error('/background/ has no data-pagefind-body element');
  return body
    .querySelectorAll('a[href]')
    .map((a) => a.getAttribute('href') ?? '')
    .map((href) => ({ href, url: new URL(href, PAGE_URL) }))
    .filter(({ url }) => url.origin === PAGE_URL.origin && url.pathname.includes('/papers/'))
    .map(({ href, url }) => ({
      href,
      path: url.pathname,
      slug: url.pathname.startsWith(PAPERS) ? /^([^/]+)\/$/.exec(url.pathname.slice(PAPERS.length))?.[1] : undefined,
    }));
}

describe('background page', () => {
  it('exists with a heading and its text in a search-indexed element', () => {
    const html = page('/background/');
    expect(html.querySelector('h1')?.text).toBe('Background');
    const body = html.querySelector('[data-pagefind-body]');
    expect(body?.querySelector('h1')).toBeTruthy();
    expect(body?.text).toMatch(/InfoNCE/);
    expect(body?.text).toMatch(/positive pair/i);
  });

  it('typesets at least two display formulas, InfoNCE and the CPC bound, with no KaTeX error', () => {
    const html = page('/background/');
    expect(html.querySelectorAll('.katex-display').length).toBeGreaterThanOrEqual(2);
    expect(html.querySelectorAll('.katex-error')).toHaveLength(0);
    expect(html.toString()).not.toContain('katex-error');
    const annotations = html
      .querySelectorAll('annotation')
      .map((a) => a.text)
      .join('\n');
    expect(annotations).toContain('\\mathcal{L}_q');
    expect(annotations).toContain('\\log N - \\mathcal{L}_N');
  });

  it('links only to paper pages that exist in the build, through base-aware hrefs', () => {
    const ids = new Set(loadCatalogue().map((p) => p.id));
    const links = paperLinks();
    expect(links.length).toBeGreaterThanOrEqual(30);
    for (const { href, path, slug } of links) {
      expect(slug, `${href} resolves to ${path}, outside ${PAPERS}`).toBeDefined();
      expect(ids.has(slug!), `${href}: no entry ${slug}`).toBe(true);
      expect(pageExists(`/papers/${slug}/`), `${href}: no built page`).toBe(true);
    }
  });

  it('links every family named in the brief', () => {
    const linked = new Set(paperLinks().map((l) => l.slug));
    // One line per family: instance discrimination, clustering, hard negatives, supervised, non-contrastive,
    // multimodal, graphs, theory.
    const expected = [
      'instance-discrimination cpc moco moco-v2 simclr cmc',
      'pcl swav mice sccl',
      'hcl mochi debiased-cl dcl ance hard-negatives-nce',
      'supcon paco',
      'byol simsiam barlow-twins vicreg dino i-jepa mae',
      'clip align siglip convirt clap mil-nce',
      'dgi graphcl grace gca',
      'alignment-uniformity spectral-cl dimensional-collapse contrastive-loss-behaviour',
    ].flatMap((family) => family.split(' '));
    expect(expected.filter((slug) => !linked.has(slug))).toEqual([]);
  });
});
