// builds_on on the built site: both pages of every edge, the map and its text alternative, the stats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domains } from '../../src/data/domains.ts';
import { lineageOf } from '../../src/lib/lineage.ts';
import { domainLineage, drawnLineage, mappedDomains } from '../../src/lib/map-pages.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { DIST, page } from '../support/dist.ts';

const catalogue = loadCatalogue();
const lineage = lineageOf(catalogue);
const drawn = drawnLineage(lineage);

describe('builds_on on paper pages', () => {
  it('shows every edge on both papers’ pages, as compact cards with the tldr', () => {
    expect(lineage.edges.length).toBeGreaterThan(100);
    for (const { from, to } of lineage.edges) {
      const later = page(`/papers/${to}/`).querySelector(`.lineage-section h3 + .mini-list [data-mini="${from}"]`);
      expect(later, `${to} builds on ${from}`).not.toBeNull();
      expect(later?.querySelector('p')?.text).toBe(lineage.entries.get(from)?.data.tldr);
      const earlier = page(`/papers/${from}/`).querySelectorAll('.lineage-section .mini-list [data-mini]');
      expect(
        earlier.some((li) => li.getAttribute('data-mini') === to),
        `${from} is built upon by ${to}`,
      ).toBe(true);
    }
  });

  it('draws each paper’s neighbourhood with the paper marked', () => {
    // Map links are relative to the page, so one drawing serves both languages.
    for (const base of ['/papers/simsiam/', '/zh/papers/simsiam/']) {
      const simsiam = page(base);
      const focus = simsiam.querySelector('.lineage-section svg .map-focus')?.getAttribute('href') ?? '';
      expect(resolved(focus, base)).toBe(base);
      const links = simsiam
        .querySelectorAll('.lineage-section svg a')
        .map((a) => resolved(a.getAttribute('href'), base));
      expect(links).toContain(base.replace('simsiam', 'byol'));
    }
  });

  it('is exported in papers.json but not in BibTeX', () => {
    const papers = JSON.parse(readFileSync(join(DIST, 'papers.json'), 'utf8')).papers as {
      slug: string;
      builds_on: string[];
      bibtex: string;
    }[];
    const moco3 = papers.find((p) => p.slug === 'moco-v3');
    expect(moco3?.builds_on).toEqual(['moco', 'moco-v2']);
    expect(readFileSync(join(DIST, 'papers.bib'), 'utf8')).not.toMatch(/builds_on|moco-v2\}/);
  });
});

describe('mending an entry from its page', () => {
  it('links the file in GitHub’s editor and the Wrong metadata form, filled in', () => {
    const links = page('/papers/pcl/').querySelectorAll('p.mend a');
    expect(links.map((a) => a.text)).toEqual(['Edit this entry', 'Report a problem']);
    expect(links[0]?.getAttribute('href')).toBe(
      'https://github.com/example/contrastive-papers/edit/main/content/papers/pcl.md',
    );
    const report = new URL(links[1]?.getAttribute('href') ?? '');
    expect(report.pathname).toBe('/example/contrastive-papers/issues/new');
    expect(report.searchParams.get('template')).toBe('wrong-metadata.yml');
    expect(report.searchParams.get('paper')).toBe('http://localhost:4321/papers/pcl/ (content/papers/pcl.md)');
  });
});

/** A link's path as the browser resolves it on the page at `base`. */
const resolved = (href: string | undefined, base: string): string => new URL(href ?? '', `http://x${base}`).pathname;

describe('the map', () => {
  const map = page('/map/');
  it('draws every edge and every paper that has one, each node a link with an accessible name', () => {
    expect(map.querySelectorAll('svg.map path.map-edge')).toHaveLength(drawn.edges.length);
    const nodes = map.querySelectorAll('svg.map a.map-node');
    expect(nodes.map((a) => resolved(a.getAttribute('href'), '/map/')).sort()).toEqual(
      [...drawn.entries.keys()].map((slug) => `/papers/${slug}/`).sort(),
    );
    for (const node of nodes) expect(node.getAttribute('aria-label')).toMatch(/\(\d{4}\)$/);
    expect(map.querySelector('a.map-node[href="../papers/moco-v2/"]')?.getAttribute('class')).toContain(
      'domain-vision',
    );
    // The Chinese map is the same drawing, its links resolving within /zh/.
    const zh = page('/zh/map/vision/').querySelectorAll('svg.map a.map-node');
    expect(zh.length).toBeGreaterThan(0);
    for (const node of zh) expect(resolved(node.getAttribute('href'), '/zh/map/vision/')).toMatch(/^\/zh\/papers\//);
  });

  it('lists the lineages as nested lists, with every drawn paper', () => {
    const linked = new Set(map.querySelectorAll('ul.lineage a').map((a) => a.getAttribute('href')));
    for (const slug of drawn.entries.keys()) expect(linked.has(`/papers/${slug}/`), slug).toBe(true);
    // MoCo's successors are nested under it, MoCo v2 among them.
    const moco = map.querySelectorAll('ul.lineage a[href="/papers/moco/"]').map((a) => a.parentNode);
    expect(moco.some((li) => li?.querySelector('ul a[href="/papers/moco-v2/"]'))).toBe(true);
  });

  it('has a legible map per domain with edges', () => {
    const mapped = mappedDomains(lineage);
    expect(mapped).toContain('vision');
    for (const domain of mapped) {
      const sub = page(`/map/${domains[domain].slug}/`);
      expect(sub.querySelectorAll('svg.map path.map-edge'), domain).toHaveLength(
        domainLineage(lineage, domain).edges.length,
      );
    }
  });
});

describe('the stats page', () => {
  const stats = page('/stats/');
  it('has three charts as SVG, each with its data table', () => {
    expect(stats.querySelectorAll('figure.chart svg[role="img"]')).toHaveLength(3);
    expect(stats.querySelectorAll('table')).toHaveLength(3);
    expect(stats.querySelectorAll('style')).toHaveLength(0);
  });

  it('counts what the catalogue holds', () => {
    const rows = stats.querySelectorAll('table')[0]?.querySelectorAll('tbody tr') ?? [];
    const total = rows.reduce((sum, row) => sum + Number(row.querySelectorAll('td').at(-1)?.text), 0);
    expect(total).toBe(catalogue.length);
    const venueRows = stats.querySelectorAll('table')[1]?.querySelectorAll('tbody tr') ?? [];
    const iclr = venueRows.find((row) => row.querySelector('th')?.text === 'ICLR');
    expect(Number(iclr?.querySelector('td')?.text)).toBe(catalogue.filter((p) => p.data.venue === 'ICLR').length);
  });
});
