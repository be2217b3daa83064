/**
 * ELK layouts kept on disk between builds (node_modules/.cache, never committed), by a hash of the graph ELK
 * is given: a warm rebuild after one edited summary lays out nothing again, where the maps of every paper
 * page used to take seconds. Layouts are deterministic, so a cached one is byte for byte what ELK would
 * return. The file name carries a hash of the lockfile and the layout code, so any change starts afresh.
 * Server-only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface LayoutCache<T> {
  get(key: string): T | undefined;
  set(key: string, layout: T): void;
  /** Writes the layouts used since the cache was opened (so the file never outgrows the catalogue). */
  save(): void;
}

export const layoutKey = (input: unknown): string =>
  createHash('sha256').update(JSON.stringify(input)).digest('base64url').slice(0, 24);

export function openLayoutCache<T>(
  fingerprint: string,
  root = process.env['NO_CACHE'] ? undefined : 'node_modules/.cache/contrastive-papers',
): LayoutCache<T> {
  const file = root && join(root, `layouts-${fingerprint}.json`);
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
      const layout = used[key] ?? stored[key];
      if (layout !== undefined) used[key] = layout;
      return layout;
    },
    set: (key, layout) => {
      used[key] = layout;
    },
    save: () => {
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(used));
    },
  };
}
