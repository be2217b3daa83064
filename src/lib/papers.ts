/** The only place the site reads the collection: every page gets the same, fully sorted list. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest } from './sort.ts';

export type PaperEntry = CollectionEntry<'papers'>;

let cached: PaperEntry[] | undefined;

/** All papers, newest first. The collection's own order is not stable, so it is always sorted here. */
export async function allPapers(): Promise<PaperEntry[]> {
  cached ??= (await getCollection('papers')).sort(byNewest);
  return cached;
}
