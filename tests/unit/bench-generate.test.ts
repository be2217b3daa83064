import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { checkPapers, formatProblem } from '../../scripts/lib/check-papers.ts';
import { listPaperFiles } from '../../scripts/lib/read-papers.ts';

describe('benchmark corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-'));
  writeCorpus(dir, { count: 120 });

  it('is schema-valid, typesettable and free of duplicates', () => {
    const { problems, checked } = checkPapers(listPaperFiles(dir));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(checked).toBe(120);
  });

  it('gives every paper its own formulas, two display and several inline', () => {
    const seen = new Set<string>();
    for (const name of readdirSync(dir)) {
      const body = readFileSync(join(dir, name), 'utf8').split('\n---\n')[1] ?? '';
      const display = [...body.matchAll(/\$\$\n([\s\S]*?)\n\$\$/g)].map((m) => m[1]!);
      expect(display).toHaveLength(2);
      expect(body.replace(/\$\$[\s\S]*?\$\$/g, '').match(/\$[^$]+\$/g)?.length).toBeGreaterThanOrEqual(3);
      for (const formula of display) {
        expect(seen.has(formula)).toBe(false);
        seen.add(formula);
      }
      expect(body.split(/\s+/).length).toBeGreaterThan(200);
    }
  });

  it('is deterministic for a seed', () => {
    const again = mkdtempSync(join(tmpdir(), 'cp-bench-'));
    writeCorpus(again, { count: 120 });
    for (const name of readdirSync(dir))
      expect(readFileSync(join(again, name), 'utf8')).toBe(readFileSync(join(dir, name), 'utf8'));
    rmSync(again, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
});
