// The build is deterministic: one more build, from an empty Astro cache, reproduces the suite's dist/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/site-links.ts';
import { buildSite, compareTrees, formatDifference } from '../../scripts/reproducible.ts';
import { loadCatalogue } from '../support/catalogue.ts';
import { DIST } from '../support/dist.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cp-reproducible-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('reproducible build', () => {
  it('rebuilds dist/ byte for byte from an empty cache', () => {
    const out = join(scratch, 'clean');
    // NO_CACHE: no layout from earlier builds either, so the maps come from the worker thread.
    const result = buildSite(out, { freshCacheIn: join(scratch, 'fresh-cache'), env: { NO_CACHE: '1' } });
    expect(result.code, result.output.slice(-4000)).toBe(0);
    expect(result.output).toMatch(/laying out \d+ map\(s\) on a worker thread/);
    expect(result.output).not.toMatch(/not laid out ahead/);
    expect(compareTrees(DIST, out).map(formatDifference)).toEqual([]);
    expect(listFiles(out).length).toBeGreaterThan(loadCatalogue().length);
  });

  it('would notice a changed byte, a missing file and an extra one', () => {
    const tree = (name: string, files: Readonly<Record<string, string>>) => {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(scratch, name, path)), { recursive: true });
        writeFileSync(join(scratch, name, path), text);
      }
      return join(scratch, name);
    };
    const a = tree('a', { 'same.txt': 'x', 'p/index.html': '<p>\n<b>built 10:01</b>', 'only-a.css': '' });
    const b = tree('b', { 'same.txt': 'x', 'p/index.html': '<p>\n<b>built 10:02</b>', 'only-b.js': '' });
    expect(compareTrees(a, b).map(formatDifference)).toEqual([
      `only-a.css: only in ${a}`,
      `only-b.js: only in ${b}`,
      'p/index.html: line 2, column 14: "<p>⏎<b>built 10:01</b>" vs "<p>⏎<b>built 10:02</b>"',
    ]);
  });
});
