// The external link checker against a local HTTP server on 127.0.0.1: never the internet.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkLinks,
  checkUrl,
  classifyStatus,
  externalLinks,
  formatReport,
  mapWithConcurrency,
  probeOnline,
  requestBudget,
} from '../../scripts/lib/external-links.ts';

const TIMEOUT_MS = 300;

/** Routes of the fake web: what each path answers to HEAD and GET. */
function startServer(): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(`${req.method} ${path}`);
    if (path === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    else if (path === '/gone') res.writeHead(404).end('not found');
    else if (path === '/removed') res.writeHead(410).end();
    else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (path === '/moved-to-gone') res.writeHead(302, { location: '/gone' }).end();
    else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    else if (path === '/busy') res.writeHead(429).end();
    else if (path === '/hang')
      return; // never answers: the client must time out
    else res.writeHead(500).end();
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${port}`, requests });
    });
  });
}

/** A port on 127.0.0.1 that nothing listens on (listened to, then released). */
function closedPort(): Promise<number> {
  const probe = createServer();
  return new Promise((done) => {
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

let server: Server;
let origin: string;
let requests: string[];

beforeAll(async () => {
  ({ server, origin, requests } = await startServer());
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const check = (path: string, max = 10) =>
  checkUrl(`${origin}${path}`, { timeoutMs: TIMEOUT_MS, budget: requestBudget(max) });

describe('checking one URL', () => {
  it('finds a 200 page alive with a single HEAD', async () => {
    requests.length = 0;
    expect(await check('/ok')).toMatchObject({ verdict: 'alive', detail: 'HEAD 200' });
    expect(requests).toEqual(['HEAD /ok']);
  });

  it('finds 404 and 410 pages dead, after confirming with GET', async () => {
    requests.length = 0;
    expect(await check('/gone')).toMatchObject({ verdict: 'dead', detail: 'HEAD 404; GET 404' });
    expect(await check('/removed')).toMatchObject({ verdict: 'dead' });
    expect(requests).toEqual(['HEAD /gone', 'GET /gone', 'HEAD /removed', 'GET /removed']);
  });

  it('follows a 301 to a live page and a 302 to a dead one', async () => {
    const moved = await check('/moved');
    expect(moved.verdict).toBe('alive');
    expect(moved.detail).toBe(`HEAD 200 after redirect to ${origin}/ok`);
    expect((await check('/moved-to-gone')).verdict).toBe('dead');
  });

  it('falls back to GET when HEAD is refused', async () => {
    expect(await check('/no-head')).toMatchObject({ verdict: 'alive', detail: 'HEAD 405; GET 200' });
  });

  it('calls a server error or a rate limit unknown, not dead', async () => {
    expect((await check('/error')).verdict).toBe('unknown');
    expect((await check('/busy')).verdict).toBe('unknown');
  });

  it('gives up on a hanging response after the timeout, as unknown, without a second try', async () => {
    requests.length = 0;
    const started = performance.now();
    const result = await check('/hang');
    expect(result).toMatchObject({ verdict: 'unknown', detail: 'HEAD timed out after 0.3 s' });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(requests).toEqual(['HEAD /hang']);
  });

  it('calls a refused connection unknown', async () => {
    const port = await closedPort();
    const result = await checkUrl(`http://127.0.0.1:${port}/x`, { timeoutMs: TIMEOUT_MS, budget: requestBudget(10) });
    expect(result.verdict).toBe('unknown');
    expect(result.detail).toMatch(/^HEAD failed: .*ECONNREFUSED/);
  });

  it('stops at the request limit and says so', async () => {
    expect(await check('/gone', 1)).toMatchObject({
      verdict: 'unknown',
      detail: 'HEAD 404; not checked: request limit (--max) reached',
    });
    expect(await check('/ok', 0)).toMatchObject({ verdict: 'unknown' });
  });
});

describe('a run over many links', () => {
  it('checks every link in input order and reports dead ones with their sources', async () => {
    const links = ['/ok', '/gone', '/moved', '/hang', '/busy'].map((path) => ({
      url: `${origin}${path}`,
      sources: [`content/papers${path}.md (code)`],
    }));
    const results = await checkLinks(links, { concurrency: 4, timeoutMs: TIMEOUT_MS, maxRequests: 50 });
    expect(results.map((r) => r.verdict)).toEqual(['alive', 'dead', 'alive', 'unknown', 'unknown']);
    const report = formatReport(links, results);
    expect(report).toContain(`dead    ${origin}/gone (HEAD 404; GET 404)\n        in content/papers/gone.md (code)`);
    expect(report.split('\n').at(-1)).toBe('5 external link(s): 2 alive, 1 dead, 2 unknown');
  });

  it('never runs more than the limit at once and keeps results in order', async () => {
    let running = 0;
    let peak = 0;
    const delays = [30, 5, 20, 1, 15, 10, 2, 25, 8, 3];
    const results = await mapWithConcurrency(delays, 4, async (delay, index) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((done) => setTimeout(done, delay));
      running -= 1;
      return index;
    });
    expect(results).toEqual(delays.map((_, index) => index));
    expect(peak).toBe(4);
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });

  it('tells online from offline by whether the probe answers at all', async () => {
    expect(await probeOnline(`${origin}/gone`, TIMEOUT_MS)).toBe(true);
    expect(await probeOnline(`${origin}/hang`, TIMEOUT_MS)).toBe(false);
    expect(await probeOnline(`http://127.0.0.1:${await closedPort()}/`, TIMEOUT_MS)).toBe(false);
  });
});

describe('the links of the catalogue', () => {
  it('builds arXiv and OpenReview URLs with the site rules and merges links shared by papers', () => {
    const links = externalLinks([
      { path: 'a.md', data: { arxiv: '2005.04966', openreview: 'KmykpuSrjcq', code: 'https://github.com/x/y' } },
      { path: 'b.md', data: { url: 'https://aclanthology.org/z', code: 'https://github.com/x/y', title: 'T' } },
    ]);
    expect(links).toEqual([
      { url: 'https://arxiv.org/abs/2005.04966', sources: ['a.md (arxiv)'] },
      { url: 'https://openreview.net/forum?id=KmykpuSrjcq', sources: ['a.md (openreview)'] },
      { url: 'https://github.com/x/y', sources: ['a.md (code)', 'b.md (code)'] },
      { url: 'https://aclanthology.org/z', sources: ['b.md (url)'] },
    ]);
  });

  it('classifies statuses', () => {
    expect([200, 204, 301, 399, 404, 410, 403, 405, 429, 500].map(classifyStatus)).toEqual([
      'alive',
      'alive',
      'alive',
      'alive',
      'dead',
      'dead',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });
});

describe('npm run check-links', () => {
  const exec = promisify(execFile);
  let papers: string;

  beforeAll(() => {
    papers = mkdtempSync(join(tmpdir(), 'check-links-'));
    const paper = (code: string) =>
      `---\ntitle: T\nauthors: [A]\nvenue: ICLR\nyear: 2021\ndomains: [vision]\nadded: 2026-01-01\ncode: ${code}\n---\nSummary.\n`;
    writeFileSync(join(papers, 'alive.md'), paper(`${origin}/moved`));
    writeFileSync(join(papers, 'dead.md'), paper(`${origin}/gone`));
  });
  afterAll(() => rmSync(papers, { recursive: true, force: true }));

  // Asynchronous child processes: the fake server answers from this process's event loop.
  const cli = (args: string[]) =>
    exec('npx', ['tsx', 'scripts/check-links.ts', ...args], { env: { ...process.env, PAPERS_DIR: papers } }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('skips everything, exiting 0, when the probe gets no answer', { timeout: 60_000 }, async () => {
    const result = await cli(['--probe', `http://127.0.0.1:${await closedPort()}/`]);
    expect(result).toEqual({ code: 0, stdout: 'offline: skipped 2 external links\n' });
  });

  it('exits 1 when a link is dead, naming it and its paper', { timeout: 60_000 }, async () => {
    const result = await cli(['--probe', `${origin}/ok`, '--max', '20']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`dead    ${origin}/gone (HEAD 404; GET 404)`);
    expect(result.stdout).toMatch(/in .*dead\.md \(code\)/);
    expect(result.stdout).toMatch(/2 external link\(s\): 1 alive, 1 dead, 0 unknown/);
  });
});
