/**
 * Paper metadata from the outside world: arXiv's API (Atom), OpenReview's API (v2 notes) and Crossref (JSON).
 * Plain fetch with a timeout and a user agent; arXiv is asked at most once every 3 seconds, as its terms ask.
 * Every failure is a value, never a throw, so callers can tell "the paper is not there" from "we could not
 * ask" (offline, timeout, rate limited, malformed answer). Tests replay recorded answers (tests/fixtures/replay).
 */
import { XMLParser } from 'fast-xml-parser';
import { site } from '../../src/site.config.ts';

export interface Metadata {
  readonly title?: string;
  readonly authors?: string[];
  readonly year?: number;
  /** Where the paper was published, as the source says it (journal_ref, OpenReview venue, container title). */
  readonly published?: string;
  readonly doi?: string;
  readonly url?: string;
}

export type Failure = 'offline' | 'timeout' | 'rate-limited' | 'not-found' | 'malformed' | 'http-error';

export type Lookup =
  | { readonly ok: true; readonly metadata: Metadata }
  | { readonly ok: false; readonly failure: Failure; readonly detail: string };

/** The hosts asked, overridable so tests (and a mirror) can point elsewhere. */
export const ENDPOINTS = {
  arxiv: process.env['CP_ARXIV_API'] ?? 'https://export.arxiv.org/api/query',
  openreview: process.env['CP_OPENREVIEW_API'] ?? 'https://api2.openreview.net/notes',
  crossref: process.env['CP_CROSSREF_API'] ?? 'https://api.crossref.org/works/',
};

const USER_AGENT = `${site.name.toLowerCase().replace(/\s+/g, '-')}-metadata (${site.repository ?? 'reading list generator'})`;
export const TIMEOUT_MS = 15_000;
export const ARXIV_INTERVAL_MS = 3_000;

const fail = (failure: Failure, detail: string): Lookup => ({ ok: false, failure, detail });

/** One GET, classified; the body as text when the status is 2xx. */
async function get(
  url: string,
  timeoutMs: number,
): Promise<{ ok: true; text: string } | { ok: false; lookup: Lookup }> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'user-agent': USER_AGENT }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
      return { ok: false, lookup: fail('timeout', `no answer within ${timeoutMs / 1000} s`) };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { ok: false, lookup: fail('offline', cause) };
  }
  if (response.status === 429) return { ok: false, lookup: fail('rate-limited', 'HTTP 429 (too many requests)') };
  if (response.status === 404 || response.status === 410)
    return { ok: false, lookup: fail('not-found', `HTTP ${response.status}`) };
  if (!response.ok) return { ok: false, lookup: fail('http-error', `HTTP ${response.status}`) };
  return { ok: true, text: await response.text() };
}

const squash = (text: unknown): string =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

let lastArxiv = 0;
/** Waits so that arXiv is asked at most once every ARXIV_INTERVAL_MS. */
async function arxivTurn(interval: number): Promise<void> {
  const wait = lastArxiv + interval - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastArxiv = Date.now();
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true });

/** An arXiv id's metadata, from the Atom feed of arXiv's API. */
export async function arxivLookup(
  id: string,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<Lookup> {
  await arxivTurn(options.intervalMs ?? ARXIV_INTERVAL_MS);
  const answer = await get(`${ENDPOINTS.arxiv}?id_list=${encodeURIComponent(id)}`, options.timeoutMs ?? TIMEOUT_MS);
  if (!answer.ok) return answer.lookup;
  let feed: { feed?: { entry?: unknown } };
  try {
    feed = xml.parse(answer.text, true) as typeof feed;
  } catch (error) {
    return fail('malformed', `not valid XML (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!feed.feed) return fail('malformed', 'no Atom feed in the answer');
  const entry = list(feed.feed.entry as Record<string, unknown> | Record<string, unknown>[])[0];
  // arXiv answers an unknown id with an entry titled "Error" whose id points into /api/errors.
  if (!entry || squash(entry['title']) === 'Error' || String(entry['id'] ?? '').includes('/api/errors')) {
    return fail('not-found', `arXiv has no paper ${id}`);
  }
  const authors = list(entry['author'] as { name?: unknown } | { name?: unknown }[]).map((a) => squash(a.name));
  const published = squash(entry['published']);
  const metadata: Metadata = {
    title: squash(entry['title']),
    authors: authors.filter(Boolean),
    ...(/^\d{4}/.test(published) ? { year: Number(published.slice(0, 4)) } : {}),
    ...(entry['journal_ref'] ? { published: squash(entry['journal_ref']) } : {}),
    ...(entry['doi'] ? { doi: squash(entry['doi']) } : {}),
  };
  if (!metadata.title) return fail('malformed', 'the entry has no title');
  return { ok: true, metadata };
}

/** An OpenReview forum's metadata, from API v2 (the forum's root note). */
export async function openreviewLookup(forum: string, options: { timeoutMs?: number } = {}): Promise<Lookup> {
  const answer = await get(`${ENDPOINTS.openreview}?id=${encodeURIComponent(forum)}`, options.timeoutMs ?? TIMEOUT_MS);
  if (!answer.ok) return answer.lookup;
  let body: { notes?: { content?: Record<string, { value?: unknown }>; cdate?: number }[] };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return fail('malformed', 'not valid JSON');
  }
  if (!Array.isArray(body.notes)) return fail('malformed', 'no notes in the answer');
  const note = body.notes[0];
  if (!note?.content) return fail('not-found', `OpenReview has no forum ${forum}`);
  const value = (key: string) => note.content?.[key]?.value;
  const title = squash(value('title'));
  if (!title) return fail('malformed', 'the note has no title');
  const authors = Array.isArray(value('authors')) ? (value('authors') as unknown[]).map(squash) : [];
  return {
    ok: true,
    metadata: {
      title,
      authors,
      ...(value('venue') ? { published: squash(value('venue')) } : {}),
      ...(typeof note.cdate === 'number' ? { year: new Date(note.cdate).getUTCFullYear() } : {}),
    },
  };
}

/** A DOI's metadata, from Crossref's works API. */
export async function crossrefLookup(doi: string, options: { timeoutMs?: number } = {}): Promise<Lookup> {
  const answer = await get(`${ENDPOINTS.crossref}${encodeURIComponent(doi)}`, options.timeoutMs ?? TIMEOUT_MS);
  if (!answer.ok) return answer.lookup;
  let body: {
    message?: {
      title?: string[];
      author?: { given?: string; family?: string; name?: string }[];
      'container-title'?: string[];
      issued?: { 'date-parts'?: number[][] };
      URL?: string;
      DOI?: string;
    };
  };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return fail('malformed', 'not valid JSON');
  }
  const work = body.message;
  const title = squash(work?.title?.[0]);
  if (!work || !title) return fail('malformed', 'no work with a title in the answer');
  const year = work.issued?.['date-parts']?.[0]?.[0];
  return {
    ok: true,
    metadata: {
      title,
      authors: (work.author ?? []).map((a) => squash(a.name ?? `${a.given ?? ''} ${a.family ?? ''}`)).filter(Boolean),
      ...(typeof year === 'number' ? { year } : {}),
      ...(work['container-title']?.[0] ? { published: squash(work['container-title'][0]) } : {}),
      ...(work.DOI ? { doi: work.DOI } : {}),
      ...(work.URL?.startsWith('https://') ? { url: work.URL } : {}),
    },
  };
}

/** How a failure reads in one line. */
export function describeFailure(source: string, lookup: Extract<Lookup, { ok: false }>): string {
  const what: Record<Failure, string> = {
    offline: 'could not be reached (no network?)',
    timeout: 'did not answer in time',
    'rate-limited': 'asked us to slow down (rate limited)',
    'not-found': 'has no such paper',
    malformed: 'answered with something unreadable',
    'http-error': 'answered with an error',
  };
  return `${source} ${what[lookup.failure]}: ${lookup.detail}`;
}

/** Failures that say nothing about the paper (the service could not be asked, or answered garbage). */
export const isNetworkFailure = (failure: Failure): boolean => failure !== 'not-found';
