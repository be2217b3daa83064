import { describe, expect, it } from 'vitest';
import {
  comparator,
  emptyState,
  facetCounts,
  matching,
  parseQuery,
  toggle,
  toQuery,
  type FilterItem,
  type FilterState,
} from '../../src/lib/filter.ts';
import { FACET_KEYS as FACETS, type FacetKey as Facet } from '../../src/lib/facets.ts';
import { firstPageText, statusText } from '../../src/lib/filter-status.ts';
import { clientWords } from '../../src/i18n/ui.ts';
import { hitSlugs } from '../../src/lib/search.ts';

/**
 * The rule, item by item and with plain strings: the oracle for the interned implementation. True when the
 * item passes every facet except `except` (what a count needs) and the search hits.
 */
function matches(item: FilterItem, state: FilterState, hits: ReadonlySet<string> | null = null, except?: Facet) {
  if (hits && !hits.has(item.slug)) return false;
  return FACETS.every(
    (facet) =>
      facet === except ||
      state.selected[facet].length === 0 ||
      item.values[facet].some((value) => state.selected[facet].includes(value)),
  );
}

const item = (
  slug: string,
  venue: string,
  year: string,
  domain: string[],
  tag: string[],
  title = slug,
): FilterItem => ({
  slug,
  title,
  added: '2026-01-01',
  values: { venue: [venue], year: [year], domain, tag },
});
const items = [
  item('pcl', 'iclr', '2021', ['vision'], ['prototypes', 'clustering']),
  item('calm', 'iclr', '2021', ['nlp'], ['language-models']),
  item('supcon', 'neurips', '2020', ['vision'], ['supervised-contrastive']),
  item('graphcl', 'neurips', '2020', ['graph'], ['graph-augmentation']),
];

describe('URL state', () => {
  it('parses facets, sort and query, deduplicating and lowercasing', () => {
    const state = parseQuery('?venue=ICLR,iclr&domain=vision,nlp&tag=&sort=title&q=%20proto%20&other=1');
    expect(state).toEqual({
      selected: { venue: ['iclr'], year: [], domain: ['vision', 'nlp'], tag: [] },
      sort: 'title',
      query: 'proto',
    });
  });
  it('ignores an unknown sort', () => {
    expect(parseQuery('?sort=random').sort).toBe('newest');
  });
  it('round-trips through toQuery in a stable order', () => {
    const query = '?q=info%20nce&venue=iclr,neurips&year=2021&domain=vision&tag=hard-negatives&sort=oldest';
    expect(toQuery(parseQuery(query))).toBe(query);
    expect(toQuery(emptyState())).toBe('');
  });
  it('toggles values on and off', () => {
    const on = toggle(emptyState(), 'venue', 'iclr', true);
    expect(on.selected.venue).toEqual(['iclr']);
    expect(toggle(on, 'venue', 'iclr', false).selected.venue).toEqual([]);
  });
});

describe('matching', () => {
  const shown = (query: string, hits: Set<string> | null = null) =>
    items.filter((i) => matches(i, parseQuery(query), hits)).map((i) => i.slug);
  it('ORs values within a facet and ANDs facets', () => {
    expect(shown('?venue=iclr,neurips&domain=vision')).toEqual(['pcl', 'supcon']);
    expect(shown('?venue=iclr&domain=graph')).toEqual([]);
    expect(shown('')).toEqual(['pcl', 'calm', 'supcon', 'graphcl']);
  });
  it('intersects with search hits', () => {
    expect(shown('?venue=iclr', new Set(['pcl', 'supcon']))).toEqual(['pcl']);
  });
  it('counts each value as if it were selected too, honouring the other facets', () => {
    const counts = facetCounts(items, parseQuery('?venue=iclr&domain=vision'));
    expect(counts.venue.get('iclr')).toBe(1);
    expect(counts.venue.get('neurips')).toBe(1);
    expect(counts.domain.get('nlp')).toBe(1);
    expect(counts.domain.get('graph')).toBeUndefined();
    expect(counts.tag.get('prototypes')).toBe(1);
  });
});

describe('sorting', () => {
  const indexed = items.map((i, index) => ({ ...i, index }));
  it('keeps server order for newest, reverses it for oldest, and sorts titles case-insensitively', () => {
    expect([...indexed].sort(comparator('newest')).map((i) => i.slug)).toEqual(['pcl', 'calm', 'supcon', 'graphcl']);
    expect([...indexed].sort(comparator('oldest')).map((i) => i.slug)).toEqual(['graphcl', 'supcon', 'calm', 'pcl']);
    expect([...indexed].sort(comparator('title')).map((i) => i.slug)).toEqual(['calm', 'graphcl', 'pcl', 'supcon']);
  });
});

describe('facetCounts on random catalogues', () => {
  it('equals counting each value with the other facets applied, item by item', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (list: string[], n: number) => list.filter(() => random() < n / list.length);
    const many = Array.from({ length: 300 }, (_, i) =>
      item(
        `p${i}`,
        pick(['a', 'b', 'c'], 1)[0] ?? 'a',
        String(2018 + (i % 5)),
        pick(['x', 'y', 'z'], 1.5),
        pick(['t1', 't2', 't3', 't4'], 2),
      ),
    );
    for (const query of [
      '',
      '?venue=a',
      '?venue=a,b&year=2019',
      '?domain=x&tag=t1,t2',
      '?venue=c&year=2020&domain=y&tag=t3',
      // Values no paper has: alone they match nothing, beside a real value they change nothing.
      '?year=1999',
      '?venue=a,nope&tag=missing,t2',
    ]) {
      const state = parseQuery(query);
      const hits = new Set(many.filter(() => random() < 0.7).map((i) => i.slug));
      for (const h of [null, hits]) {
        const counts = facetCounts(many, state, h);
        for (const facet of ['venue', 'year', 'domain', 'tag'] as const) {
          const naive = new Map<string, number>();
          for (const i of many) {
            if (!matches(i, state, h, facet)) continue;
            for (const v of i.values[facet]) naive.set(v, (naive.get(v) ?? 0) + 1);
          }
          expect(Object.fromEntries(counts[facet]), `${query} ${facet}`).toEqual(Object.fromEntries(naive));
        }
        expect(matching(many, state, h)).toEqual(many.filter((i) => matches(i, state, h)));
        // Another order of the same papers is another list, interned separately: order is kept.
        const reversed = [...many].reverse();
        expect(matching(reversed, state, h)).toEqual(reversed.filter((i) => matches(i, state, h)));
      }
    }
  });
});

describe('statusText', () => {
  const en = clientWords('en');
  const zh = clientWords('zh');

  it('words every case the live region reads out', () => {
    expect(statusText({ total: 98, matched: 98, listed: 98, query: '' }, en)).toBe('Showing all 98 papers.');
    expect(statusText({ total: 900, matched: 900, listed: 100, query: '' }, en)).toBe('Showing 100 of all 900 papers.');
    expect(statusText({ total: 900, matched: 250, listed: 100, query: 'moco' }, en)).toBe(
      'Showing 100 of 250 papers matching “moco” (900 in all).',
    );
    expect(statusText({ total: 98, matched: 3, listed: 3, query: '' }, en)).toBe('Showing 3 of 98 papers.');
    expect(statusText({ total: 98, matched: 98, listed: 98, query: 'x', searchError: 'offline' }, en)).toBe(
      'Search is unavailable (offline). Showing 98 of 98 papers matching “x”.',
    );
    expect(firstPageText(100, 900, en)).toBe('Showing the 100 newest of 900 papers.');
    expect(firstPageText(100, 5000, zh)).toBe('显示 5,000 篇论文中最新的 100 篇。');
    expect(statusText({ total: 1, matched: 1, listed: 1, query: '' }, en)).toBe('Showing all 1 paper.');
  });

  it('words the same cases in Chinese, with grouped numbers', () => {
    expect(statusText({ total: 98, matched: 98, listed: 98, query: '' }, zh)).toBe('显示全部 98 篇论文。');
    expect(statusText({ total: 5000, matched: 3, listed: 3, query: '原型' }, zh)).toBe(
      '显示 5,000 篇论文中与“原型”匹配的 3 篇。',
    );
    expect(statusText({ total: 98, matched: 98, listed: 98, query: 'x', searchError: 'offline' }, zh)).toMatch(
      /^搜索暂不可用（offline）。/,
    );
  });
});

describe('search helpers', () => {
  it('keep only paper pages among Pagefind results', () => {
    expect([...hitSlugs(['/papers/pcl/', '/base/papers/moco/', '/venues/iclr/', '/papers/a/b/'])]).toEqual([
      'pcl',
      'moco',
    ]);
  });
});
