/**
 * <paper-filter>: narrows the home page's list by facets, sort and a Pagefind search, keeping the state in
 * the URL query. Up to FULL_LIST_LIMIT papers every card is in the page and the element only hides, shows
 * and reorders them. Beyond it the page holds the first PAGE_SIZE cards; as soon as a reader filters, the
 * element loads papers-index.json and draws the matching cards itself, PAGE_SIZE at a time. Without
 * JavaScript the list, the static pagination and the facet pages still work. Decisions live in lib/filter.ts.
 */
import { cardOf, type Card } from '../lib/card.ts';
import {
  comparator,
  emptyState,
  facetCounts,
  FACETS,
  matching,
  parseQuery,
  toggle,
  toQuery,
  type Facet,
  type FilterItem,
  type FilterState,
  type Sort,
} from '../lib/filter.ts';
import { fromIndexRow, type PaperIndex } from '../lib/paper-index.ts';
import { PAGE_SIZE } from '../lib/paging.ts';
import { cardElement } from './card-dom.ts';

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

type Item = FilterItem & { index: number };

/** A facet checkbox with its count badge and label. */
interface FacetOption {
  readonly input: HTMLInputElement;
  readonly facet: Facet;
  readonly badge: Element | null;
  readonly label: Element | null;
  /** What the badge and the label show now, so unchanged ones are not touched (DOM writes are dear). */
  count: number;
  empty: boolean;
}

const words = (text: string | undefined): string[] => (text ?? '').split(' ').filter(Boolean);

function itemOf(attributes: DOMStringMap | Card['attributes'], index: number): Item {
  return {
    index,
    slug: attributes['paper'] ?? '',
    title: attributes['title'] ?? '',
    added: attributes['added'] ?? '',
    values: {
      venue: words(attributes['venue']),
      year: words(attributes['year']),
      domain: words(attributes['domains']),
      tag: words(attributes['tags']),
    },
  };
}

const isDefault = (state: FilterState) =>
  !state.query && state.sort === 'newest' && FACETS.every((facet) => state.selected[facet].length === 0);

class PaperFilter extends HTMLElement {
  #items: Item[] = [];
  #elements = new Map<string, HTMLElement>();
  #cards = new Map<string, Card>();
  #list: HTMLElement | null = null;
  #state: FilterState = emptyState();
  #hits: Set<string> | null = null;
  #pagefind: Promise<Pagefind> | null = null;
  #index: Promise<void> | null = null;
  #indexed = false;
  #limit = PAGE_SIZE;
  #searchRun = 0;
  #searchError = '';

  connectedCallback(): void {
    this.#list = this.querySelector('[data-filter-list]');
    const listed = [...this.querySelectorAll<HTMLElement>('li[data-paper]')];
    this.#items = listed.map((element, index) => itemOf(element.dataset, index));
    for (const element of listed) this.#elements.set(element.dataset['paper'] ?? '', element);
    this.addEventListener('change', this.#onChange);
    this.querySelector('[data-filter-clear]')?.addEventListener('click', () => this.#commit(emptyState(), 'push'));
    this.querySelector('[data-filter-export]')?.addEventListener('click', () => void this.#exportBibtex());
    this.querySelector('[data-filter-more]')?.addEventListener('click', () => {
      this.#limit += PAGE_SIZE;
      this.#render();
    });
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
    window.addEventListener('popstate', () => void this.#load());
    void this.#load().then(() => (this.dataset['ready'] = 'true'));
    // Fetch the index while the reader looks at the first page, so the first filter is instant too.
    if (this.#partial) {
      const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
      idle(() => void this.#loadIndex());
    }
  }

  /** Applies a query string without touching history; resolves once the list is updated (benchmark hook). */
  async applyQuery(search: string): Promise<void> {
    this.#state = parseQuery(search);
    this.#limit = PAGE_SIZE;
    await this.#apply();
  }

  /** True when only a first page is in the page and the full index lives in papers-index.json. */
  get #partial(): boolean {
    return this.dataset['index'] !== undefined;
  }

  #searchBox(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[type=search]');
  }

  async #load(): Promise<void> {
    this.#state = parseQuery(location.search);
    this.#limit = PAGE_SIZE;
    await this.#apply();
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
    this.#limit = PAGE_SIZE;
    const url = `${location.pathname}${toQuery(state)}${location.hash}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void this.#apply(queryChanged || history === 'push');
  }

  /** Brings controls, index, search hits and the list in line with the state. */
  async #apply(research = true): Promise<void> {
    this.#syncControls();
    if (this.#partial && !isDefault(this.#state)) await this.#loadIndex();
    // A newer keystroke may have started another search meanwhile: only the latest one renders.
    if (research && !(await this.#runSearch())) return;
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

  #loadIndex(): Promise<void> {
    this.#index ??= (async () => {
      this.#setBusy(true);
      try {
        const response = await fetch(this.dataset['index'] ?? '');
        const index = (await response.json()) as PaperIndex;
        this.#items = index.rows.map((row, position) => {
          const { slug, data } = fromIndexRow(row);
          const card = cardOf(slug, data);
          this.#cards.set(slug, card);
          return itemOf(card.attributes, position);
        });
        this.#orders.clear();
        this.#indexed = true;
        this.dataset['indexed'] = 'true';
        this.#warmUp();
      } catch (error) {
        this.#index = null;
        this.#announce(`The paper index could not be loaded (${error instanceof Error ? error.message : 'error'}).`);
      } finally {
        this.#setBusy(false);
      }
    })();
    return this.#index;
  }

  /** Runs the search for the current query; false when a newer search superseded this one. */
  async #runSearch(): Promise<boolean> {
    const query = this.#state.query;
    const run = ++this.#searchRun;
    this.#searchError = '';
    if (!query) {
      this.#hits = null;
      return true;
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
      if (run !== this.#searchRun) return false;
      this.#hits = new Set(pages.flatMap((p) => /\/papers\/([^/]+)\/?$/.exec(p.url)?.[1] ?? []));
      return true;
    } catch (error) {
      if (run !== this.#searchRun) return false;
      // Without search the facets still work; the status line says why the words were ignored.
      this.#hits = null;
      this.#searchError = `Search is unavailable (${error instanceof Error ? error.message : 'unknown error'}). `;
      return true;
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

  #elementFor(item: Item): HTMLElement {
    let element = this.#elements.get(item.slug);
    if (!element) {
      const card = this.#cards.get(item.slug);
      element = card ? cardElement(card) : document.createElement('li');
      this.#elements.set(item.slug, element);
    }
    return element;
  }

  /**
   * While the reader is idle: compile the filter's hot paths, draw the oldest papers' cards off-screen (enough
   * calls for the engine to optimise the drawing code) and look up the facet controls, so the first real
   * filter costs what later ones do (a cold first run took 2-4x longer at 5,000 papers).
   */
  #warmUp(): void {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
    idle(() => {
      const probe = toggle(emptyState(), 'year', this.#items[0]?.values.year[0] ?? '', true);
      for (let i = 0; i < 3; i++) {
        matching(this.#items, probe, null);
        facetCounts(this.#items, probe, null);
      }
      for (const item of this.#items.slice(-150)) this.#elementFor(item);
      this.#facetOptions();
      // Each sort order is its own list, interned on first use: do that now rather than on a click.
      for (const sort of ['title', 'oldest'] as const) matching(this.#ordered(sort), probe, null);
      this.dataset['warm'] = 'true';
    });
  }

  /** All items in each sort order, computed once: filtering keeps order, so no query sorts again. */
  #orders = new Map<Sort, Item[]>();

  #ordered(sort: Sort): Item[] {
    let ordered = this.#orders.get(sort);
    if (!ordered) {
      ordered = sort === 'newest' ? this.#items : [...this.#items].sort(comparator(sort));
      this.#orders.set(sort, ordered);
    }
    return ordered;
  }

  /** The matching items in display order. */
  #visible(): Item[] {
    return matching(this.#ordered(this.#state.sort), this.#state, this.#hits);
  }

  #render(): void {
    const total = Number(this.dataset['total'] ?? this.#items.length);
    if (this.#partial && !this.#indexed) {
      // Nothing filtered yet: the server's first page stands as it is.
      this.#announce(`Showing the ${this.#items.length} newest of ${total} papers.`);
      this.dataset['shown'] = String(total);
      this.#markRendered();
      return;
    }
    const visible = this.#visible();
    const listed = this.#partial ? visible.slice(0, this.#limit) : visible;
    if (this.#partial) {
      const elements = listed.map((item) => this.#elementFor(item));
      const children = this.#list?.children;
      const same = children?.length === elements.length && elements.every((element, i) => children[i] === element);
      if (!same) this.#list?.replaceChildren(...elements);
    } else {
      const shown = new Set(visible.map((item) => item.slug));
      for (const item of this.#items) this.#elementFor(item).hidden = !shown.has(item.slug);
      const ordered = this.#ordered(this.#state.sort).map((item) => this.#elementFor(item));
      if (this.#list && ordered.some((element, i) => this.#list?.children[i] !== element))
        this.#list.append(...ordered);
    }
    this.#updateCounts();
    const filtered = !isDefault(this.#state);
    this.querySelector<HTMLElement>('[data-filter-more]')?.toggleAttribute('hidden', listed.length >= visible.length);
    // The static page links describe the unfiltered list only.
    document.querySelector<HTMLElement>('[data-pagination]')?.toggleAttribute('hidden', filtered);
    const searching = this.#state.query ? ` matching “${this.#state.query}”` : '';
    let text: string;
    if (visible.length === total && !searching) {
      text =
        listed.length === total ? `Showing all ${total} papers.` : `Showing ${listed.length} of all ${total} papers.`;
    } else if (listed.length < visible.length) {
      text = `Showing ${listed.length} of ${visible.length} papers${searching} (${total} in all).`;
    } else {
      text = `Showing ${visible.length} of ${total} papers${searching}.`;
    }
    this.#announce(this.#searchError + text);
    this.querySelector<HTMLElement>('[data-filter-empty]')?.toggleAttribute('hidden', visible.length > 0);
    this.dataset['shown'] = String(visible.length);
    this.#markRendered();
  }

  /** Records which address the list now shows, so tests and the benchmark can wait for the list, not guess. */
  #markRendered(): void {
    this.dataset['rendered'] = location.search;
  }

  #options: FacetOption[] | null = null;

  /** Each facet checkbox with its badge and label, looked up once (in the warm-up when there is one). */
  #facetOptions(): FacetOption[] {
    return (this.#options ??= [...this.querySelectorAll<HTMLInputElement>('input[data-facet]')].map((input) => {
      const badge = input.parentElement?.querySelector('.facet-count') ?? null;
      const label = input.parentElement;
      return {
        input,
        facet: input.dataset['facet'] as Facet,
        badge,
        label,
        count: Number(badge?.textContent ?? Number.NaN),
        empty: label?.classList.contains('is-empty') ?? false,
      };
    }));
  }

  #updateCounts(): void {
    const counts = facetCounts(this.#items, this.#state, this.#hits);
    for (const option of this.#facetOptions()) {
      const count = counts[option.facet].get(option.input.value) ?? 0;
      if (option.badge && option.count !== count) option.badge.textContent = String(count);
      option.count = count;
      const empty = count === 0 && !option.input.checked;
      if (option.empty !== empty) option.label?.classList.toggle('is-empty', empty);
      option.empty = empty;
    }
  }

  #announce(text: string): void {
    const status = this.querySelector('[data-filter-status]');
    if (status) status.textContent = text;
  }

  /** Downloads the papers the filter selects (all matches, also those behind "show more"). */
  async #exportBibtex(): Promise<void> {
    const url = this.dataset['export'];
    if (!url) return;
    const slugs =
      this.#partial && !this.#indexed
        ? [...(this.#list?.querySelectorAll<HTMLElement>('li[data-paper]') ?? [])].map(
            (li) => li.dataset['paper'] ?? '',
          )
        : this.#visible().map((item) => item.slug);
    const response = await fetch(url);
    const { papers } = (await response.json()) as { papers: { slug: string; bibtex: string }[] };
    const bySlug = new Map(papers.map((p) => [p.slug, p.bibtex]));
    const text = slugs
      .map((slug) => bySlug.get(slug) ?? '')
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
