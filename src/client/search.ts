/**
 * Pagefind for the home page's filter: loaded on the first search only, and only the newest of overlapping
 * searches is answered (a reader types faster than Pagefind replies).
 */
import type { FilterState } from '../lib/filter.ts';
import { hitSlugs, pagefindFilters } from '../lib/search.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** What a search ended with: the matching slugs (null: no search), or `stale` when a newer search took over. */
export type SearchOutcome = { hits: Set<string> | null; error: string } | 'stale';

export class PaperSearch {
  #module: Promise<Pagefind> | null = null;
  #run = 0;

  constructor(readonly url: string) {}

  async run(state: FilterState): Promise<SearchOutcome> {
    const run = ++this.#run;
    if (!state.query) return { hits: null, error: '' };
    try {
      const pagefind = await this.#load();
      const { results } = await pagefind.search(state.query, { filters: pagefindFilters(state) });
      const pages = await Promise.all(results.map((r) => r.data()));
      if (run !== this.#run) return 'stale';
      return { hits: hitSlugs(pages.map((p) => p.url)), error: '' };
    } catch (error) {
      if (run !== this.#run) return 'stale';
      // Without search the facets still work; the status line says why the words were ignored.
      this.#module = null;
      return { hits: null, error: error instanceof Error ? error.message : 'unknown error' };
    }
  }

  #load(): Promise<Pagefind> {
    this.#module ??= (async () => {
      const module = (await import(/* @vite-ignore */ this.url)) as Pagefind;
      await module.options({ excerptLength: 0 });
      return module;
    })();
    return this.#module;
  }
}
