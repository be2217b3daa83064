// Feeds, exports, sitemaps and metadata in the built site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { byNewest } from '../../src/lib/sort.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { DIST, htmlFiles, page } from '../support/dist.ts';

const catalogue = loadCatalogue();
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('exports', () => {
  it('papers.json holds every paper, newest first, with unique citation keys', () => {
    const { papers } = JSON.parse(read('papers.json')) as {
      papers: { slug: string; citationKey: string; title: string; bibtex: string }[];
    };
    expect(papers.map((p) => p.slug)).toEqual([...catalogue].sort(byNewest).map((p) => p.id));
    expect(new Set(papers.map((p) => p.citationKey)).size).toBe(papers.length);
    const pcl = papers.find((p) => p.slug === 'pcl');
    expect(pcl?.citationKey).toBe('li2021pcl');
  });

  it('papers.bib holds one entry per paper with the keys of papers.json', () => {
    const bib = read('papers.bib');
    const keys = [...bib.matchAll(/^@(\w+)\{([^,]+),$/gm)];
    const { papers } = JSON.parse(read('papers.json')) as {
      papers: { citationKey: string; venue: { kind: string } }[];
    };
    expect(keys.map((k) => k[2])).toEqual(papers.map((p) => p.citationKey));
    const types = new Map(papers.map((p, i) => [p.citationKey, keys[i]?.[1]]));
    for (const p of papers) {
      const expected = { conference: 'inproceedings', workshop: 'inproceedings', journal: 'article', preprint: 'misc' }[
        p.venue.kind
      ];
      expect(types.get(p.citationKey), p.citationKey).toBe(expected);
    }
  });

  it('the paper page shows the same BibTeX as papers.bib', () => {
    const entry = page('/papers/supcon/').querySelector('#bibtex')?.text ?? '';
    expect(entry).toMatch(/^@inproceedings\{khosla2020supcon,/);
    expect(read('papers.bib')).toContain(entry);
  });
});

describe('feeds and sitemaps', () => {
  it('rss.xml has one item per paper, most recently added first', () => {
    const xml = parse(read('rss.xml'));
    const items = xml.querySelectorAll('item');
    expect(items).toHaveLength(catalogue.length);
    const dates = items.map((i) => Date.parse(i.querySelector('pubDate')?.text ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('sitemap-index.xml lists a sitemap with every paper page', () => {
    expect(read('sitemap-index.xml')).toContain('sitemap-0.xml');
    const locs = parse(read('sitemap-0.xml'))
      .querySelectorAll('loc')
      .map((l) => l.text);
    for (const paper of catalogue)
      expect(
        locs.some((l) => l.endsWith(`/papers/${paper.id}/`)),
        paper.id,
      ).toBe(true);
  });
});

describe('page metadata', () => {
  it('gives every page a canonical URL, Open Graph tags and a description', () => {
    for (const file of htmlFiles().filter((f) => f !== '404.html')) {
      const head = page(file).querySelector('head');
      expect(head?.querySelector('link[rel=canonical]')?.getAttribute('href'), file).toMatch(/^https?:\/\//);
      expect(head?.querySelector('meta[property="og:title"]'), file).not.toBeNull();
      expect(head?.querySelector('meta[name=description]')?.getAttribute('content')?.length, file).toBeGreaterThan(10);
    }
  });

  it('keeps the 404 page out of search engines, without a canonical URL', () => {
    const head = page('/404.html').querySelector('head');
    expect(head?.querySelector('link[rel=canonical]')).toBeNull();
    expect(head?.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });

  it('puts Highwire citation tags on paper pages', () => {
    const head = page('/papers/pcl/').querySelector('head');
    const meta = (name: string) => head?.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));
    expect(meta('citation_title')).toEqual(['Prototypical Contrastive Learning of Unsupervised Representations']);
    expect(meta('citation_author')).toEqual(['Junnan Li', 'Pan Zhou', 'Caiming Xiong', 'Steven C.H. Hoi']);
    expect(meta('citation_publication_date')).toEqual(['2021']);
    expect(meta('citation_conference_title')).toEqual(['International Conference on Learning Representations']);
    expect(meta('citation_pdf_url')).toEqual(['https://arxiv.org/pdf/2005.04966']);
    const journal = page('/papers/dinov2/').querySelector('head');
    expect(journal?.querySelector('meta[name="citation_journal_title"]')?.getAttribute('content')).toBe(
      'Transactions on Machine Learning Research',
    );
  });
});

describe('home page weight', () => {
  it.each(['/', '/zh/'])('%s ships at most 10 KB of gzipped JavaScript, search excluded', async (path) => {
    const { gzipSync } = await import('node:zlib');
    const home = page(path);
    const scripts = home.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
    const imported = new Set<string>(scripts);
    for (const src of scripts) {
      for (const m of read(src).matchAll(/from"\.\/([^"]+\.js)"|import"\.\/([^"]+\.js)"/g))
        imported.add(`/_astro/${m[1] ?? m[2]}`);
    }
    const bytes = [...imported].reduce((sum, src) => sum + gzipSync(read(src)).length, 0);
    const inline = home.querySelectorAll('script:not([src])').reduce((sum, s) => sum + gzipSync(s.text).length, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes + inline).toBeLessThanOrEqual(10 * 1024);
  });
});
