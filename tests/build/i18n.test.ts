// The Chinese edition over the built site: every page has its twin in the other language, each names the
// other with hreflang, Chinese pages speak Chinese and link within /zh/, and a paper without a translation
// says so and marks its English text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, listedPapers, page } from '../support/dist.ts';
import { loadCatalogue } from '../support/catalogue.ts';

const ORIGIN = 'http://localhost:4321';
const catalogue = loadCatalogue();
const translated = new Set(readdirSync('content/papers-zh').map((f) => f.replace(/\.md$/, '')));

/** Every page path of the built site (404.html aside: one page serves every address). */
const paths = htmlFiles()
  .filter((f) => f !== '404.html')
  .map((f) => `/${f.replace(/index\.html$/, '')}`);
const chinese = paths.filter((p) => p.startsWith('/zh/'));
const english = paths.filter((p) => !p.startsWith('/zh/'));

const alternates = (path: string) =>
  Object.fromEntries(
    page(path)
      .querySelectorAll('link[rel=alternate][hreflang]')
      .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
  );

describe('the two editions', () => {
  it('pair every English page with its Chinese twin and back', () => {
    expect(english.length).toBeGreaterThan(400);
    expect(chinese.map((p) => p.slice('/zh'.length)).sort()).toEqual([...english].sort());
  });

  it('name both languages and the default on every page, the same set on both twins', () => {
    for (const path of english) {
      const expected = { en: `${ORIGIN}${path}`, 'zh-CN': `${ORIGIN}/zh${path}`, 'x-default': `${ORIGIN}${path}` };
      expect(alternates(path), path).toEqual(expected);
      expect(alternates(`/zh${path}`), `/zh${path}`).toEqual(expected);
    }
  });

  it('set the language of each page', () => {
    expect(page('/').querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page('/zh/').querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(page('/zh/papers/moco/').querySelector('h2#cite-heading')?.text).toBe('引用');
  });

  it('keep Chinese readers in the Chinese edition', () => {
    for (const path of chinese) {
      const html = page(path);
      const switchLinks = new Set(html.querySelectorAll('.language-switch a'));
      for (const link of html.querySelectorAll('a[href^="/"]')) {
        if (switchLinks.has(link)) continue;
        const href = link.getAttribute('href') ?? '';
        // Data files are shared by both editions.
        if (/^\/papers\.(json|bib)$/.test(href)) continue;
        expect(href, `${path} links to ${href}`).toMatch(/^\/zh\//);
      }
    }
  });

  it('switch language to the same page', () => {
    expect(page('/venues/iclr/2021/').querySelector('.language-switch a')?.getAttribute('href')).toBe(
      '/zh/venues/iclr/2021/',
    );
    expect(page('/zh/venues/iclr/2021/').querySelector('.language-switch a')?.getAttribute('href')).toBe(
      '/venues/iclr/2021/',
    );
    expect(listedPapers(page('/zh/venues/iclr/2021/'))).toEqual(listedPapers(page('/venues/iclr/2021/')));
  });
});

describe('Chinese texts', () => {
  it('show every translation on its paper page, in Chinese', () => {
    expect(translated.size).toBeGreaterThanOrEqual(77);
    for (const slug of translated) {
      const html = page(`/zh/papers/${slug}/`);
      const tldr = html.querySelector('p.tldr');
      expect(tldr?.getAttribute('lang'), slug).toBeUndefined();
      expect(tldr?.text, slug).toMatch(/[\u4e00-\u9fff]/);
      expect(html.querySelector('.summary')?.text.match(/[\u4e00-\u9fff]/g)?.length, slug).toBeGreaterThan(80);
      expect(html.querySelector('.translation-notice'), slug).toBeNull();
    }
  });

  it('draw Chinese cards with Chinese tldrs and labels', () => {
    const home = page('/zh/');
    const card = home.querySelector('li[data-paper="moco"]');
    expect(card?.querySelector('.paper-tldr')?.text).toContain('字典查找');
    expect(card?.querySelector('.paper-title a')?.getAttribute('href')).toBe('/zh/papers/moco/');
    expect(home.querySelector('label[for=paper-search]')?.text).toBe('搜索论文');
    expect(home.querySelector('paper-filter')?.getAttribute('data-locale')).toBe('zh');
    expect(page('/zh/domains/').text).toContain('计算机视觉');
    const notes = page('/zh/tags/').querySelectorAll('.facet-index .note');
    expect(notes.length).toBeGreaterThan(10);
    for (const note of notes) {
      expect(note.getAttribute('lang')).toBeUndefined();
      expect(note.text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('write dates with Intl for the page language', () => {
    expect(page('/papers/moco/').querySelector('time')?.text).toBe('November 27, 2026');
    expect(page('/zh/papers/moco/').querySelector('time')?.text).toBe('2026年11月27日');
    expect(page('/zh/papers/moco/').querySelector('time')?.getAttribute('datetime')).toBe('2026-11-27');
  });

  it('show the Chinese background text', () => {
    const html = page('/zh/background/');
    expect(html.querySelector('h1')?.text).toBe('背景');
    expect(html.querySelector('article')?.getAttribute('lang')).toBeUndefined();
    expect(html.querySelectorAll('math').length).toBe(page('/background/').querySelectorAll('math').length);
  });
});

describe('feeds, sitemap and search per language', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('publish one RSS feed per language', () => {
    const en = parser.parse(readFileSync(join(DIST, 'rss.xml'), 'utf8')).rss.channel;
    const zh = parser.parse(readFileSync(join(DIST, 'zh/rss.xml'), 'utf8')).rss.channel;
    expect(en.language).toBe('en');
    expect(zh.language).toBe('zh-CN');
    expect(zh.item).toHaveLength(en.item.length);
    expect(zh.item[0].link).toMatch(/^http:\/\/localhost:4321\/zh\/papers\//);
    const moco = zh.item.find((i: { link: string }) => i.link.endsWith('/zh/papers/moco/'));
    expect(moco.description).toContain('字典查找');
    expect(page('/zh/').querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/zh/rss.xml');
  });

  it('list both twins with hreflang alternates and x-default in the sitemap', () => {
    const urls = parser.parse(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).urlset.url as {
      loc: string;
      'xhtml:link': { '@_hreflang': string; '@_href': string }[];
    }[];
    expect(urls).toHaveLength(paths.length);
    const moco = urls.find((u) => u.loc === `${ORIGIN}/zh/papers/moco/`);
    expect(Object.fromEntries(moco?.['xhtml:link'].map((l) => [l['@_hreflang'], l['@_href']]) ?? [])).toEqual({
      en: `${ORIGIN}/papers/moco/`,
      'zh-CN': `${ORIGIN}/zh/papers/moco/`,
      'x-default': `${ORIGIN}/papers/moco/`,
    });
  });

  it('build one Pagefind index per language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(entry.languages.en.page_count);
  });

  it('give the Chinese filter an index with the Chinese tldrs', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'zh/papers-index.json'), 'utf8'));
    const tldr = index.fields.indexOf('tldr') + 1;
    const moco = index.rows.find((row: unknown[]) => row[0] === 'moco');
    expect(moco[tldr]).toContain('字典查找');
    expect(index.rows).toHaveLength(catalogue.length);
    expect(index.untranslated).toEqual(catalogue.filter((p) => !translated.has(p.id)).map((p) => p.id));
  });
});
