/**
 * The maps the site draws: the whole graph, one per domain, and each paper's neighbourhood (two steps back
 * and forward), laid out by src/lib/map-svg.ts.
 */
import { domainIds, domains, type DomainId } from '../data/domains.ts';
import { connected, neighbourhoodIds, subLineage, type Lineage, type LineageEntry } from './lineage.ts';
import { mapSvg, mapSvgs } from './map-svg.ts';
import { paperUrl, withBase } from './urls.ts';

export const mapUrl = (domain?: DomainId): string => withBase(domain ? `map/${domains[domain].slug}/` : 'map/');

/** Only papers that take part in an edge are drawn. */
export function drawnLineage<E extends LineageEntry>(lineage: Lineage<E>): Lineage<E> {
  return subLineage(lineage, new Set(connected(lineage).map((e) => e.id)));
}

/** The graph within one domain: papers of the domain and the edges between them. */
export function domainLineage<E extends LineageEntry>(lineage: Lineage<E>, domain: DomainId): Lineage<E> {
  return drawnLineage(subLineage(lineage, (e) => e.data.domains.includes(domain)));
}

/** Domains whose own graph has at least one edge, in registry order. */
export function mappedDomains<E extends LineageEntry>(lineage: Lineage<E>): DomainId[] {
  return domainIds.filter((domain) => domainLineage(lineage, domain).edges.length > 0);
}

/** The SVG of a whole or per-domain map; `id` must be unique on the page. */
export const drawMap = <E extends LineageEntry>(id: string, lineage: Lineage<E>): Promise<string> =>
  mapSvg(lineage, { href: paperUrl, id });

/** Every paper's neighbourhood (its papers, and its map: '' without edges), the maps laid out in one ELK run. */
export async function neighbourhoodMaps<E extends LineageEntry>(
  lineage: Lineage<E>,
): Promise<Map<string, { entries: E[]; svg: string }>> {
  const slugs = [...lineage.entries.keys()];
  const near = slugs.map((slug) => neighbourhoodLineage(lineage, slug));
  const svgs = await mapSvgs(
    slugs.map((slug, i) => ({
      lineage: near[i]!,
      options: { href: paperUrl, id: `near-${slug}`, focus: slug, columns: false },
    })),
  );
  return new Map(slugs.map((slug, i) => [slug, { entries: [...near[i]!.entries.values()], svg: svgs[i] ?? '' }]));
}

/** A paper's neighbourhood as a lineage (empty when it has no edge). */
export function neighbourhoodLineage<E extends LineageEntry>(lineage: Lineage<E>, slug: string): Lineage<E> {
  return drawnLineage(subLineage(lineage, neighbourhoodIds(lineage, slug)));
}
