/** Orderings shared by pages, feeds and exports, so every list of papers sorts the same way. */
export interface Sortable {
  readonly id: string;
  readonly data: { readonly year: number; readonly title: string; readonly added: Date };
}

/** Newest first: by year, then most recently added, then title; the slug breaks every remaining tie. */
export function byNewest(a: Sortable, b: Sortable): number {
  return (
    b.data.year - a.data.year ||
    b.data.added.getTime() - a.data.added.getTime() ||
    a.data.title.localeCompare(b.data.title, 'en') ||
    a.id.localeCompare(b.id, 'en')
  );
}
