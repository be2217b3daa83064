// ELK layouts on disk: a map drawn from a cached layout is byte for byte the map ELK draws, and the cache
// file keeps only the layouts of the current build.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashOf, openDiskCache } from '../../src/lib/disk-cache.ts';
import { lineageOf, neighbourhoodIds, subLineage } from '../../src/lib/lineage.ts';
import { fabricatedPaper } from '../support/fabricate.ts';

// The maps' cache stays in memory for this test: the first drawing is ELK's own, not a layout from disk.
process.env['NO_CACHE'] = '1';
const { mapSvg, mapSvgs } = await import('../../src/lib/map-svg.ts');

const root = mkdtempSync(join(tmpdir(), 'cp-layouts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const papers = [
  fabricatedPaper('a', { year: 2019 }),
  fabricatedPaper('b', { year: 2020, builds_on: ['a'] }),
  fabricatedPaper('c', { year: 2021, builds_on: ['a', 'b'] }),
  fabricatedPaper('d', { year: 2021, builds_on: ['c'] }),
];
const lineage = lineageOf(papers);

describe('the disk cache and the maps', () => {
  it('keeps what was set, and after saving only what this run used', () => {
    const first = openDiskCache<number>('layouts', 'test', root);
    first.set('x', 1);
    first.set('y', 2);
    first.save();
    const second = openDiskCache<number>('layouts', 'test', root);
    expect(second.get('x')).toBe(1);
    second.save();
    expect(JSON.parse(readFileSync(join(root, 'layouts-test.json'), 'utf8'))).toEqual({ x: 1 });
    expect(openDiskCache<number>('layouts', 'other', root).get('x')).toBeUndefined();
  });

  it('keys a graph by its content', () => {
    expect(hashOf({ id: 'map', children: [{ id: 'a' }] })).toBe(hashOf({ id: 'map', children: [{ id: 'a' }] }));
    expect(hashOf({ id: 'map', children: [{ id: 'a' }] })).not.toBe(hashOf({ id: 'map', children: [{ id: 'b' }] }));
  });

  it('draws the same map from a cached layout as from a fresh one, alone or in a batch', async () => {
    const options = { href: (slug: string) => `../${slug}/`, id: 'm' };
    const fresh = await mapSvg(lineage, options);
    expect(fresh).toMatch(/<svg class="map"/);
    expect(await mapSvg(lineage, options)).toBe(fresh);
    // In a batch the graph gets another position (and ELK id prefix): the drawing is the same.
    const near = subLineage(lineage, neighbourhoodIds(lineage, 'b'));
    const [, again] = await mapSvgs([
      { lineage: near, options: { ...options, id: 'n', focus: 'b', columns: false } },
      { lineage, options },
    ]);
    expect(again).toBe(fresh);
  });
});
