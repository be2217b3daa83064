/**
 * Builds a synthetic catalogue larger than FULL_LIST_LIMIT, so the browser tests also cover the paginated
 * home page and the lazily loaded index. Generated with the benchmark's seeded generator.
 */
import { resolve } from 'node:path';
import { writeCorpus } from '../../bench/generate.ts';
import { FULL_LIST_LIMIT } from '../../src/lib/paging.ts';
import { run } from '../support/run.ts';

export const LARGE_CORPUS = resolve('bench/.work/e2e-large/papers');
export const LARGE_DIST = resolve('bench/.work/e2e-large/dist');
export const LARGE_COUNT = FULL_LIST_LIMIT + 100;

export default function buildLarge(): void {
  if (process.env['CP_SKIP_BUILD'] === '1' || process.env['CP_LARGE_BUILT'] === '1') return;
  writeCorpus(LARGE_CORPUS, { count: LARGE_COUNT, seed: 7 });
  const result = run('npm', ['run', 'build'], { PAPERS_DIR: LARGE_CORPUS, OUT_DIR: LARGE_DIST });
  if (result.code !== 0) throw new Error(`the large synthetic catalogue did not build:\n${result.output.slice(-4000)}`);
  process.env['CP_LARGE_BUILT'] = '1';
}
