import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../scripts/lib/suggest.ts';
import { byNewest } from '../../src/lib/sort.ts';
import { editionGroups, facetGroups, groupBy } from '../../src/lib/facets.ts';
import { joinBase } from '../../src/lib/urls.ts';
import { fabricatedPaper } from '../support/fabricate.ts';
import { decodeEntities, XML_ENTITIES } from '../../src/lib/entities.ts';

// Titles differ per id so that the newest-first tie-break on title is exercised.
const entry = (id: string, fields: Record<string, unknown>) => fabricatedPaper(id, { title: `Paper ${id}`, ...fields });

const papers = [
  entry('a', { venue: 'NeurIPS', year: 2020, tags: ['x', 'y'] }),
  entry('b', { venue: 'ICLR', year: 2021, domains: ['graph', 'vision'], tags: ['y'] }),
  entry('c', { venue: 'ICLR', year: 2020, added: '2026-02-01' }),
  entry('d', { venue: 'arXiv', year: 2021, domains: ['nlp'] }),
].sort(byNewest);

describe('byNewest', () => {
  it('orders by year, then date added, then title', () => {
    expect(papers.map((p) => p.id)).toEqual(['b', 'd', 'c', 'a']);
  });
});

describe('facet groups', () => {
  it('groups venues in registry order with their papers', () => {
    expect(facetGroups('venue', papers).map((g) => [g.key, g.papers.map((p) => p.id)])).toEqual([
      ['ICLR', ['b', 'c']],
      ['NeurIPS', ['a']],
      ['arXiv', ['d']],
    ]);
  });
  it('lists editions newest first within a venue', () => {
    expect(editionGroups(papers).map((e) => `${e.venue} ${e.year}:${e.papers.length}`)).toEqual([
      'ICLR 2021:1',
      'ICLR 2020:1',
      'NeurIPS 2020:1',
      'arXiv 2021:1',
    ]);
  });
  it('puts a multi-domain paper under each domain', () => {
    expect(facetGroups('domain', papers).map((g) => [g.key, g.papers.length])).toEqual([
      ['vision', 3],
      ['nlp', 1],
      ['graph', 1],
    ]);
  });
  it('orders years newest first and tags by use', () => {
    expect(facetGroups('year', papers).map((g) => g.key)).toEqual([2021, 2020]);
    expect(facetGroups('tag', papers).map((g) => [g.key, g.papers.length])).toEqual([
      ['y', 2],
      ['x', 1],
    ]);
  });
  it('groupBy keeps entry order and skips entries without keys', () => {
    expect([...groupBy([1, 2, 3, 4], (n) => (n % 2 ? ['odd'] : []))]).toEqual([['odd', [1, 3]]]);
  });
});

describe('joinBase', () => {
  it.each([
    ['/', 'papers/pcl/', '/papers/pcl/'],
    ['/', '', '/'],
    ['/contrastive-papers/', 'papers/pcl/', '/contrastive-papers/papers/pcl/'],
    ['/contrastive-papers', '/venues/', '/contrastive-papers/venues/'],
  ])('%s + %s = %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('did-you-mean', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('ICRL', 'ICLR')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('suggests close keys only', () => {
    expect(closest('ICRL', ['ICLR', 'ICML', 'CVPR'])).toBe('ICLR');
    expect(closest('neurips', ['ICLR', 'NeurIPS'])).toBe('NeurIPS');
    expect(closest('robotics', ['vision', 'nlp', 'graph'])).toBeUndefined();
  });
});

describe('decodeEntities', () => {
  it('decodes numeric references and the XML names, and leaves unknown names alone', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &#x3b1;&#946; &quot;&apos; &nbsp;')).toBe('<a> & αβ "\' &nbsp;');
  });

  it('takes extra names when the markup uses them', () => {
    expect(decodeEntities('a&nbsp;b', { ...XML_ENTITIES, nbsp: '\u00a0' })).toBe('a\u00a0b');
  });
});
