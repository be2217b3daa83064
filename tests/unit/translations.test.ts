// Chinese texts beside the papers folder (content/papers-zh/): validated like the English ones.
import { describe, expect, it } from 'vitest';
import { validateFolder } from '../../scripts/lib/validate-folder.ts';

const DIR = 'tests/fixtures/translations/papers';
const ZH = 'tests/fixtures/translations/papers-zh';
const { problems } = validateFolder(DIR, DIR, { cache: false });
const of = (name: string) => problems.filter((p) => p.startsWith(`${ZH}/${name}.md:`));

describe('translations', () => {
  it('accept a translation of an existing entry, with its formulas', () => {
    expect(of('base-paper')).toEqual([]);
  });

  it('refuse a translation of no entry, with a did-you-mean', () => {
    expect(of('base-papr')).toEqual([
      `${ZH}/base-papr.md:1: file name: translates "base-papr", which is not an entry of the list (did you mean base-paper.md?)`,
    ]);
  });

  it('hold the tldr to one sentence, with Chinese full stops', () => {
    expect(of('two-sentences')).toEqual([
      expect.stringMatching(/two-sentences\.md:2: tldr: tldr has 2 sentence ends; a tldr is one sentence/),
    ]);
  });

  it('typeset the formulas', () => {
    expect(of('bad-formula')).toEqual([expect.stringMatching(/bad-formula\.md:4: body: formula KaTeX cannot typeset/)]);
  });

  it('check the real Chinese texts: every one names an entry and passes', () => {
    const real = validateFolder('content/papers', 'content/papers', { cache: true }).problems;
    expect(real.filter((p) => p.includes('papers-zh'))).toEqual([]);
  });
});
