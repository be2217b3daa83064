// Assertions over the real site built by tests/setup/build-site.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domains } from '../../src/data/domains.ts';
import { venues } from '../../src/data/venues.ts';
import { byNewest } from '../../src/lib/sort.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { DIST, htmlFiles, listedPapers, page, pageExists } from '../support/dist.ts';

const catalogue = loadCatalogue();
const slugsWhere = (keep: (p: (typeof catalogue)[number]) => boolean) =>
  catalogue
    .filter(keep)
    .map((p) => p.id)
    .sort();

const ICLR_2021_ARTICLE = ['balfeat', 'calm', 'hcl', 'i-mix', 'looc', 'mice', 'pcl', 'support-set'];
const NEURIPS_2020_ARTICLE = [
  'clae',
  'contragan',
  'graphcl',
  'infomin',
  'loco',
  'mochi',
  'simclr-v2',
  'spcl',
  'supcon',
];

describe('built site', () => {
  it('has a page for every entry, showing its title and authors as text', () => {
    for (const paper of catalogue) {
      const html = page(`/papers/${paper.id}/`);
      expect(html.querySelector('h1')?.text, paper.id).toBe(paper.data.title);
      expect(html.querySelector('.lede')?.text).toBe(paper.data.authors.join(', '));
    }
  });

  it('lists every paper on the home page, newest first', () => {
    const expected = [...catalogue].sort(byNewest).map((p) => p.id);
    expect(listedPapers(page('/'))).toEqual(expected);
  });

  it('lists the eight article papers of ICLR 2021 and the nine of NeurIPS 2020 on their edition pages', () => {
    const iclr = listedPapers(page('/venues/iclr/2021/'));
    const neurips = listedPapers(page('/venues/neurips/2020/'));
    expect(iclr).toEqual(expect.arrayContaining(ICLR_2021_ARTICLE));
    expect(neurips).toEqual(expect.arrayContaining(NEURIPS_2020_ARTICLE));
    expect([...iclr].sort()).toEqual(slugsWhere((p) => p.data.venue === 'ICLR' && p.data.year === 2021));
    expect([...neurips].sort()).toEqual(slugsWhere((p) => p.data.venue === 'NeurIPS' && p.data.year === 2020));
  });

  it('has a page per venue and per edition listing exactly its papers', () => {
    const used = new Set(catalogue.map((p) => p.data.venue));
    for (const venue of used) {
      const slug = venues[venue].slug;
      expect([...listedPapers(page(`/venues/${slug}/`))].sort()).toEqual(slugsWhere((p) => p.data.venue === venue));
      for (const year of new Set(catalogue.filter((p) => p.data.venue === venue).map((p) => p.data.year))) {
        expect(pageExists(`/venues/${slug}/${year}/`), `${slug}/${year}`).toBe(true);
      }
    }
    const index = page('/venues/').querySelectorAll('.facet-index li');
    expect(index).toHaveLength(used.size);
  });

  it('has a page per domain listing exactly its papers, graph included', () => {
    for (const [key, domain] of Object.entries(domains)) {
      const members = slugsWhere((p) => p.data.domains.includes(key as keyof typeof domains));
      if (members.length === 0) {
        expect(pageExists(`/domains/${domain.slug}/`)).toBe(false);
        continue;
      }
      // Past PAGE_SIZE papers a domain's list continues on /domains/<slug>/2/ and so on.
      const listed: string[] = [];
      for (let n = 1; pageExists(`/domains/${domain.slug}/${n === 1 ? '' : `${n}/`}`); n++) {
        listed.push(...listedPapers(page(`/domains/${domain.slug}/${n === 1 ? '' : `${n}/`}`)));
      }
      expect(listed.sort(), key).toEqual(members);
    }
    expect(listedPapers(page('/domains/graph/'))).toContain('graphcl');
  });

  it('has year and tag pages', () => {
    for (const year of new Set(catalogue.map((p) => p.data.year))) {
      expect([...listedPapers(page(`/years/${year}/`))].sort()).toEqual(slugsWhere((p) => p.data.year === year));
    }
    for (const tag of new Set(catalogue.flatMap((p) => p.data.tags))) {
      expect([...listedPapers(page(`/tags/${tag}/`))].sort()).toEqual(slugsWhere((p) => p.data.tags.includes(tag)));
    }
  });

  it('typesets ProtoNCE and InfoNCE on the PCL page and L^sup_out on the SupCon page', () => {
    const pcl = page('/papers/pcl/');
    expect(pcl.querySelectorAll('.katex-display').length).toBeGreaterThanOrEqual(2);
    const annotations = pcl
      .querySelectorAll('annotation')
      .map((a) => a.text)
      .join('\n');
    expect(annotations).toMatch(/ProtoNCE/);
    expect(annotations).toMatch(/InfoNCE/);
    expect(annotations).toMatch(/\\phi/);
    const supcon = page('/papers/supcon/')
      .querySelectorAll('annotation')
      .map((a) => a.text)
      .join('\n');
    expect(supcon).toMatch(/\\mathcal\{L\}\^\{sup\}_\{out\}/);
  });

  it('has no KaTeX error anywhere', () => {
    const broken = htmlFiles().filter((f) => readFileSync(join(DIST, f), 'utf8').includes('katex-error'));
    expect(broken).toEqual([]);
  });

  it('self-hosts the math font as a file, not from a CDN or a data: URI', () => {
    const css = htmlFiles()
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('')
      .match(/\/_astro\/[^"]+\.css/g);
    expect(css?.length).toBeGreaterThan(0);
    const sheet = [...new Set(css)].map((href) => readFileSync(join(DIST, href), 'utf8')).join('\n');
    const font = /url\((\/_astro\/stix-two-math[\w.-]+\.woff2)\)/.exec(sheet)?.[1];
    expect(font).toBeDefined();
    expect(readFileSync(join(DIST, font!)).subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(sheet).not.toMatch(/url\(data:font/);
    expect(sheet).not.toMatch(/cdn\.jsdelivr|unpkg|cdnjs|fonts\.googleapis/);
  });

  it('has a 404 page and gives every list item a data-paper slug of an existing entry', () => {
    expect(page('/404.html').querySelector('h1')?.text).toBe('Page not found');
    const ids = new Set(catalogue.map((p) => p.id));
    for (const file of htmlFiles()) {
      for (const slug of listedPapers(page(file))) expect(ids.has(slug), `${file}: ${slug}`).toBe(true);
    }
  });
});

describe('security headers in the output', () => {
  it('puts a CSP on every page, with hashed scripts and no inline escape hatch', () => {
    for (const file of htmlFiles()) {
      const policy = page(file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(policy, file).toBeDefined();
      const scriptSrc = policy?.match(/script-src[^;]*/)?.[0] ?? '';
      expect(scriptSrc, file).toMatch(/^script-src 'self'/);
      expect(scriptSrc, file).not.toMatch(/unsafe-inline|unsafe-eval/);
      // MathML output needs no inline styles: nothing inline is allowed for styles either.
      expect(policy, file).not.toContain('unsafe-inline');
    }
  });
});
