/**
 * A JSON cache on disk between runs (node_modules/.cache, never committed): the validator's formula findings
 * and the maps' ELK layouts. The file name carries a fingerprint (a hash of what the cached values depend on:
 * the lockfile, options, code), so any change there starts an empty cache. Only the entries a run used are
 * written back, so the file never outgrows the catalogue. Plain Node: the validator and the build share it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface DiskCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Writes the entries used since the cache was opened. */
  save(): void;
}

export const CACHE_ROOT = 'node_modules/.cache/contrastive-papers';

/** A short hash of `parts` (strings, buffers or JSON values), for fingerprints and keys. */
export function hashOf(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts)
    hash.update(typeof part === 'string' || Buffer.isBuffer(part) ? part : JSON.stringify(part));
  return hash.digest('base64url').slice(0, 24);
}

/** Opens `<root>/<name>-<fingerprint>.json`; with a `null` root the cache lives in memory only. */
export function openDiskCache<T>(name: string, fingerprint: string, root: string | null = CACHE_ROOT): DiskCache<T> {
  const file = root && join(root, `${name}-${fingerprint}.json`);
  let stored: Record<string, T> = {};
  if (file) {
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }
  const used: Record<string, T> = {};
  return {
    get: (key) => {
      const value = used[key] ?? stored[key];
      if (value !== undefined) used[key] = value;
      return value;
    },
    set: (key, value) => {
      used[key] = value;
    },
    save: () => {
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(used));
    },
  };
}
