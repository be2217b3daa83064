// Real-data checks over the checked-in catalogue (kept apart from the fabricated-fixture unit tests).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKnownTag } from '../../src/data/tags.ts';
import { venues } from '../../src/data/venues.ts';
import { verifiedFields } from '../../src/lib/fields.ts';
import { validateFolder } from '../../scripts/lib/validate-folder.ts';
import { loadCatalogue } from '../support/catalogue.ts';

interface VerificationRecord {
  [field: string]: unknown;
  slug: string;
  origin: 'article' | 'upstream' | 'added';
  title: string;
  authors: string[];
  venue: string;
  year: number;
  arxiv?: string;
  openreview?: string;
  code?: string;
  sources: Record<string, unknown>;
}

const catalogue = loadCatalogue();
const snapshot: VerificationRecord[] = JSON.parse(readFileSync('content/verification.json', 'utf8'));
const records = new Map(snapshot.map((r) => [r.slug, r]));

describe('the catalogue against its verification snapshot', () => {
  it('has one verification record per entry, and no orphan records', () => {
    expect([...records.keys()].sort()).toEqual(catalogue.map((p) => p.id).sort());
  });

  it.each(catalogue.map((p) => [p.id, p] as const))(
    '%s keeps the verified title, authors, venue, year and ids',
    (slug, paper) => {
      const record = records.get(slug);
      expect(record).toBeDefined();
      // The verified fields come from the field table (title, authors, venue, year, arxiv, openreview, code).
      expect(verifiedFields).toEqual(['title', 'authors', 'venue', 'year', 'arxiv', 'openreview', 'code']);
      for (const field of verifiedFields) expect(paper.data[field], field).toEqual(record?.[field]);
      expect(Object.keys(record?.sources ?? {}).length).toBeGreaterThan(0);
    },
  );

  it('never lists one arXiv or OpenReview id twice', () => {
    for (const key of ['arxiv', 'openreview'] as const) {
      const ids = catalogue.flatMap((p) => (p.data[key] ? [p.data[key]] : []));
      expect(new Set(ids).size, key).toBe(ids.length);
    }
  });
});

describe('catalogue scope', () => {
  it('holds the 17 article papers, the 61 of the upstream list, and 30+ added since', () => {
    const count = (origin: VerificationRecord['origin']) => snapshot.filter((r) => r.origin === origin).length;
    expect(count('article')).toBe(17);
    expect(count('article') + count('upstream')).toBe(61);
    expect(count('added')).toBeGreaterThanOrEqual(30);
  });

  it('passes every rule of npm run validate, the catalogue rules included', () => {
    expect(validateFolder('content/papers', 'content/papers', { cache: true }).problems).toEqual([]);
  });

  it('uses only tags from the shared vocabulary', () => {
    const unknown = catalogue.flatMap((p) => p.data.tags.filter((t) => !isKnownTag(t)).map((t) => `${p.id}: ${t}`));
    expect(unknown).toEqual([]);
  });

  it('lists preprints only under preprint venues, with an arXiv id or a link', () => {
    for (const paper of catalogue.filter((p) => venues[p.data.venue].kind === 'preprint')) {
      expect(paper.data.arxiv ?? paper.data.openreview ?? paper.data.url, paper.id).toBeTruthy();
    }
  });
});
