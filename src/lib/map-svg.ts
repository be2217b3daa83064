/**
 * The map of the field as a static SVG, laid out at build time by ELK's layered algorithm (elkjs): papers are
 * nodes in year columns, `builds_on` edges run left to right. Year columns come from ELK itself: an invisible
 * chain of year markers, with each paper held between its year's marker and the next one, so ELK's layering
 * (not code of ours) decides where everything goes while the years stay in order. The output is deterministic:
 * the same papers give the same bytes. Server-only.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ELK as ELKApi, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { readFileSync } from 'node:fs';
import { CACHE_ROOT, hashOf, openDiskCache } from './disk-cache.ts';
import { colourDomain, type Lineage, type LineageEntry } from './lineage.ts';

const NODE_HEIGHT = 26;
const CHAR_WIDTH = 7.2;
const YEAR = (year: number) => `year:${year}`;

export interface MapOptions {
  /** The page of each paper. */
  readonly href: (slug: string) => string;
  /** An id prefix, unique on the page (for the arrow marker). */
  readonly id: string;
  /** Mark this paper (the paper whose neighbourhood is drawn). */
  readonly focus?: string | undefined;
  /** Year columns (default: up to YEAR_COLUMNS_UP_TO papers); a neighbourhood's few papers do without. */
  readonly columns?: boolean | undefined;
}

/** What a node says: the short name, else the title cut at a word. */
export function nodeLabel(entry: LineageEntry): string {
  if (entry.data.short) return entry.data.short;
  const title = entry.data.title;
  if (title.length <= 24) return title;
  return `${title.slice(0, 23).replace(/\s+\S*$/, '')}…`;
}

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const elk = new ELK();

/**
 * Year columns cost ELK dearly on large graphs (its layering of the guide edges took minutes at 900 papers),
 * so a larger graph is layered by its edges alone: still left to right from older to newer, without columns.
 */
export const YEAR_COLUMNS_UP_TO = 300;

const LAYOUT = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.spacing.nodeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeNodeBetweenLayers': '8',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
  'elk.spacing.nodeNode': '10',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.randomSeed': '1',
};

const sortedEntries = <E extends LineageEntry>(lineage: Lineage<E>): E[] =>
  [...lineage.entries.values()].sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id));

/** The ELK graph of a lineage; every id carries `prefix`, so several graphs can be laid out in one call. */
function elkGraph<E extends LineageEntry>(lineage: Lineage<E>, prefix: string, wantColumns = true): ElkNode {
  const entries = sortedEntries(lineage);
  const id = (slug: string) => `${prefix}${slug}`;
  const years = [...new Set(entries.map((e) => e.data.year))].sort((a, b) => a - b);
  const columns = wantColumns && entries.length <= YEAR_COLUMNS_UP_TO;
  const marker = (year: number): ElkNode => ({ id: id(YEAR(year)), width: 1, height: 1 });
  const next = (year: number) => YEAR(years[years.indexOf(year) + 1] ?? year + 1);
  const children: ElkNode[] = [
    ...(columns ? [...years.map(marker), marker(years[years.length - 1]! + 1)] : []),
    ...entries.map((e) => ({
      id: id(e.id),
      width: Math.round(16 + CHAR_WIDTH * nodeLabel(e).length),
      height: NODE_HEIGHT,
    })),
  ];
  const guides: ElkExtendedEdge[] = columns
    ? [
        ...years.map((year) => ({ id: id(`g:${year}`), sources: [id(YEAR(year))], targets: [id(next(year))] })),
        ...entries.flatMap((e) => [
          { id: id(`in:${e.id}`), sources: [id(YEAR(e.data.year))], targets: [id(e.id)] },
          { id: id(`out:${e.id}`), sources: [id(e.id)], targets: [id(next(e.data.year))] },
        ]),
      ]
    : [];
  const edges: ElkExtendedEdge[] = lineage.edges.map((edge) => ({
    id: id(`e:${edge.from}>${edge.to}`),
    sources: [id(edge.from)],
    targets: [id(edge.to)],
  }));
  return { id: id('map'), layoutOptions: LAYOUT, children, edges: [...guides, ...edges] };
}

/** The SVG of a lineage from its laid-out ELK graph. */
function render<E extends LineageEntry>(
  lineage: Lineage<E>,
  graph: ElkNode,
  prefix: string,
  options: MapOptions,
): string {
  const entries = sortedEntries(lineage);
  const placed = new Map((graph.children ?? []).map((n) => [n.id.slice(prefix.length), n]));
  const years = [...new Set(entries.map((e) => e.data.year))].sort((a, b) => a - b);
  const pad = 16;
  const top = 28;
  const width = Math.ceil((graph.width ?? 0) + 2 * pad);
  const height = Math.ceil((graph.height ?? 0) + top + pad);
  const x = (v: number | undefined) => ((v ?? 0) + pad).toFixed(1);
  const y = (v: number | undefined) => ((v ?? 0) + top).toFixed(1);
  const arrow = `${options.id}-arrow`;
  const yearLabels = years
    .flatMap((year) => {
      const at = placed.get(YEAR(year))?.x;
      return at === undefined ? [] : [`<text class="map-year" x="${x(at)}" y="16">${year}</text>`];
    })
    .join('');
  const paths = (graph.edges ?? [])
    .filter((edge) => edge.id.startsWith(`${prefix}e:`))
    .map((edge) => {
      const section = edge.sections?.[0];
      if (!section) return '';
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
      const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x)} ${y(p.y)}`).join(' ');
      return `<path class="map-edge" d="${d}" marker-end="url(#${arrow})"/>`;
    })
    .join('');
  const nodes = entries
    .map((entry) => {
      const node = placed.get(entry.id);
      const label = nodeLabel(entry);
      const name = `${entry.data.short ? `${entry.data.short}: ` : ''}${entry.data.title} (${entry.data.year})`;
      const focus = entry.id === options.focus ? ' map-focus' : '';
      return (
        `<a href="${escape(options.href(entry.id))}" class="map-node domain-${colourDomain(entry)}${focus}" aria-label="${escape(name)}">` +
        `<title>${escape(name)}</title>` +
        `<rect x="${x(node?.x)}" y="${y(node?.y)}" width="${node?.width ?? 0}" height="${NODE_HEIGHT}" rx="6"/>` +
        `<text x="${((node?.x ?? 0) + pad + (node?.width ?? 0) / 2).toFixed(1)}" y="${((node?.y ?? 0) + top + 17).toFixed(1)}">${escape(label)}</text>` +
        `</a>`
      );
    })
    .join('');
  return (
    `<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="map-arrow"/></marker></defs>` +
    `${yearLabels}<g>${paths}</g><g>${nodes}</g></svg>`
  );
}

/** The map of `lineage` as an SVG element (a string of markup); '' for an empty lineage. */
export async function mapSvg<E extends LineageEntry>(lineage: Lineage<E>, options: MapOptions): Promise<string> {
  return (await mapSvgs([{ lineage, options }]))[0] ?? '';
}

/** A map to lay out: a lineage, drawn with or without year columns. */
export interface MapGraph<E extends LineageEntry> {
  readonly lineage: Lineage<E>;
  readonly columns: boolean;
}

/** The key a map's layout is known by: a hash of exactly what ELK is given (without any batch prefix). */
export const layoutKey = <E extends LineageEntry>(map: MapGraph<E>): string =>
  hashOf(elkGraph(map.lineage, '', map.columns));

/**
 * Lays out several maps in one ELK call (each a separate graph inside one root): a call costs several
 * milliseconds whatever its size, which a thousand paper pages' neighbourhood maps would otherwise pay one by
 * one. `engine` is ELK on this thread, or on a worker thread (src/integrations/map-layouts.ts).
 */
export async function layOut<E extends LineageEntry>(
  engine: ELKApi,
  maps: readonly MapGraph<E>[],
): Promise<(ElkNode | undefined)[]> {
  const root = await engine.layout({
    id: 'maps',
    layoutOptions: { 'elk.algorithm': 'box', 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' },
    children: maps.map((m, i) => elkGraph(m.lineage, `${i}/`, m.columns)),
  });
  const graphs = new Map((root.children ?? []).map((g) => [g.id, g]));
  return maps.map((_, i) => {
    const graph = graphs.get(`${i}/map`);
    // Stored without its batch prefix ("3/pcl" → "pcl"; slugs hold no slash or quote) and without ELK's
    // object hashes ($H), which differ from run to run.
    const json = graph && JSON.stringify(graph, (key, value: unknown) => (key === '$H' ? undefined : value));
    return json === undefined ? undefined : (JSON.parse(json.replaceAll(`"${i}/`, '"')) as ElkNode);
  });
}

/**
 * Layouts under way on the ELK worker thread the build starts while content is still being read
 * (src/integrations/map-layouts.ts), by key. Kept on globalThis: the integration and the pages run separate
 * copies of this module in the one process.
 */
export function pendingLayouts(): Map<string, Promise<ElkNode | undefined>> {
  const shared = globalThis as { [PENDING]?: Map<string, Promise<ElkNode | undefined>> };
  return (shared[PENDING] ??= new Map());
}
const PENDING = Symbol.for('contrastive-papers:pending-layouts');

/** Maps drawn with ELK on this thread, because no finished or pending layout was found: the tests read it. */
export const laidOutHere = { maps: 0 };

/** Several maps' SVGs, from cached layouts, the worker thread's, or one ELK run here for the rest. */
export async function mapSvgs<E extends LineageEntry>(
  maps: readonly { lineage: Lineage<E>; options: MapOptions }[],
): Promise<string[]> {
  const drawn = maps.map((map) => {
    const graph = { lineage: map.lineage, columns: map.options.columns ?? true };
    return { ...map, ...graph, key: layoutKey(graph) };
  });
  const needed = drawn.filter((m) => m.lineage.entries.size > 0 && layouts.get(m.key) === undefined);
  const pending = pendingLayouts();
  for (const m of needed) {
    const layout = await pending.get(m.key);
    if (layout) layouts.set(m.key, layout);
  }
  const missing = needed.filter((m) => layouts.get(m.key) === undefined);
  if (missing.length > 0) {
    laidOutHere.maps += missing.length;
    // Only a mismatch between the integration's lineage and the pages' leads here: worth knowing, not fatal.
    if (pending.size > 0)
      console.warn(`[contrastive-papers:maps] ${missing.length} map(s) not laid out ahead; laying them out here`);
    const laidOut = await layOut(elk, missing);
    missing.forEach((m, i) => {
      const layout = laidOut[i];
      if (layout) layouts.set(m.key, layout);
    });
  }
  if (needed.length > 0) layouts.save();
  return drawn.map((m) => {
    const graph = m.lineage.entries.size > 0 ? layouts.get(m.key) : undefined;
    return graph ? render(m.lineage, graph, '', m.options) : '';
  });
}

/**
 * Layouts of earlier builds (ELK is the dearest step of a build; a layout is deterministic, so a cached one is
 * byte for byte ELK's), for as long as the dependencies and this module stay the same. The module is read
 * from the project (the pages run a bundled copy of it), so the build's worker thread and the pages share one
 * cache. NO_CACHE keeps it in memory only.
 */
export const layouts = openDiskCache<ElkNode>(
  'layouts',
  hashOf(readFileSync('package-lock.json'), readFileSync('src/lib/map-svg.ts')),
  process.env['NO_CACHE'] ? null : CACHE_ROOT,
);
