/**
 * `npx tsx scripts/reproducible.ts [--keep]`: builds the site twice into temporary folders, the first as
 * `npm run build` always does (reusing Astro's cache) and the second from an empty cache, then compares
 * every file byte for byte. Prints each differing file with its first difference; exits 1 if any.
 * `--against DIR` builds once from an empty cache and compares with an existing build in DIR instead.
 *
 * Both builds run package.json's `build` script, so validation, the real config and later steps (Pagefind)
 * apply. The empty cache is a fresh CP_CACHE_DIR, so the shared cache is never cleared under a concurrent
 * build's feet (as `astro build --force` would).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildEnvironment } from './lib/build-env.ts';
import { listFiles } from './lib/site-links.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BuildResult {
  readonly code: number;
  readonly output: string;
  readonly seconds: number;
}

export interface BuildOptions {
  /** A new, empty folder to hold Astro's cache for this build only, so no earlier build can leak in. */
  readonly freshCacheIn?: string;
  /** Extra environment, e.g. BASE_PATH and SITE_URL. */
  readonly env?: Readonly<Record<string, string>>;
}

/** `npm run build` into `outDir`, in the environment of a developer's shell rather than of a test runner. */
export function buildSite(outDir: string, options: BuildOptions = {}): BuildResult {
  const cache: Record<string, string> = {};
  if (options.freshCacheIn !== undefined) {
    mkdirSync(options.freshCacheIn, { recursive: true });
    cache['CP_CACHE_DIR'] = resolve(options.freshCacheIn, 'cache');
  }
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnvironment({ ...options.env, ...cache, OUT_DIR: resolve(outDir) }),
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  return { code: result.status ?? 1, output: (result.stdout ?? '') + (result.stderr ?? ''), seconds };
}

export interface TreeDifference {
  readonly file: string;
  readonly detail: string;
}

const SNIPPET = 60;

/** Where two versions of a file first differ: line and column for text, byte offset for binary files. */
export function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const binary = a.subarray(0, 8000).includes(0) || b.subarray(0, 8000).includes(0);
  if (binary) return `byte ${at} differs (${a.length} vs ${b.length} bytes)`;
  const before = a.subarray(0, at).toString('utf8');
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  // Pages are minified onto one line, so show a window around the difference rather than whole lines.
  const around = (buffer: Buffer) => {
    const text = buffer.subarray(Math.max(0, at - SNIPPET), at + SNIPPET).toString('utf8');
    return JSON.stringify(text.split('\n').join('⏎'));
  };
  return `line ${line}, column ${column}: ${around(a)} vs ${around(b)}`;
}

/** Every file present in only one tree or differing in content, in path order. */
export function compareTrees(a: string, b: string): TreeDifference[] {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const differences: TreeDifference[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) {
      differences.push({ file, detail: `only in ${a}` });
      continue;
    }
    filesB.delete(file);
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (!bytesA.equals(bytesB)) differences.push({ file, detail: firstDifference(bytesA, bytesB) });
  }
  for (const file of filesB) differences.push({ file, detail: `only in ${b}` });
  return differences.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}

export function formatDifference(difference: TreeDifference): string {
  return `${difference.file}: ${difference.detail}`;
}

function main(): void {
  const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false }, against: { type: 'string' } } });
  const work = mkdtempSync(join(tmpdir(), 'reproducible-'));
  const builds: [string, string][] = [];
  let reference = values.against;
  if (reference === undefined) {
    reference = join(work, 'first');
    const first = buildSite(reference);
    if (first.code !== 0) fail(`the first build failed:\n${first.output.slice(-4000)}`, work);
    builds.push(['first build (shared cache)', first.seconds.toFixed(1)]);
  }
  const second = join(work, 'second');
  const clean = buildSite(second, { freshCacheIn: join(work, 'fresh-cache') });
  if (clean.code !== 0) fail(`the clean build failed:\n${clean.output.slice(-4000)}`, work);
  builds.push(['clean build (empty cache)', clean.seconds.toFixed(1)]);
  for (const [what, seconds] of builds) console.log(`${what}: ${seconds} s`);

  const differences = compareTrees(reference, second);
  const count = listFiles(second).length;
  if (differences.length > 0) {
    for (const difference of differences) console.error(formatDifference(difference));
    console.error(`\n${differences.length} of ${count} file(s) differ between ${reference} and ${second} (kept).`);
    process.exit(1);
  }
  console.log(`All ${count} file(s) are identical byte for byte.`);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

function fail(message: string, work: string): never {
  console.error(`${message}\n(build folders kept in ${work})`);
  process.exit(1);
}

// Run only as a script: the tests import the functions above.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
