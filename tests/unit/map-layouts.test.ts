// The build lays the maps out on a worker thread before the pages ask (src/integrations/map-layouts.ts):
// the pages must find every one of their maps there, laid out exactly as ELK on the main thread does.
import ELK from 'elkjs/lib/elk.bundled.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../support/catalogue.ts';

// No layouts from earlier runs: every map goes through the thread.
process.env['NO_CACHE'] = '1';
const { startMapLayouts } = await import('../../src/integrations/map-layouts.ts');
const { lineageOf } = await import('../../src/lib/lineage.ts');
const { drawMap, drawnLineage, domainLineage, mappedDomains, neighbourhoodMaps, siteMaps } =
  await import('../../src/lib/map-pages.ts');
const { laidOutHere, layOut, layoutKey, pendingLayouts } = await import('../../src/lib/map-svg.ts');
const { byNewest } = await import('../../src/lib/sort.ts');

const papers = loadCatalogue();
// The pages' order (src/lib/papers.ts); the integration sorts whatever order it is given.
const lineage = lineageOf([...papers].sort(byNewest));

describe('map layouts on a worker thread', () => {
  let started = 0;
  beforeAll(() => {
    started = startMapLayouts([...papers].reverse());
  });

  it('starts a layout for every map the site draws', () => {
    const { neighbourhoods, maps } = siteMaps(lineage);
    const drawn = [...neighbourhoods, ...maps].filter((m) => m.lineage.entries.size > 0);
    expect(started).toBe(drawn.length);
    expect(started).toBeGreaterThan(papers.length / 2);
    for (const map of drawn) expect(pendingLayouts().has(layoutKey(map))).toBe(true);
  });

  it('lays them out exactly as ELK on the main thread does', async () => {
    const { maps } = siteMaps(lineage);
    const here = await layOut(new ELK(), maps);
    const there = await Promise.all(maps.map((m) => pendingLayouts().get(layoutKey(m))));
    expect(there).toEqual(here);
  });

  it('leaves the pages nothing to lay out themselves', async () => {
    const near = await neighbourhoodMaps(lineage);
    const whole = await drawMap('map', drawnLineage(lineage));
    const domains = await Promise.all(
      mappedDomains(lineage).map((d) => drawMap(`map-${d}`, domainLineage(lineage, d), d)),
    );
    expect(laidOutHere.maps).toBe(0);
    expect(whole).toMatch(/^<svg class="map"/);
    expect(domains.every((svg) => svg.startsWith('<svg'))).toBe(true);
    expect([...near.values()].filter((n) => n.svg).length).toBe(
      siteMaps(lineage).neighbourhoods.filter((m) => m.lineage.entries.size > 0).length,
    );
  });
});
