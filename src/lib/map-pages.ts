/**
 * The maps the site draws: the whole graph, one per domain, and each paper's neighbourhood (two steps back
 * and forward), laid out by src/lib/map-svg.ts.
 */
import { domainIds, domains, type DomainId } from '../data/domains.ts';
import { connected, neighbourhoodIds, subLineage, type Lineage, type LineageEntry } from './lineage.ts';
import { mapSvg, mapSvgs, type MapGraph } from './map-svg.ts';
import type { Locale } from '../i18n/locales.ts';
import { pageUrl, relativePaperUrl } from './urls.ts';

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

/** The path of a map page below its language's root: the maps link to papers relative to it. */
const mapPath = (domain?: DomainId): string => (domain ? `map/${domains[domain].slug}/` : 'map/');

export const mapUrl = (domain?: DomainId, locale?: Locale): string => pageUrl(mapPath(domain), locale);

/**
 * The SVG of the whole map or a domain's; `id` must be unique on the page. Its links are relative, so the
 * same markup serves every language (layouts are the dear part of a build).
 */
export function drawMap<E extends LineageEntry>(id: string, lineage: Lineage<E>, domain?: DomainId): Promise<string> {
  let svg = drawn.get(id);
  if (!svg) {
    svg = mapSvg(lineage, { href: relativePaperUrl(mapPath(domain)), id });
    drawn.set(id, svg);
  }
  return svg;
}

/** Maps drawn in this build, by id: each language's page shows the same one. */
const drawn = new Map<string, Promise<string>>();

/** Every paper's neighbourhood (its papers, and its map: '' without edges), the maps laid out in one ELK run. */
export async function neighbourhoodMaps<E extends LineageEntry>(
  lineage: Lineage<E>,
): Promise<Map<string, { entries: E[]; svg: string }>> {
  const slugs = [...lineage.entries.keys()];
  const near = slugs.map((slug) => neighbourhoodLineage(lineage, slug));
  const svgs = await mapSvgs(
    slugs.map((slug, i) => ({
      lineage: near[i]!,
      options: { href: relativePaperUrl(`papers/${slug}/`), id: `near-${slug}`, focus: slug, columns: false },
    })),
  );
  return new Map(slugs.map((slug, i) => [slug, { entries: [...near[i]!.entries.values()], svg: svgs[i] ?? '' }]));
}

/** A paper's neighbourhood as a lineage (empty when it has no edge). */
export function neighbourhoodLineage<E extends LineageEntry>(lineage: Lineage<E>, slug: string): Lineage<E> {
  return drawnLineage(subLineage(lineage, neighbourhoodIds(lineage, slug)));
}

/**
 * Every map the site draws, as the pages draw them: each paper's neighbourhood, then the whole graph and each
 * domain's. The build lays these out on a worker thread ahead of the pages (src/integrations/map-layouts.ts).
 */
export function siteMaps<E extends LineageEntry>(
  lineage: Lineage<E>,
): { neighbourhoods: MapGraph<E>[]; maps: MapGraph<E>[] } {
  return {
    neighbourhoods: [...lineage.entries.keys()].map((slug) => ({
      lineage: neighbourhoodLineage(lineage, slug),
      columns: false,
    })),
    maps: [
      { lineage: drawnLineage(lineage), columns: true },
      ...mappedDomains(lineage).map((domain) => ({ lineage: domainLineage(lineage, domain), columns: true })),
    ],
  };
}
