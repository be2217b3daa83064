import { describe, expect, it } from 'vitest';
import { isRealDate, maxYear, PaperSchema, paperFields } from '../../src/schema.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { VALID_INPUT } from '../support/fabricate.ts';

const valid = VALID_INPUT;

/** The fields zod names for a rejected input. */
function rejectedFields(input: unknown): string[] {
  const result = PaperSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0] ?? '(root)'));
}

const ARTICLE_PAPERS = [
  'pcl',
  'balfeat',
  'mice',
  'i-mix',
  'hcl',
  'looc',
  'calm',
  'support-set',
  'spcl',
  'simclr-v2',
  'mochi',
  'supcon',
  'clae',
  'loco',
  'infomin',
  'graphcl',
  'contragan',
];

describe('PaperSchema', () => {
  it('accepts every entry of the source article as checked in', () => {
    const catalogue = new Map(loadCatalogue().map((p) => [p.id, p]));
    for (const slug of ARTICLE_PAPERS) {
      const paper = catalogue.get(slug);
      expect(paper, `content/papers/${slug}.md`).toBeDefined();
    }
    expect(catalogue.get('i-mix')?.data.title).toBe(
      'i-Mix: A Domain-Agnostic Strategy for Contrastive Representation Learning',
    );
    expect(catalogue.get('calm')?.data.authors).toHaveLength(6);
  });

  it('accepts a minimal entry and applies defaults', () => {
    const paper = PaperSchema.parse(valid);
    expect(paper.tags).toEqual([]);
    expect(paper.added).toEqual(new Date('2026-11-27T00:00:00Z'));
  });

  it('accepts a YAML date object for added, as Astro passes it', () => {
    expect(PaperSchema.parse({ ...valid, added: new Date('2026-01-02') }).added.getUTCDate()).toBe(2);
  });

  it.each([
    ['title', { ...valid, title: '' }],
    ['title', { ...valid, title: undefined }],
    ['authors', { ...valid, authors: 'Junnan Li, Pan Zhou' }],
    ['authors', { ...valid, authors: [] }],
    ['venue', { ...valid, venue: 'ICRL' }],
    ['year', { ...valid, year: 'twenty twenty' }],
    ['year', { ...valid, year: 1989 }],
    ['year', { ...valid, year: maxYear() + 1 }],
    ['year', { ...valid, year: 2020.5 }],
    ['domains', { ...valid, domains: [] }],
    ['domains', { ...valid, domains: ['robotics'] }],
    ['tags', { ...valid, tags: ['Hard Negatives'] }],
    ['arxiv', { ...valid, arxiv: 2005.04966 }],
    ['arxiv', { ...valid, arxiv: 'arXiv:2005.04966v2' }],
    ['code', { ...valid, code: 'http://github.com/x/y' }],
    ['url', { ...valid, url: 'javascript:alert(1)' }],
    ['url', { ...valid, url: 'data:text/html,<script>alert(1)</script>' }],
    ['added', { ...valid, added: '2023-02-30' }],
    ['added', { ...valid, added: 'yesterday' }],
  ])('rejects a bad %s', (field, input) => {
    expect(rejectedFields(input)).toContain(field);
  });

  it('rejects unknown keys and names them', () => {
    const result = PaperSchema.safeParse({ ...valid, abstrct: 'x' });
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue && 'keys' in issue ? issue.keys : []).toEqual(['abstrct']);
  });

  it('requires at least one of arxiv, openreview or url', () => {
    const { arxiv: _unused, ...noLinks } = valid;
    const result = PaperSchema.safeParse(noLinks);
    expect(result.success).toBe(false);
    expect(result.success ? '' : result.error.issues[0]?.message).toMatch(/arxiv, openreview or url/);
    expect(PaperSchema.safeParse({ ...noLinks, openreview: 'KmykpuSrjcq' }).success).toBe(true);
    expect(PaperSchema.safeParse({ ...noLinks, url: 'https://example.org/p' }).success).toBe(true);
  });

  it('lists its fields in contributor order', () => {
    expect(paperFields).toEqual([
      'title',
      'short',
      'tldr',
      'authors',
      'venue',
      'year',
      'domains',
      'tags',
      'builds_on',
      'arxiv',
      'openreview',
      'url',
      'code',
      'added',
    ]);
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13-01', false],
    ['2023-1-01', false],
    ['2023-12-31', true],
  ])('%s → %s', (text, expected) => {
    expect(isRealDate(text)).toBe(expected);
  });
});
