/**
 * The validator's formula cache on disk (src/lib/disk-cache.ts). Its fingerprint covers the lockfile and the
 * typesetting options, so any upgrade or option change starts an empty cache.
 */
import { readFileSync } from 'node:fs';
import { CACHE_ROOT, hashOf, openDiskCache, type DiskCache } from '../../src/lib/disk-cache.ts';
import { katexOptions } from '../../src/markdown/katex-options.ts';
import type { MathFindings } from './check-papers.ts';

export type DiskMathCache = DiskCache<MathFindings>;

export function openMathCache(root = CACHE_ROOT): DiskMathCache {
  return openDiskCache('math', hashOf(readFileSync('package-lock.json'), katexOptions), root);
}
