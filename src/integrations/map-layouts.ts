/**
 * Lays the maps out on a second core while Astro is still reading content. ELK was the dearest single step
 * of a cold build (about 4.6 s of CPU at 1,000 papers: the whole map, the domain maps and a neighbourhood
 * map per paper), and it ran on the one thread that also renders every entry and page. The validator has
 * the parsed papers before Astro reads an entry, so the integration builds the same lineage the pages will
 * (same entries, same order), hands the maps no earlier build has cached to ELK on a worker thread
 * (src/lib/elk-thread.cjs), and leaves a promise per layout where the pages look (map-svg.ts,
 * pendingLayouts). A page that finds none lays its map out itself, so a mismatch costs time, never output.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import ELK from 'elkjs/lib/elk-api.js';
import type { ELK as ELKApi } from 'elkjs/lib/elk-api.js';
import { lineageOf, type LineageEntry } from '../lib/lineage.ts';
import { siteMaps } from '../lib/map-pages.ts';
import { layOut, layoutKey, layouts, pendingLayouts, type MapGraph } from '../lib/map-svg.ts';
import { byNewest, type Sortable } from '../lib/sort.ts';

type Entry = LineageEntry & Sortable;

/**
 * ELK on a worker thread. `died` rejects if the thread stops before `close()` (out of memory, say), so no
 * page waits for an answer that will never come; `close()` ends the thread.
 */
function elkThread(heapMb: number): { engine: ELKApi; died: Promise<never>; close(): void } {
  const thread = new Worker(fileURLToPath(new URL('../lib/elk-thread.cjs', import.meta.url)), {
    // The thread's heap sits beside the build's: left alone, V8 let it grow while the build was at its own
    // peak (2.09 GB of RSS at 5,000 papers; 1.93 GB under this ceiling, with the same layouts and time).
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  // The build must be able to exit while the thread is idle.
  thread.unref();
  let closing = false;
  const died = new Promise<never>((_, reject) => {
    thread.once('error', reject);
    thread.once('exit', (code) => {
      if (!closing) reject(new Error(`the ELK thread stopped (exit code ${code})`));
    });
  });
  // Handled where it is raced; this only keeps an unraced rejection from being reported as unhandled.
  died.catch(() => undefined);
  const engine = new ELK({
    workerFactory: () => {
      const port: { onmessage?: (event: { data: unknown }) => void } & Record<string, unknown> = {
        postMessage: (message: unknown) => thread.postMessage(message),
        terminate: () => void thread.terminate(),
      };
      thread.on('message', (data: unknown) => port.onmessage?.({ data }));
      return port as never;
    },
  });
  const close = () => {
    closing = true;
    void thread.terminate();
  };
  return { engine, died, close };
}

/**
 * Starts laying out every map of `papers` that no earlier build cached, on a thread with a heap of `heapMb`;
 * returns how many maps it started (0: nothing to do, no thread started).
 */
export function startMapLayouts(
  papers: readonly Entry[],
  log: (message: string) => void = () => {},
  heapMb = Math.max(256, Math.ceil(papers.length / 20)),
): number {
  const lineage = lineageOf([...papers].sort(byNewest));
  const { neighbourhoods, maps } = siteMaps(lineage);
  const todo = (graphs: MapGraph<Entry>[]) =>
    graphs
      .filter((graph) => graph.lineage.entries.size > 0)
      .map((graph) => ({ graph, key: layoutKey(graph) }))
      .filter(({ key }) => layouts.get(key) === undefined);
  // Two batches, so the paper pages' maps do not wait for the whole map's.
  const batches = [todo(neighbourhoods), todo(maps)].filter((batch) => batch.length > 0);
  if (batches.length === 0) return 0;
  const { engine, died, close } = elkThread(heapMb);
  const pending = pendingLayouts();
  const runs = batches.map((batch) => {
    const started = performance.now();
    // A failed run leaves its maps to the pages, which lay them out themselves.
    const run = Promise.race([
      layOut(
        engine,
        batch.map((b) => b.graph),
      ),
      died,
    ]).then(
      (laidOut) => {
        log(
          `${batch.length} map layout(s) ready from the worker thread after ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        return laidOut;
      },
      (error: unknown) => {
        log(`${batch.length} map(s) left to the pages: ${String(error)}`);
        return [];
      },
    );
    batch.forEach(({ key }, i) =>
      pending.set(
        key,
        run.then((laidOut) => laidOut[i]),
      ),
    );
    return run;
  });
  void Promise.all(runs).finally(close);
  return batches.reduce((sum, batch) => sum + batch.length, 0);
}
