// If the ELK worker thread dies (here: an 8 MB heap, too small for ELK to even load), no page waits for it: the
// build says so and the pages lay their maps out themselves, with the same result.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../support/catalogue.ts';

process.env['NO_CACHE'] = '1';
const { startMapLayouts } = await import('../../src/integrations/map-layouts.ts');
const { lineageOf } = await import('../../src/lib/lineage.ts');
const { neighbourhoodMaps } = await import('../../src/lib/map-pages.ts');
const { laidOutHere } = await import('../../src/lib/map-svg.ts');
const { byNewest } = await import('../../src/lib/sort.ts');

describe('a failed ELK worker thread', () => {
  it('leaves the maps to the pages, which still draw every one', async () => {
    const papers = loadCatalogue();
    const said: string[] = [];
    expect(startMapLayouts(papers, (message) => said.push(message), 8)).toBeGreaterThan(0);
    const near = await neighbourhoodMaps(lineageOf([...papers].sort(byNewest)));
    expect(said.some((message) => /map\(s\) left to the pages/.test(message))).toBe(true);
    expect(laidOutHere.maps).toBeGreaterThan(papers.length / 2);
    expect([...near.values()].filter((n) => n.svg.startsWith('<svg')).length).toBe(laidOutHere.maps);
  });
});
