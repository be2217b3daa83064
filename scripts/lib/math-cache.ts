/**
 * The validator's formula cache on disk (node_modules/.cache, never committed). Its file name carries a hash
 * of the lockfile and the typesetting options, so any upgrade or option change starts an empty cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { katexOptions } from '../../src/markdown/katex-options.ts';
import type { MathCache, MathFindings } from './check-papers.ts';

export interface DiskMathCache extends MathCache {
  save(): void;
}

export function openMathCache(root = 'node_modules/.cache/contrastive-papers'): DiskMathCache {
  const fingerprint = createHash('sha256')
    .update(readFileSync('package-lock.json'))
    .update(JSON.stringify(katexOptions))
    .digest('hex')
    .slice(0, 16);
  const file = join(root, `math-${fingerprint}.json`);
  let entries: Record<string, MathFindings> = {};
  try {
    entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, MathFindings>;
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  const used: Record<string, MathFindings> = {};
  return {
    get: (key) => entries[key],
    set: (key, findings) => {
      used[key] = findings;
    },
    // Only this run's bodies are kept, so the file never grows beyond the catalogue.
    save: () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(used));
    },
  };
}
