/**
 * How long `astro dev` takes from its start to serving its first page of a corpus: what a contributor waits
 * for after `npm run dev`. Measures the English home page, then the Chinese one (already warm).
 */
import { spawn } from 'node:child_process';

export interface DevTimes {
  /** Seconds from spawning the server to the first complete response of `/`. */
  readonly firstPage: number;
  /** Seconds for `/zh/` right after. */
  readonly secondPage: number;
}

async function fetchPage(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes('</html>')) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the dev server did not serve ${url} in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function devFirstPage(corpus: string, cacheDir: string, port = 4399): Promise<DevTimes> {
  const start = performance.now();
  const server = spawn('npx', ['astro', 'dev', '--port', String(port), '--config', 'bench/astro.config.mjs'], {
    env: { ...process.env, PAPERS_DIR: corpus, CP_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const deadline = Date.now() + 180_000;
    await fetchPage(`http://localhost:${port}/`, deadline);
    const first = performance.now();
    await fetchPage(`http://localhost:${port}/zh/`, deadline);
    return { firstPage: (first - start) / 1000, secondPage: (performance.now() - first) / 1000 };
  } finally {
    // The whole process group: npx, astro and its workers.
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
