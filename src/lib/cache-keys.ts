/**
 * Cache keys for Astro's incremental build: a page is reused from the previous build only while its key is
 * unchanged, so a key must cover every entry the page shows. Entry digests change with the file's content.
 */
import { createHash } from 'node:crypto';

interface Digested {
  readonly id: string;
  readonly digest?: string | number | undefined;
}

/** One key for a list page: changes when any listed entry changes, is added, removed or moved. */
export function listKey(entries: readonly Digested[], ...extra: readonly (string | number)[]): string {
  const hash = createHash('sha256');
  for (const entry of entries) hash.update(`${entry.id}\0${entry.digest ?? ''}\n`);
  hash.update(extra.join('\0'));
  return hash.digest('base64url').slice(0, 22);
}
