// What a reader sees of each paper before opening it: tldr, truncated authors, facets and chips, valid HTML.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, XML_ENTITIES } from '../../src/lib/entities.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { DIST, page } from '../support/dist.ts';

const catalogue = loadCatalogue();
const home = page('/');
const card = (slug: string) => home.querySelector(`li[data-paper="${slug}"]`);

describe('tldr', () => {
  it('is on every card and under every paper page title, and is its description', () => {
    for (const paper of catalogue) {
      expect(card(paper.id)?.querySelector('.paper-tldr')?.text.trim(), paper.id).toBe(paper.data.tldr);
      const html = page(`/papers/${paper.id}/`);
      expect(html.querySelector('h1 + p.tldr')?.text.trim(), paper.id).toBe(paper.data.tldr);
      expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(paper.data.tldr);
      expect(html.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(paper.data.tldr);
      expect(html.querySelector('p.tldr')?.getAttribute('data-pagefind-meta')).toBe('tldr');
    }
  });

  it('is each feed item’s description, and is in papers.json and the compact index', () => {
    const feed = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const descriptions = [...feed.matchAll(/<description>([^<]*)<\/description>/g)].map((m) =>
      decodeEntities(m[1] ?? '', XML_ENTITIES),
    );
    const papers = JSON.parse(readFileSync(join(DIST, 'papers.json'), 'utf8')).papers as {
      slug: string;
      tldr: string;
    }[];
    const index = JSON.parse(readFileSync(join(DIST, 'papers-index.json'), 'utf8')) as {
      fields: string[];
      rows: unknown[][];
    };
    const column = index.fields.indexOf('tldr') + 1;
    for (const paper of catalogue) {
      const tldr = paper.data.tldr.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(
        descriptions.some((d) => d?.startsWith(tldr)),
        paper.id,
      ).toBe(true);
      expect(papers.find((p) => p.slug === paper.id)?.tldr).toBe(paper.data.tldr);
      expect(index.rows.find((row) => row[0] === paper.id)?.[column]).toBe(paper.data.tldr);
    }
  });
});

describe('cards', () => {
  it('name the first three authors, then et al. with the count; the paper page names them all', () => {
    for (const paper of catalogue) {
      const { authors } = paper.data;
      const shown = card(paper.id)?.querySelector('.paper-authors')?.text;
      expect(shown, paper.id).toBe(
        authors.length > 3
          ? `${authors.slice(0, 3).join(', ')} et al. (${authors.length} authors)`
          : authors.join(', '),
      );
      expect(page(`/papers/${paper.id}/`).querySelector('.lede')?.text).toBe(authors.join(', '));
    }
    expect(card('dinov2')?.querySelector('.paper-authors')?.text).toMatch(/^Maxime Oquab, .* et al\. \(\d+ authors\)$/);
  });

  it('show title, short name, venue badge, tldr, facets and links in that order', () => {
    const classes = [...(card('simsiam')?.childNodes ?? [])]
      .map((node) => (node as { classNames?: string }).classNames)
      .filter(Boolean);
    expect(classes).toEqual(['paper-title', 'paper-meta', 'paper-tldr', 'paper-facets', 'paper-links']);
    expect(card('simsiam')?.querySelector('.paper-short')?.text).toBe('SimSiam');
    expect(card('simsiam')?.querySelector('.venue-badge')?.text.trim()).toBe('CVPR 2021');
  });
});

describe('facets and chips without JavaScript', () => {
  it('start open and offer each value as a link to its static page', () => {
    const facets = home.querySelectorAll('details.facet');
    expect(facets.length).toBe(4);
    for (const facet of facets) expect(facet.hasAttribute('open')).toBe(true);
    expect(home.querySelector('a.facet-label[href="/venues/iclr/"]')?.text.trim()).toBe('ICLR');
  });

  it('read counts out as text, never as an aria-label on a span', () => {
    const count = home.querySelector('input[value="iclr"]')?.parentNode?.querySelector('.facet-count');
    expect(count?.text.replace(/\s+/g, ' ').trim()).toMatch(/^\d+ papers$/);
    expect(home.querySelectorAll('span[aria-label]')).toHaveLength(0);
  });

  it('show the filters of a static list as removable chips that link to the list without each', () => {
    const chips = page('/venues/iclr/2021/').querySelectorAll('.active-filters a');
    expect(chips.map((a) => [a.text.replace(/\s+/g, ' ').trim(), a.getAttribute('href')])).toEqual([
      ['Remove filter: ICLR ×', '/years/2021/'],
      ['Remove filter: 2021 ×', '/venues/iclr/'],
    ]);
    expect(page('/domains/vision/').querySelector('.active-filters a')?.getAttribute('href')).toBe('/');
  });
});

describe('the header', () => {
  it('marks the current section, on its own page and on pages inside it', () => {
    const current = (path: string) => page(path).querySelector('.site-nav a[aria-current]')?.text.trim();
    expect(current('/')).toBe('Papers');
    expect(current('/papers/pcl/')).toBe('Papers');
    expect(current('/venues/')).toBe('Venues');
    expect(current('/venues/iclr/2021/')).toBe('Venues');
    expect(current('/tags/clustering/')).toBe('Tags');
    expect(page('/venues/iclr/').querySelector('.site-nav a[aria-current]')?.getAttribute('aria-current')).toBe('true');
  });

  it('has a theme button with an accessible name', () => {
    const button = home.querySelector('button.theme-toggle');
    expect(button?.querySelector('.visually-hidden')?.text).toBe('Dark theme');
    expect(button?.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('the W3C Nu HTML checker', () => {
  const PAGE_TYPES = [
    'index.html',
    'venues/index.html',
    'venues/iclr/index.html',
    'venues/iclr/2021/index.html',
    'domains/vision/index.html',
    'years/2021/index.html',
    'tags/clustering/index.html',
    'papers/pcl/index.html',
    'background/index.html',
    '404.html',
    'map/index.html',
    'map/vision/index.html',
    'stats/index.html',
  ];
  // Every page type of the Chinese edition too (the 404 page serves both).
  PAGE_TYPES.push(...PAGE_TYPES.filter((f) => f !== '404.html').map((f) => `zh/${f}`));
  it('finds no error on any page type', () => {
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const result = spawnSync(
      'java',
      ['-jar', jar, '--format', 'gnu', '--errors-only', ...PAGE_TYPES.map((f) => join(DIST, f))],
      {
        encoding: 'utf8',
      },
    );
    if (result.error)
      throw new Error(`vnu needs a Java runtime (apt-get install default-jre-headless): ${result.error.message}`);
    expect(result.stderr + result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
