/**
 * The catalogue's links to other sites (arXiv, OpenReview, paper pages, code) and how to tell a dead one
 * from one that merely did not answer. Only a 404 or 410 counts as dead: rate limits, bot walls and
 * timeouts say nothing about whether the page exists, so they stay "unknown" and never fail a run.
 */
import { arxivUrl, openreviewUrl } from '../../src/lib/urls-external.ts';
import type { ParsedPaper } from './read-papers.ts';

export interface ExternalLink {
  readonly url: string;
  /** Where the link comes from, e.g. `content/papers/pcl.md (code)`; one URL may be shared by entries. */
  readonly sources: readonly string[];
}

const FIELDS = ['arxiv', 'openreview', 'url', 'code'] as const;

/** Every distinct external URL of the papers, in file order then field order. */
export function externalLinks(papers: readonly Pick<ParsedPaper, 'path' | 'data'>[]): ExternalLink[] {
  const sources = new Map<string, string[]>();
  for (const paper of papers) {
    for (const field of FIELDS) {
      const value = paper.data[field];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const id = value.trim();
      const url = field === 'arxiv' ? arxivUrl(id) : field === 'openreview' ? openreviewUrl(id) : id;
      const list = sources.get(url) ?? [];
      list.push(`${paper.path} (${field})`);
      sources.set(url, list);
    }
  }
  return [...sources].map(([url, from]) => ({ url, sources: from }));
}

export type Verdict = 'alive' | 'dead' | 'unknown';

/** The status after redirects were followed: 2xx/3xx alive, 404/410 dead, anything else unknown. */
export function classifyStatus(status: number): Verdict {
  if (status >= 200 && status < 400) return 'alive';
  if (status === 404 || status === 410) return 'dead';
  return 'unknown';
}

/** Runs `task` over `items` with at most `limit` in flight, keeping results in input order. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  // One iterator shared by the workers: taking the next item is synchronous, so no two workers get the same.
  const queue = items.entries();
  const worker = async (): Promise<void> => {
    for (const [index, item] of queue) results[index] = await task(item, index);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** A cap on HTTP requests over a whole run, shared by all workers. */
export interface RequestBudget {
  take(): boolean;
  readonly used: number;
}

export function requestBudget(max: number): RequestBudget {
  let used = 0;
  return {
    take() {
      if (used >= max) return false;
      used += 1;
      return true;
    },
    get used() {
      return used;
    },
  };
}

export interface CheckOptions {
  readonly timeoutMs: number;
  readonly budget: RequestBudget;
  /** Injected in tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

export interface LinkCheck {
  readonly url: string;
  readonly verdict: Verdict;
  /** What happened, e.g. `GET 404` or `HEAD 200 after redirect to https://…`. */
  readonly detail: string;
}

interface Attempt extends LinkCheck {
  readonly timedOut: boolean;
}

// Some hosts refuse requests that carry no user agent at all; this one says who is asking.
const USER_AGENT = 'contrastive-papers-link-check';

async function attempt(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Attempt> {
  if (!options.budget.take()) {
    return { url, verdict: 'unknown', detail: 'not checked: request limit (--max) reached', timedOut: false };
  }
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(url, {
      method,
      redirect: 'follow',
      headers: { 'user-agent': USER_AGENT },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // Only the status matters; reading a whole page (or PDF) would waste the time budget.
    await response.body?.cancel().catch(() => undefined);
    const moved = response.redirected ? ` after redirect to ${response.url}` : '';
    return {
      url,
      verdict: classifyStatus(response.status),
      detail: `${method} ${response.status}${moved}`,
      timedOut: false,
    };
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return {
        url,
        verdict: 'unknown',
        detail: `${method} timed out after ${options.timeoutMs / 1000} s`,
        timedOut: true,
      };
    }
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { url, verdict: 'unknown', detail: `${method} failed${cause || `: ${String(error)}`}`, timedOut: false };
  }
}

/**
 * HEAD first (cheap), then GET when HEAD did not show the page alive: many servers answer HEAD with 403,
 * 405 or even 404 while serving GET. A HEAD that timed out is not retried, as the host is not answering.
 */
export async function checkUrl(url: string, options: CheckOptions): Promise<LinkCheck> {
  const head = await attempt(url, 'HEAD', options);
  if (head.verdict === 'alive' || head.timedOut) return { url, verdict: head.verdict, detail: head.detail };
  const get = await attempt(url, 'GET', options);
  return { url, verdict: get.verdict, detail: `${head.detail}; ${get.detail}` };
}

export interface RunOptions {
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly maxRequests: number;
  readonly fetch?: typeof fetch;
}

export async function checkLinks(links: readonly ExternalLink[], options: RunOptions): Promise<LinkCheck[]> {
  const budget = requestBudget(options.maxRequests);
  const check: CheckOptions = {
    timeoutMs: options.timeoutMs,
    budget,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  return mapWithConcurrency(links, options.concurrency, (link) => checkUrl(link.url, check));
}

/** Whether the network is reachable at all: any HTTP answer from `url` counts, only no answer does not. */
export async function probeOnline(url: string, timeoutMs: number, doFetch: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await doFetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel().catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

/** The report: dead links first, then unknown ones, each with its sources, then a one-line count. */
export function formatReport(links: readonly ExternalLink[], results: readonly LinkCheck[]): string {
  const sources = new Map(links.map((link) => [link.url, link.sources]));
  const lines: string[] = [];
  for (const verdict of ['dead', 'unknown'] as const) {
    for (const result of results.filter((r) => r.verdict === verdict)) {
      lines.push(`${verdict.padEnd(7)} ${result.url} (${result.detail})`);
      for (const source of sources.get(result.url) ?? []) lines.push(`        in ${source}`);
    }
  }
  const count = (verdict: Verdict) => results.filter((r) => r.verdict === verdict).length;
  lines.push(
    `${results.length} external link(s): ${count('alive')} alive, ${count('dead')} dead, ${count('unknown')} unknown`,
  );
  return lines.join('\n');
}
