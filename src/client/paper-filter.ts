/**
 * <paper-filter>: narrows the home page's list by facets, sort and a Pagefind search, keeping the state in
 * the URL query. This element is wiring: it connects the page's controls, history and the list to pure
 * modules (lib/filter.ts decides, lib/filter-status.ts words the status) and to client/search.ts and
 * client/download.ts. Up to FULL_LIST_LIMIT papers every card is in the page; beyond it the page holds the
 * first PAGE_SIZE cards, and the element loads papers-index.json on the first filter and draws the matching
 * cards itself, PAGE_SIZE at a time. Without JavaScript the list, the pagination and the facet pages work.
 */
import { cardOf } from '../lib/card.ts';
import type { FacetKey } from '../lib/facets.ts';
import {
  comparator,
  emptyState,
  facetCounts,
  activeFilters,
  isDefault,
  itemOf,
  matching,
  parseQuery,
  toggle,
  toQuery,
  type FilterItem,
  type FilterState,
  type Sort,
} from '../lib/filter.ts';
import { isLocale, DEFAULT_LOCALE, locales } from '../i18n/locales.ts';
import type { ClientWords } from '../i18n/ui.ts';
import { firstPageText, indexFailedText, statusText } from '../lib/filter-status.ts';
import { indexPapers, type PaperIndex } from '../lib/paper-index.ts';
import { PAGE_SIZE } from '../lib/paging.ts';
import { cardElement } from './card-dom.ts';
import { downloadBibtex } from './download.ts';
import { PaperSearch } from './search.ts';

type Item = FilterItem & { index: number };

/** A facet checkbox with its count badge and label. */
interface FacetOption {
  readonly input: HTMLInputElement;
  readonly facet: FacetKey;
  readonly badge: Element | null;
  readonly label: Element | null;
  /** What the badge and the label show now, so unchanged ones are not touched (DOM writes are dear). */
  count: number;
  empty: boolean;
}

const idle = (callback: () => void, fallbackMs: number): void => {
  if (window.requestIdleCallback) window.requestIdleCallback(callback);
  else setTimeout(callback, fallbackMs);
};

class PaperFilter extends HTMLElement {
  #items: Item[] = [];
  /** Each paper's list item: the server's, or drawn from the index when first needed. */
  #elements = new Map<string, HTMLElement>();
  #draw = new Map<string, () => HTMLElement>();
  #list: HTMLElement | null = null;
  #state: FilterState = emptyState();
  #hits: Set<string> | null = null;
  #searchError = '';
  #search: PaperSearch | null = null;
  #index: Promise<void> | null = null;
  #indexed = false;
  #limit = PAGE_SIZE;
  /** All items in each sort order, computed once: filtering keeps order, so no query sorts again. */
  #orders = new Map<Sort, Item[]>();
  #options: FacetOption[] | null = null;
  /** The page's language (data-locale) and its words (data-words): the status line, cards drawn from the index. */
  #locale = DEFAULT_LOCALE;
  #words!: ClientWords;

  connectedCallback(): void {
    const locale = this.dataset['locale'];
    if (isLocale(locale)) this.#locale = locale;
    this.#words = JSON.parse(this.dataset['words'] ?? '{}') as ClientWords;
    this.#list = this.querySelector('[data-filter-list]');
    this.#search = new PaperSearch(this.dataset['pagefind'] ?? '/pagefind/pagefind.js');
    this.#upgradeFacets();
    const listed = [...this.querySelectorAll<HTMLElement>('li[data-paper]')];
    this.#items = listed.map((element, index) => ({ ...itemOf(element.dataset), index }));
    for (const element of listed) this.#elements.set(element.dataset['paper'] ?? '', element);
    this.addEventListener('change', this.#onChange);
    this.querySelector('[data-filter-chips]')?.addEventListener('click', this.#onChip);
    this.querySelector('[data-filter-clear]')?.addEventListener('click', () => this.#commit(emptyState(), 'push'));
    this.querySelector('[data-filter-export]')?.addEventListener('click', () => void this.#export());
    this.querySelector('[data-filter-more]')?.addEventListener('click', () => {
      this.#limit += PAGE_SIZE;
      this.#render();
    });
    const search = this.#searchBox();
    search?.addEventListener('input', () => this.#commit({ ...this.#state, query: search.value.trim() }, 'replace'));
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
    if (this.#partial) idle(() => void this.#loadIndex(), 200);
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
    const facet = input.dataset['facet'] as FacetKey | undefined;
    if (facet && input instanceof HTMLInputElement) {
      this.#commit(toggle(this.#state, facet, input.value, input.checked), 'push');
    } else if (input.name === 'sort') {
      this.#commit({ ...this.#state, sort: input.value as Sort }, 'push');
    }
  };

  /**
   * Without a script each facet value is a link to its static page; with one it is the label of its checkbox,
   * so the link gives way to plain text (one tab stop per value, and a click toggles instead of leaving).
   */
  #upgradeFacets(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a.facet-label')) {
      const label = document.createElement('span');
      label.className = 'facet-label';
      label.textContent = link.textContent;
      link.replaceWith(label);
    }
  }

  /** A chip is a link to the list without its value; followed here without reloading the page. */
  #onChip = (event: Event): void => {
    const chip = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-chip-facet]');
    if (!chip || (event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey) return;
    event.preventDefault();
    const facet = chip.dataset['chipFacet'] as FacetKey;
    this.#refocusChips = true;
    this.#commit(toggle(this.#state, facet, chip.dataset['chipValue'] ?? '', false), 'push');
  };

  /** Set when a chip was removed with the focus on it: the focus moves to the next chip, or the search box. */
  #refocusChips = false;

  /** One removable chip per selected value, each a real link to the list without that value. */
  #renderChips(): void {
    const list = this.querySelector<HTMLElement>('[data-filter-chips]');
    if (!list) return;
    const chips = activeFilters(this.#state).map(({ facet, value }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'chip chip-active';
      link.href = `${location.pathname}${toQuery(toggle(this.#state, facet, value, false))}`;
      link.dataset['chipFacet'] = facet;
      link.dataset['chipValue'] = value;
      // The same markup as FilterChips.astro: "Remove filter: ICLR" to a screen reader, "ICLR ×" on screen.
      const hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = this.#words.remove;
      const cross = document.createElement('span');
      cross.setAttribute('aria-hidden', 'true');
      cross.textContent = '×';
      link.append(hint, this.#optionLabel(facet, value), ' ', cross);
      item.append(link);
      return item;
    });
    list.replaceChildren(...chips);
    list.hidden = chips.length === 0;
    if (this.#refocusChips) {
      this.#refocusChips = false;
      (list.querySelector('a') ?? this.#searchBox())?.focus();
    }
  }

  /** What the facet control calls a value (the URL carries its slug). */
  #optionLabel(facet: FacetKey, value: string): string {
    const option = this.#facetOptions().find((o) => o.facet === facet && o.input.value === value);
    return option?.label?.querySelector('.facet-label')?.textContent?.trim() || value;
  }

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
    if (research) {
      if (this.#state.query) this.#setBusy(true);
      const outcome = (await this.#search?.run(this.#state)) ?? { hits: null, error: '' };
      // A newer keystroke started another search meanwhile: only the latest one renders.
      if (outcome === 'stale') return;
      this.#setBusy(false);
      this.#hits = outcome.hits;
      this.#searchError = outcome.error;
    }
    this.#render();
  }

  #syncControls(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      input.checked = this.#state.selected[input.dataset['facet'] as FacetKey].includes(input.value);
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
        const untranslated = new Set(index.untranslated);
        this.#items = indexPapers(index).map(({ slug, data }, position) => {
          const card = cardOf(slug, data, {
            links: index.links,
            tldrHtml: index.tldrHtml[slug],
            locale: this.#locale,
            words: this.#words,
            tldrLang: untranslated.has(slug) ? locales[DEFAULT_LOCALE].lang : undefined,
          });
          this.#draw.set(slug, () => cardElement(card));
          return { ...itemOf(card.attributes), index: position };
        });
        this.#orders.clear();
        this.#indexed = true;
        this.dataset['indexed'] = 'true';
        this.#warmUp();
      } catch (error) {
        this.#index = null;
        this.#announce(indexFailedText(error instanceof Error ? error.message : 'error', this.#words));
      } finally {
        this.#setBusy(false);
      }
    })();
    return this.#index;
  }

  #setBusy(busy: boolean): void {
    this.#list?.setAttribute('aria-busy', String(busy));
  }

  #elementFor(item: Item): HTMLElement {
    let element = this.#elements.get(item.slug);
    if (!element) {
      element = this.#draw.get(item.slug)?.() ?? document.createElement('li');
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
    }, 50);
  }

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

  /** The one render path: the list holds the first `limit` matches (all of them for a full list), in order. */
  #render(): void {
    const total = Number(this.dataset['total'] ?? this.#items.length);
    if (this.#partial && !this.#indexed) {
      // Nothing filtered yet: the server's first page stands as it is.
      this.#announce(firstPageText(this.#items.length, total, this.#words));
      this.dataset['shown'] = String(total);
      this.#markRendered();
      return;
    }
    const visible = this.#visible();
    const listed = this.#partial ? visible.slice(0, this.#limit) : visible;
    const elements = listed.map((item) => this.#elementFor(item));
    const children = this.#list?.children;
    const same = children?.length === elements.length && elements.every((element, i) => children[i] === element);
    if (!same) this.#list?.replaceChildren(...elements);
    this.#updateCounts();
    this.#renderChips();
    this.querySelector<HTMLElement>('[data-filter-more]')?.toggleAttribute('hidden', listed.length >= visible.length);
    // The static page links describe the unfiltered list only.
    document.querySelector<HTMLElement>('[data-pagination]')?.toggleAttribute('hidden', !isDefault(this.#state));
    this.#announce(
      statusText(
        {
          total,
          matched: visible.length,
          listed: listed.length,
          query: this.#state.query,
          searchError: this.#searchError,
        },
        this.#words,
      ),
    );
    this.querySelector<HTMLElement>('[data-filter-empty]')?.toggleAttribute('hidden', visible.length > 0);
    this.dataset['shown'] = String(visible.length);
    this.#markRendered();
  }

  /** Records which address the list now shows, so tests and the benchmark can wait for the list, not guess. */
  #markRendered(): void {
    this.dataset['rendered'] = location.search;
  }

  /** Each facet checkbox with its badge and label, looked up once (in the warm-up when there is one). */
  #facetOptions(): FacetOption[] {
    return (this.#options ??= [...this.querySelectorAll<HTMLInputElement>('input[data-facet]')].map((input) => {
      const badge = input.parentElement?.querySelector('[data-count]') ?? null;
      const label = input.parentElement;
      return {
        input,
        facet: input.dataset['facet'] as FacetKey,
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
  async #export(): Promise<void> {
    const url = this.dataset['export'];
    if (!url) return;
    const slugs =
      this.#partial && !this.#indexed
        ? [...(this.#list?.querySelectorAll<HTMLElement>('li[data-paper]') ?? [])].map(
            (li) => li.dataset['paper'] ?? '',
          )
        : this.#visible().map((item) => item.slug);
    await downloadBibtex(url, slugs, this.dataset['download'] ?? 'papers.bib');
  }
}

customElements.define('paper-filter', PaperFilter);
