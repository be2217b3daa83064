/**
 * <paper-filter>: narrows the server-rendered list of papers by facets, sort and a Pagefind search, keeping
 * the state in the URL query. It only hides, shows and reorders <li data-paper> items; without JavaScript the
 * full list and the static facet pages still work. All decisions live in src/lib/filter.ts.
 */
import {
  comparator,
  emptyState,
  facetCounts,
  FACETS,
  matches,
  parseQuery,
  toggle,
  toQuery,
  type Facet,
  type FilterItem,
  type FilterState,
  type Sort,
} from '../lib/filter.ts';

interface PagefindResult {
  data(): Promise<{ url: string }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[] }>;
}

const words = (text: string | undefined): string[] => (text ?? '').split(' ').filter(Boolean);

class PaperFilter extends HTMLElement {
  #items: (FilterItem & { index: number; element: HTMLElement })[] = [];
  #list: HTMLElement | null = null;
  #state: FilterState = emptyState();
  #hits: Set<string> | null = null;
  #pagefind: Promise<Pagefind> | null = null;
  #searchRun = 0;

  connectedCallback(): void {
    this.#list = this.querySelector('[data-filter-list]');
    this.#items = [...this.querySelectorAll<HTMLElement>('li[data-paper]')].map((element, index) => ({
      element,
      index,
      slug: element.dataset['paper'] ?? '',
      title: element.dataset['title'] ?? '',
      added: element.dataset['added'] ?? '',
      values: {
        venue: words(element.dataset['venue']),
        year: words(element.dataset['year']),
        domain: words(element.dataset['domains']),
        tag: words(element.dataset['tags']),
      },
    }));
    this.querySelector<HTMLElement>('[data-filter-controls]')?.removeAttribute('hidden');
    // Facet lists start closed so a phone sees the papers first; wide screens open the main two.
    if (window.matchMedia('(min-width: 48rem)').matches) {
      for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]')) details.open = true;
    }
    this.addEventListener('change', this.#onChange);
    this.querySelector('[data-filter-clear]')?.addEventListener('click', () => this.#commit(emptyState(), 'push'));
    this.querySelector('[data-filter-export]')?.addEventListener('click', () => void this.#exportBibtex());
    const search = this.#searchBox();
    search?.addEventListener('input', () => {
      this.#commit({ ...this.#state, query: search.value.trim() }, 'replace');
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        search?.focus();
      }
    });
    window.addEventListener('popstate', () => this.#load());
    this.#load();
    this.dataset['ready'] = 'true';
  }

  /** Applies a query string without touching history; resolves once the list is updated (benchmark hook). */
  async applyQuery(search: string): Promise<void> {
    this.#state = parseQuery(search);
    await this.#apply();
  }

  #searchBox(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[type=search]');
  }

  #load(): void {
    this.#state = parseQuery(location.search);
    void this.#apply();
  }

  #onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const facet = input.dataset['facet'] as Facet | undefined;
    if (facet && input instanceof HTMLInputElement) {
      this.#commit(toggle(this.#state, facet, input.value, input.checked), 'push');
    } else if (input.name === 'sort') {
      this.#commit({ ...this.#state, sort: input.value as Sort }, 'push');
    }
  };

  #commit(state: FilterState, history: 'push' | 'replace'): void {
    const queryChanged = state.query !== this.#state.query;
    this.#state = state;
    const url = `${location.pathname}${toQuery(state)}${location.hash}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void this.#apply(queryChanged || history === 'push');
  }

  /** Brings controls, search hits and the list in line with the state. */
  async #apply(research = true): Promise<void> {
    this.#syncControls();
    if (research) await this.#runSearch();
    this.#render();
  }

  #syncControls(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      input.checked = this.#state.selected[input.dataset['facet'] as Facet].includes(input.value);
      const details = input.closest('details');
      if (input.checked && details) details.open = true;
    }
    const sort = this.querySelector<HTMLSelectElement>('select[name=sort]');
    if (sort) sort.value = this.#state.sort;
    const search = this.#searchBox();
    if (search && search.value.trim() !== this.#state.query) search.value = this.#state.query;
  }

  async #runSearch(): Promise<void> {
    const query = this.#state.query;
    const run = ++this.#searchRun;
    if (!query) {
      this.#hits = null;
      return;
    }
    this.#setBusy(true);
    try {
      const pagefind = await this.#loadPagefind();
      const filters: Record<string, { any: string[] }> = {};
      for (const facet of FACETS) {
        if (this.#state.selected[facet].length > 0) filters[facet] = { any: [...this.#state.selected[facet]] };
      }
      const { results } = await pagefind.search(query, { filters });
      const pages = await Promise.all(results.map((r) => r.data()));
      if (run !== this.#searchRun) return;
      this.#hits = new Set(pages.flatMap((p) => /\/papers\/([^/]+)\/?$/.exec(p.url)?.[1] ?? []));
    } catch (error) {
      if (run !== this.#searchRun) return;
      this.#hits = null;
      this.#announce(`Search is unavailable (${error instanceof Error ? error.message : 'unknown error'}).`);
    } finally {
      if (run === this.#searchRun) this.#setBusy(false);
    }
  }

  #loadPagefind(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = this.dataset['pagefind'] ?? '/pagefind/pagefind.js';
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ excerptLength: 0 });
      return module;
    })();
    return this.#pagefind;
  }

  #setBusy(busy: boolean): void {
    this.#list?.setAttribute('aria-busy', String(busy));
  }

  #render(): void {
    const visible = this.#items.filter((item) => matches(item, this.#state, this.#hits));
    const shown = new Set(visible.map((item) => item.slug));
    for (const item of this.#items) item.element.hidden = !shown.has(item.slug);
    const ordered = [...this.#items].sort(comparator(this.#state.sort));
    if (this.#list && ordered.some((item, i) => this.#list?.children[i] !== item.element)) {
      this.#list.append(...ordered.map((item) => item.element));
    }
    const counts = facetCounts(this.#items, this.#state, this.#hits);
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      const count = counts[input.dataset['facet'] as Facet].get(input.value) ?? 0;
      const badge = input.parentElement?.querySelector('.facet-count');
      if (badge) badge.textContent = String(count);
      input.parentElement?.classList.toggle('is-empty', count === 0 && !input.checked);
    }
    const total = this.#items.length;
    const searching = this.#state.query ? ` matching “${this.#state.query}”` : '';
    this.#announce(
      visible.length === total && !searching
        ? `Showing all ${total} papers.`
        : `Showing ${visible.length} of ${total} papers${searching}.`,
    );
    this.querySelector<HTMLElement>('[data-filter-empty]')?.toggleAttribute('hidden', visible.length > 0);
    this.dataset['shown'] = String(visible.length);
  }

  #announce(text: string): void {
    const status = this.querySelector('[data-filter-status]');
    if (status) status.textContent = text;
  }

  async #exportBibtex(): Promise<void> {
    const url = this.dataset['export'];
    if (!url) return;
    const response = await fetch(url);
    const { papers } = (await response.json()) as { papers: { slug: string; bibtex: string }[] };
    const bySlug = new Map(papers.map((p) => [p.slug, p.bibtex]));
    const shown = [...(this.#list?.querySelectorAll<HTMLElement>('li[data-paper]:not([hidden])') ?? [])];
    const text = shown
      .map((li) => bySlug.get(li.dataset['paper'] ?? '') ?? '')
      .filter(Boolean)
      .join('\n\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([`${text}\n`], { type: 'application/x-bibtex' }));
    link.download = 'contrastive-papers.bib';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}

customElements.define('paper-filter', PaperFilter);
