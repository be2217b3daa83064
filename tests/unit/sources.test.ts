// arXiv, OpenReview and Crossref lookups, new-paper's fetched draft and the pull-request check, against
// recorded answers (tests/fixtures/replay) through undici's MockAgent, with every other request refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher, type Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkExternal, formatFinding, liveServices } from '../../scripts/lib/check-external.ts';
import { findPublished, reportMarkdown } from '../../scripts/lib/check-preprints.ts';
import { fetchDraft } from '../../scripts/lib/fetch-draft.ts';
import { parsePaper, type ParsedPaper } from '../../scripts/lib/read-papers.ts';
import { arxivLookup, crossrefLookup, openreviewLookup } from '../../scripts/lib/sources.ts';

const REPLAY = 'tests/fixtures/replay';
const recorded = (name: string) => readFileSync(join(REPLAY, name), 'utf8');
const ARXIV = 'https://export.arxiv.org';
const OPENREVIEW = 'https://api2.openreview.net';
const CROSSREF = 'https://api.crossref.org';

let agent: MockAgent;
let original: Dispatcher;
beforeEach(() => {
  original = getGlobalDispatcher();
  agent = new MockAgent();
  // Any request without a recorded answer fails: no test can reach the network.
  agent.disableNetConnect();
  setGlobalDispatcher(agent);
});
afterEach(async () => {
  setGlobalDispatcher(original);
  await agent.close();
});

const arxivAnswers = (id: string, status: number, body: string, delay = 0) => {
  const reply = agent
    .get(ARXIV)
    .intercept({ path: `/api/query?id_list=${id}` })
    .reply(status, body, { headers: { 'content-type': 'application/atom+xml' } });
  if (delay > 0) reply.delay(delay);
};
const fast = { intervalMs: 0 };

describe('arXiv', () => {
  it('reads title, authors, year, journal reference and DOI from the Atom feed', async () => {
    arxivAnswers('2101.00042', 200, recorded('arxiv-2101.00042.xml'));
    expect(await arxivLookup('2101.00042', fast)).toEqual({
      ok: true,
      metadata: {
        title: 'Contrastive Learning with Ödd Negatives',
        authors: ['Jörg Müller', 'María García', 'Aäron van den Oord'],
        year: 2021,
        published: 'International Conference on Learning Representations, 2021',
        doi: '10.0000/fabricated.42',
      },
    });
  });

  it('tells a missing paper (error entry or empty feed) from an unreadable answer', async () => {
    arxivAnswers('2101.99999', 200, recorded('arxiv-error.xml'));
    arxivAnswers('2101.99998', 200, recorded('arxiv-empty.xml'));
    arxivAnswers('2101.99997', 200, recorded('arxiv-malformed.xml'));
    expect(await arxivLookup('2101.99999', fast)).toMatchObject({ ok: false, failure: 'not-found' });
    expect(await arxivLookup('2101.99998', fast)).toMatchObject({ ok: false, failure: 'not-found' });
    expect(await arxivLookup('2101.99997', fast)).toMatchObject({ ok: false, failure: 'malformed' });
  });

  it('reports a rate limit and a timeout as such', async () => {
    arxivAnswers('2101.00042', 429, 'Rate exceeded.');
    expect(await arxivLookup('2101.00042', fast)).toMatchObject({ ok: false, failure: 'rate-limited' });
    arxivAnswers('2101.00042', 200, recorded('arxiv-2101.00042.xml'), 2_000);
    expect(await arxivLookup('2101.00042', { ...fast, timeoutMs: 100 })).toMatchObject({
      ok: false,
      failure: 'timeout',
    });
  });

  it('asks at most once per interval', async () => {
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      agent
        .get(ARXIV)
        .intercept({ path: '/api/query?id_list=2101.00042' })
        .reply(() => {
          times.push(Date.now());
          return { statusCode: 200, data: recorded('arxiv-2101.00042.xml') };
        });
    }
    await arxivLookup('2101.00042', { intervalMs: 300 });
    await arxivLookup('2101.00042', { intervalMs: 300 });
    // Timers may fire a few milliseconds early against the wall clock.
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(250);
  });

  it('treats a refused connection as offline', async () => {
    agent
      .get(ARXIV)
      .intercept({ path: '/api/query?id_list=2101.00042' })
      .replyWithError(new Error('getaddrinfo ENOTFOUND'));
    expect(await arxivLookup('2101.00042', fast)).toMatchObject({ ok: false, failure: 'offline' });
  });
});

describe('OpenReview and Crossref', () => {
  it('read a forum and a work', async () => {
    agent
      .get(OPENREVIEW)
      .intercept({ path: '/notes?id=AbCdEfGh123' })
      .reply(200, recorded('openreview-AbCdEfGh123.json'));
    agent
      .get(CROSSREF)
      .intercept({ path: `/works/${encodeURIComponent('10.0000/fabricated.42')}` })
      .reply(200, recorded('crossref-10.0000-fabricated.42.json'));
    expect(await openreviewLookup('AbCdEfGh123')).toEqual({
      ok: true,
      metadata: {
        title: 'Contrastive Learning with Ödd Negatives',
        authors: ['Jörg Müller', 'María García', 'Aäron van den Oord'],
        published: 'ICLR 2021 Poster',
        year: 2020,
      },
    });
    expect(await crossrefLookup('10.0000/fabricated.42')).toMatchObject({
      ok: true,
      metadata: {
        title: 'Contrastive Learning with Ödd Negatives',
        year: 2021,
        authors: ['Jörg Müller', 'María García'],
      },
    });
  });

  it('tell not found from malformed', async () => {
    agent
      .get(OPENREVIEW)
      .intercept({ path: '/notes?id=ZzZzZzZz999' })
      .reply(404, recorded('openreview-not-found.json'));
    agent.get(OPENREVIEW).intercept({ path: '/notes?id=AbCd' }).reply(200, recorded('openreview-malformed.json'));
    agent
      .get(CROSSREF)
      .intercept({ path: `/works/${encodeURIComponent('10.0000/none')}` })
      .reply(404, 'Resource not found.');
    expect(await openreviewLookup('ZzZzZzZz999')).toMatchObject({ ok: false, failure: 'not-found' });
    expect(await openreviewLookup('AbCd')).toMatchObject({ ok: false, failure: 'malformed' });
    expect(await crossrefLookup('10.0000/none')).toMatchObject({ ok: false, failure: 'not-found' });
  });
});

describe("new-paper's draft from an id", () => {
  it('takes each field from the first source that has it, and says which', async () => {
    arxivAnswers('2101.00042', 200, recorded('arxiv-2101.00042.xml'));
    const fetched = await fetchDraft(
      { arxiv: '2101.00042' },
      {
        arxivLookup: (id) => arxivLookup(id, fast),
        openreviewLookup,
        crossrefLookup,
      },
    );
    expect(fetched.ok).toBe(true);
    if (!fetched.ok) return;
    expect(fetched.draft).toEqual({
      title: 'Contrastive Learning with Ödd Negatives',
      authors: ['Jörg Müller', 'María García', 'Aäron van den Oord'],
      venue: 'ICLR',
      year: 2021,
    });
    expect(fetched.sources.get('venue')).toBe(
      'arXiv 2101.00042 ("International Conference on Learning Representations, 2021")',
    );
  });

  it('stops with one line when a source cannot be asked', async () => {
    arxivAnswers('2101.00042', 429, 'Rate exceeded.');
    const fetched = await fetchDraft(
      { arxiv: '2101.00042' },
      {
        arxivLookup: (id) => arxivLookup(id, fast),
        openreviewLookup,
        crossrefLookup,
      },
    );
    expect(fetched).toEqual({
      ok: false,
      line: 'arXiv 2101.00042 asked us to slow down (rate limited): HTTP 429 (too many requests)',
    });
  });
});

/** An entry as the pull-request check reads it. */
function entry(fields: string): ParsedPaper {
  const parsed = parsePaper({ path: 'content/papers/odd.md', slug: 'odd', text: `---\n${fields}\n---\nBody.\n` });
  if (!('data' in parsed)) throw new Error(parsed.message);
  return parsed;
}

describe('the pull-request check', () => {
  const services = () => {
    const live = liveServices(1_000);
    return { ...live, arxiv: (id: string) => arxivLookup(id, { ...fast, timeoutMs: 1_000 }) };
  };

  it('passes an entry whose ids and code agree with it', async () => {
    arxivAnswers('2101.00042', 200, recorded('arxiv-2101.00042.xml'));
    agent
      .get(OPENREVIEW)
      .intercept({ path: '/notes?id=AbCdEfGh123' })
      .reply(200, recorded('openreview-AbCdEfGh123.json'));
    agent.get('https://github.com').intercept({ path: '/example/odd', method: 'HEAD' }).reply(200, '');
    const paper = entry(
      'title: "Contrastive learning with Ödd negatives"\narxiv: "2101.00042"\nopenreview: AbCdEfGh123\ncode: https://github.com/example/odd',
    );
    expect(await checkExternal(paper, services())).toEqual([]);
  });

  it('names the title arXiv has when an id points to another paper, as an annotation on its line', async () => {
    arxivAnswers('2101.00043', 200, recorded('arxiv-preprint.xml'));
    const [finding] = await checkExternal(
      entry('title: "Contrastive Learning with Ödd Negatives"\narxiv: "2101.00043"'),
      services(),
    );
    expect(finding).toMatchObject({ level: 'error', line: 3, field: 'arxiv' });
    expect(formatFinding(finding!, true)).toBe(
      '::error file=content/papers/odd.md,line=3,title=arxiv::arXiv 2101.00043 is titled "A Fabricated Preprint Nobody Published", not "Contrastive Learning with Ödd Negatives": is the id right?',
    );
  });

  it('fails a forum that does not exist and a dead code link; only warns when a service is down', async () => {
    agent
      .get(OPENREVIEW)
      .intercept({ path: '/notes?id=ZzZzZzZz999' })
      .reply(404, recorded('openreview-not-found.json'));
    agent.get('https://github.com').intercept({ path: '/example/gone', method: 'HEAD' }).reply(404, '');
    agent.get('https://github.com').intercept({ path: '/example/gone', method: 'GET' }).reply(404, '');
    arxivAnswers('2101.00042', 503, 'Service unavailable');
    const findings = await checkExternal(
      entry('title: "X"\narxiv: "2101.00042"\nopenreview: ZzZzZzZz999\ncode: https://github.com/example/gone'),
      services(),
    );
    expect(findings.map((f) => `${f.level} ${f.field}`)).toEqual(['warning arxiv', 'error openreview', 'error code']);
  });
});

describe('the published-preprints report', () => {
  it('lists the preprints arXiv now places at a venue, and those it could not ask about', async () => {
    arxivAnswers('2101.00042', 200, recorded('arxiv-2101.00042.xml'));
    arxivAnswers('2101.00043', 200, recorded('arxiv-preprint.xml'));
    arxivAnswers('2101.00044', 429, 'Rate exceeded.');
    const entries = ['2101.00042', '2101.00043', '2101.00044'].map((arxiv, i) => ({
      slug: `p${i}`,
      path: `content/papers/p${i}.md`,
      arxiv,
      title: `Paper ${i}`,
    }));
    const report = await findPublished(entries, (id) => arxivLookup(id, fast));
    expect(report.published.map((p) => p.entry.slug)).toEqual(['p0']);
    expect(report.unchecked.map((u) => u.entry.slug)).toEqual(['p2']);
    const markdown = reportMarkdown(report, entries.length);
    expect(markdown).toContain(
      '- [ ] `content/papers/p0.md` (arXiv 2101.00042, "Paper 0"): journal reference: International Conference on Learning Representations, 2021; DOI: [10.0000/fabricated.42](https://doi.org/10.0000/fabricated.42)',
    );
    expect(markdown).toContain('Not checked this time (1): p2.');
  });
});
