// The four refusals of builds_on, each with its fixture (tests/fixtures/lineage/).
import { describe, expect, it } from 'vitest';
import { checkPapers, formatProblem } from '../../scripts/lib/check-papers.ts';
import { listPaperFiles } from '../../scripts/lib/read-papers.ts';

const DIR = 'tests/fixtures/lineage';
const problems = checkPapers(listPaperFiles(DIR)).problems.map(formatProblem);
const of = (name: string) => problems.filter((p) => p.startsWith(`${DIR}/${name}.md:`));

describe('builds_on', () => {
  it('accepts edges to earlier or same-year entries', () => {
    expect(of('base-paper')).toEqual([]);
    expect(of('later-paper')).toEqual([]);
  });

  it('refuses an unknown slug, with a did-you-mean', () => {
    expect(of('unknown-slug')).toEqual([
      `${DIR}/unknown-slug.md:10: builds_on[0]: "base-papr" is not an entry of the list (did you mean base-paper?)`,
    ]);
  });

  it('refuses the entry itself', () => {
    expect(of('self-reference')).toEqual([
      `${DIR}/self-reference.md:10: builds_on[0]: names the entry itself (remove it; an entry cannot build on itself)`,
    ]);
  });

  it('refuses a duplicate', () => {
    expect(of('duplicate-edge')).toEqual([
      `${DIR}/duplicate-edge.md:10: builds_on[1]: names base-paper twice (keep one of the two)`,
    ]);
  });

  it('refuses a predecessor published later than the paper', () => {
    expect(of('from-the-future')).toEqual([
      `${DIR}/from-the-future.md:10: builds_on[0]: later-paper was published in 2022, after this paper (2021) (remove it, or if later-paper builds on this paper, list this paper in its builds_on instead)`,
    ]);
  });
});
