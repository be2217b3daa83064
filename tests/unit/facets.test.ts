// The facet descriptors are the one contract between cards, the filter, Pagefind and the facet pages.
import { clientWords } from '../../src/i18n/ui.ts';
import { describe, expect, it } from 'vitest';
import { cardOf } from '../../src/lib/card.ts';
import { facetTexts } from '../../src/lib/facet-pages.ts';
import { editionUrl, FACET_KEYS, facetGroups, facetList, facets, facetSlugs, facetUrl } from '../../src/lib/facets.ts';
import { linkTable, paperData } from '../../src/lib/fields.ts';
import { isDefault, itemOf, matching, parseQuery, toQuery } from '../../src/lib/filter.ts';
import { pagefindFilters } from '../../src/lib/search.ts';
import { fabricatedPaper } from '../support/fabricate.ts';

const paper = fabricatedPaper('pcl', {
  venue: 'NeurIPS',
  year: 2020,
  domains: ['vision', 'nlp'],
  tags: ['hard-negatives', 'prototypes'],
});

describe('facet descriptors', () => {
  it('describe every facet, in filter order, with distinct query names and page segments', () => {
    expect(facetList.map((f) => f.key)).toEqual([...FACET_KEYS]);
    expect(new Set(facetList.map((f) => f.segment)).size).toBe(FACET_KEYS.length);
    expect(new Set(facetList.map((f) => f.attribute)).size).toBe(FACET_KEYS.length);
  });

  it("read a paper's values as URL slugs", () => {
    expect(facetSlugs(paper.data)).toEqual({
      venue: ['neurips'],
      year: ['2020'],
      domain: ['vision', 'nlp'],
      tag: ['hard-negatives', 'prototypes'],
    });
  });

  it('build every page URL from the segment and the slug', () => {
    expect(facetUrl('venue', 'NeurIPS')).toBe('/venues/neurips/');
    expect(facetUrl('year', 2020)).toBe('/years/2020/');
    expect(facetUrl('domain', 'nlp')).toBe('/domains/nlp/');
    expect(facetUrl('tag', 'hard-negatives')).toBe('/tags/hard-negatives/');
    expect(editionUrl('NeurIPS', 2020)).toBe('/venues/neurips/2020/');
  });

  it('give the card, the filter and Pagefind the same names and values, so a filter can never match nothing', () => {
    const card = cardOf(paper.id, paperData(paper.data), { links: linkTable, words: clientWords('en') });
    const item = itemOf(card.attributes);
    expect(item.values).toEqual(facetSlugs(paper.data));
    // Every value the card carries, written to the URL and read back, selects the paper.
    for (const key of FACET_KEYS) {
      for (const value of item.values[key]) {
        const state = parseQuery(`?${key}=${value}`);
        expect(toQuery(state)).toBe(`?${key}=${value}`);
        expect(matching([item], state).map((i) => i.slug)).toEqual(['pcl']);
        expect(pagefindFilters(state)).toEqual({ [key]: { any: [value] } });
      }
    }
    expect(isDefault(parseQuery(''))).toBe(true);
  });

  it('have page texts for every facet', () => {
    expect(Object.keys(facetTexts('en')).sort()).toEqual([...FACET_KEYS].sort());
    expect(facetTexts('en').tag.note('hard-negatives')).toEqual({
      text: expect.stringMatching(/negatives/),
      lang: 'en',
    });
    expect(facetTexts('en').venue.description('ICLR', 3)).toBe(
      '3 contrastive learning papers published at International Conference on Learning Representations.',
    );
    // In Chinese the sentences and the tag meanings are Chinese.
    expect(facetTexts('zh').venue.description('ICLR', 3)).toBe(
      '发表于 International Conference on Learning Representations 的 3 篇对比学习论文。',
    );
    expect(facetTexts('zh').domain.heading('vision')).toBe('计算机视觉');
    expect(facetTexts('zh').tag.note('hard-negatives')).toEqual({
      text: '挖掘、加权或合成难以区分的负样本。',
      lang: 'zh-CN',
    });
    // A venue's full name is a proper name: it stays English, and says so.
    expect(facetTexts('zh').venue.note('ICLR')?.lang).toBe('en');
  });

  it('group values in display order', () => {
    const papers = [paper, fabricatedPaper('b', { venue: 'ICLR', year: 2021, tags: ['prototypes'] })];
    expect(facetGroups('venue', papers).map((g) => g.key)).toEqual(['ICLR', 'NeurIPS']);
    expect(facetGroups('tag', papers).map((g) => g.key)).toEqual(['prototypes', 'hard-negatives']);
    expect(facets.tag.display('prototypes')).toBe('#prototypes');
  });
});
