/** The only place the site reads the collection: every page gets the same, fully sorted list. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lineageOf, type Lineage } from './lineage.ts';
import { byNewest } from './sort.ts';

export type PaperEntry = CollectionEntry<'papers'>;

let cached: PaperEntry[] | undefined;

/** All papers, newest first. The collection's own order is not stable, so it is always sorted here. */
export async function allPapers(): Promise<PaperEntry[]> {
  cached ??= (await getCollection('papers')).sort(byNewest);
  return cached;
}

let lineage: Lineage<PaperEntry> | undefined;

/** The builds_on graph of all papers, computed once for the map pages and every paper page. */
export async function paperLineage(): Promise<Lineage<PaperEntry>> {
  lineage ??= lineageOf(await allPapers());
  return lineage;
}
