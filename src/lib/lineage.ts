/**
 * The graph of `builds_on` edges: who builds on whom, the inverse ("built upon by"), a paper's neighbourhood
 * and the lineages as trees. Pure functions over plain entries; the map pages draw what they return.
 */
import type { DomainId } from '../data/domains.ts';
import type { Paper } from '../schema.ts';

export interface LineageEntry {
  readonly id: string;
  readonly data: Pick<Paper, 'title' | 'short' | 'year' | 'domains' | 'builds_on' | 'tldr'>;
}

export interface Edge {
  /** The earlier paper. */
  readonly from: string;
  /** The paper that builds on it. */
  readonly to: string;
}

export interface Lineage<E extends LineageEntry> {
  readonly entries: ReadonlyMap<string, E>;
  readonly edges: readonly Edge[];
  /** Slug → the entries it builds on, and the entries that build on it, in catalogue order. */
  readonly predecessors: ReadonlyMap<string, readonly E[]>;
  readonly successors: ReadonlyMap<string, readonly E[]>;
}

/** The graph of the given entries; edges to slugs outside them are left out (the validator refuses those). */
export function lineageOf<E extends LineageEntry>(papers: readonly E[]): Lineage<E> {
  const entries = new Map(papers.map((p) => [p.id, p]));
  const predecessors = new Map<string, E[]>(papers.map((p) => [p.id, []]));
  const successors = new Map<string, E[]>(papers.map((p) => [p.id, []]));
  const edges: Edge[] = [];
  for (const paper of papers) {
    for (const from of paper.data.builds_on) {
      const earlier = entries.get(from);
      if (!earlier) continue;
      edges.push({ from, to: paper.id });
      predecessors.get(paper.id)?.push(earlier);
    }
  }
  // Successors in catalogue order, whichever order the edges were listed in.
  for (const paper of papers) {
    for (const from of paper.data.builds_on) successors.get(from)?.push(paper);
  }
  return { entries, edges, predecessors, successors };
}

/** The slugs at most `steps` edges back or forward from `slug` (itself included). */
export function neighbourhoodIds<E extends LineageEntry>(lineage: Lineage<E>, slug: string, steps = 2): Set<string> {
  const near = new Set<string>([slug]);
  for (const direction of [lineage.predecessors, lineage.successors]) {
    let frontier = [slug];
    for (let step = 0; step < steps; step++) {
      frontier = frontier.flatMap((id) => (direction.get(id) ?? []).map((e) => e.id)).filter((id) => !near.has(id));
      for (const id of frontier) near.add(id);
    }
  }
  return near;
}

/** The entries at most `steps` edges back or forward from `slug` (itself included), in catalogue order. */
export function neighbourhood<E extends LineageEntry>(lineage: Lineage<E>, slug: string, steps = 2): E[] {
  const near = neighbourhoodIds(lineage, slug, steps);
  return [...lineage.entries.values()].filter((e) => near.has(e.id));
}

/** The part of the graph between the entries `keep` accepts (or the entries named), in catalogue order. */
export function subLineage<E extends LineageEntry>(
  lineage: Lineage<E>,
  keep: ((entry: E) => boolean) | ReadonlySet<string>,
): Lineage<E> {
  // A set of a few slugs is looked up, not tested against every entry: each paper page asks for one.
  const kept =
    typeof keep === 'function'
      ? [...lineage.entries.values()].filter(keep)
      : [...keep].flatMap((id) => lineage.entries.get(id) ?? []).sort((a, b) => order(lineage, a) - order(lineage, b));
  const ids = new Set(kept.map((e) => e.id));
  return lineageOf(
    kept.map((e) => ({ ...e, data: { ...e.data, builds_on: e.data.builds_on.filter((id) => ids.has(id)) } })),
  ) as unknown as Lineage<E>;
}

const positions = new WeakMap<object, Map<string, number>>();
/** An entry's place in the catalogue order of `lineage`. */
function order<E extends LineageEntry>(lineage: Lineage<E>, entry: E): number {
  let index = positions.get(lineage.entries);
  if (!index) {
    index = new Map([...lineage.entries.keys()].map((id, i) => [id, i]));
    positions.set(lineage.entries, index);
  }
  return index.get(entry.id) ?? 0;
}

/** Entries that take part in at least one edge. */
export function connected<E extends LineageEntry>(lineage: Lineage<E>): E[] {
  const ids = new Set(lineage.edges.flatMap((e) => [e.from, e.to]));
  return [...lineage.entries.values()].filter((e) => ids.has(e.id));
}

export interface TreeNode<E> {
  readonly entry: E;
  /** False when the entry was already written out above, under another predecessor. */
  readonly expanded: boolean;
  readonly children: readonly TreeNode<E>[];
}

/**
 * The lineages as trees for a nested list: each root is a paper that builds on nothing in the graph but is
 * built upon; a paper with several predecessors is expanded under the first and only named under the others.
 */
export function lineageTrees<E extends LineageEntry>(lineage: Lineage<E>): TreeNode<E>[] {
  const byYear = (a: E, b: E) => a.data.year - b.data.year || a.id.localeCompare(b.id, 'en');
  const done = new Set<string>();
  const grow = (entry: E): TreeNode<E> => {
    if (done.has(entry.id)) return { entry, expanded: false, children: [] };
    done.add(entry.id);
    const next = [...(lineage.successors.get(entry.id) ?? [])].sort(byYear);
    return { entry, expanded: true, children: next.map(grow) };
  };
  const roots = connected(lineage)
    .filter((e) => (lineage.predecessors.get(e.id) ?? []).length === 0)
    .sort(byYear);
  return roots.map(grow);
}

/** The domain a node is coloured by: its first. */
export const colourDomain = (entry: LineageEntry): DomainId => entry.data.domains[0] ?? 'general';
