// `astro build` with a V8 heap ceiling that grows with the catalogue. Left alone, V8 lets a large build's
// garbage pile up to well over 1 GB before collecting it: at 5,000 papers the build peaked at about 2.05 GB
// of RSS, while it completes at the same speed under an 800 MB heap (its live data is smaller). The ceiling
// keeps that headroom, scales with the paper count so a bigger catalogue still fits, and gives way to any
// --max-old-space-size the caller sets in NODE_OPTIONS. Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { site } from '../src/site.config.ts';

/** Heap ceiling in MB for a catalogue of `papers` entries: 1 GB up to 2,560 papers, then 0.2 MB per paper. */
export function heapCeilingMb(papers) {
  return Math.min(8192, Math.max(1024, 512 + Math.ceil(papers / 5)));
}

/** NODE_OPTIONS for the build: the caller's, plus the ceiling unless the caller chose one. */
export function buildNodeOptions(current, papers) {
  const options = (current ?? '').trim();
  if (/--max-old-space-size(=|\s)/.test(options)) return options;
  return `${options} --max-old-space-size=${heapCeilingMb(papers)}`.trim();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = site.papersDir;
  const papers = readdirSync(dir).filter((name) => name.endsWith('.md')).length;
  // The benchmark builds with its own configuration (bench/astro.config.mjs), named in CP_ASTRO_CONFIG.
  const config = process.env['CP_ASTRO_CONFIG'] ? ['--config', process.env['CP_ASTRO_CONFIG']] : [];
  const result = spawnSync('astro', ['build', ...config, ...process.argv.slice(2)], {
    stdio: 'inherit',
    // npm puts node_modules/.bin on PATH for scripts; a shell is not needed.
    env: { ...process.env, NODE_OPTIONS: buildNodeOptions(process.env['NODE_OPTIONS'], papers) },
  });
  if (result.error) throw result.error;
  process.exit(result.status ?? 1);
}
