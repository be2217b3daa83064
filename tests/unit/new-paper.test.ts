import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guessVenue, importBibtex } from '../../scripts/lib/bibtex-import.ts';
import { checkPapers, formatProblem } from '../../scripts/lib/check-papers.ts';
import { isParsed, listPaperFiles, parsePaper } from '../../scripts/lib/read-papers.ts';
import { arxivIdOf, openreviewIdOf, proposeSlug } from '../../scripts/lib/scaffold.ts';
import { PaperSchema } from '../../src/schema.ts';
import { run, type RunResult } from '../support/run.ts';

// Each case starts a tsx process that loads the validator (KaTeX, unified): allow for a slow machine.
const SLOW = 60_000;

const BIBTEX = String.raw`@inproceedings{mueller2021contrast,
  title     = {Contrastive {L}earning with {\"O}dd {N}egatives},
  author    = {M{\"u}ller, J{\"o}rg and Garc{\'\i}a, Mar{\'\i}a and van den Oord, A{\"a}ron},
  booktitle = {International Conference on Learning Representations},
  year      = {2021},
  eprint    = {2101.00042},
  archivePrefix = {arXiv},
  url       = {https://openreview.net/forum?id=AbCdEfGh123}
}
`;

const execFileAsync = promisify(execFile);
const TLDR = 'Contrasts odd negatives, a fabricated method for the tests.';
const today = (): string => new Date().toISOString().slice(0, 10);

let root: string;
let papers: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-paper-'));
  papers = join(root, 'papers');
  mkdirSync(papers);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function newPaper(...args: string[]): RunResult {
  return run('npx', ['tsx', 'scripts/new-paper.ts', ...args, '--dir', papers]);
}

/** Runs new-paper with `input` on standard input, through a shell pipe as a contributor would. */
function newPaperFromStdin(input: string, ...args: string[]): RunResult {
  const file = join(root, 'stdin.bib');
  writeFileSync(file, input);
  return run('sh', ['-c', 'cat "$0" | npx tsx scripts/new-paper.ts "$@"', file, ...args, '--dir', papers]);
}

const read = (slug: string): string => readFileSync(join(papers, `${slug}.md`), 'utf8');

/** The written folder passes validate's checks, and the new file the shared schema. */
function expectValid(slug: string): void {
  const { problems } = checkPapers(listPaperFiles(papers));
  expect(problems.map(formatProblem)).toEqual([]);
  const parsed = parsePaper({ path: `${slug}.md`, slug, text: read(slug) });
  if (!isParsed(parsed)) throw new Error(parsed.message);
  expect(PaperSchema.safeParse(parsed.data).success).toBe(true);
}

const FLAG_VALUES: Record<string, string> = {
  '--title': 'Prototypes: A Test of "Quoted" Titles',
  '--short': 'ProtoTest',
  '--tldr': 'Tests the scaffold with quoted titles and prototypes.',
  '--authors': "Ada Lovelace; Seán O'Brien;  Grace Hopper ",
  '--venue': 'ICLR',
  '--year': '2021',
  '--domains': 'vision, nlp',
  '--tags': 'prototypes,clustering',
  '--arxiv': 'https://arxiv.org/abs/2005.04010v2',
  '--code': 'https://github.com/example/proto',
};
const flagsWithout = (...names: string[]): string[] =>
  Object.entries(FLAG_VALUES)
    .filter(([name]) => !names.includes(name))
    .flat();
const FLAGS = flagsWithout();

describe('npm run new-paper from flags', () => {
  it('writes the entry in the house style, with today as added, and prints the next steps', { timeout: SLOW }, () => {
    const result = newPaper(...FLAGS);
    expect(result.code, result.output).toBe(0);
    expect(readdirSync(papers)).toEqual(['prototest.md']);
    const text = read('prototest');
    expect(text).toMatch(/^---\ntitle: "Prototypes: A Test of \\"Quoted\\" Titles"\nshort: ProtoTest\n/);
    expect(text).toContain('tldr: "Tests the scaffold with quoted titles and prototypes."\n');
    expect(text).toContain("authors:\n  - Ada Lovelace\n  - Seán O'Brien\n  - Grace Hopper\n");
    expect(text).toContain('venue: ICLR\nyear: 2021\ndomains: [vision, nlp]\ntags: [prototypes, clustering]\n');
    // Quoted, and the trailing zero kept: unquoted YAML would read 2005.04010 as a number.
    expect(text).toContain('arxiv: "2005.04010"\n');
    expect(text).toContain(`code: https://github.com/example/proto\nadded: ${today()}\n---\n`);
    expect(text).toMatch(/\$\$\n[^$]+\n\$\$/);
    expect(result.stdout).toContain(join(papers, 'prototest.md'));
    expect(result.stdout).toMatch(/own words/);
    expect(result.stdout).toMatch(/npm run validate/);
    expectValid('prototest');
  });

  it('asks for the tldr at a terminal, and names --tldr without one', { timeout: SLOW }, () => {
    // `script` gives the command a terminal, as a contributor has; the answer is typed into it.
    const quoted = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;
    const command = ['npx', 'tsx', 'scripts/new-paper.ts', ...flagsWithout('--tldr'), '--dir', papers].map(quoted);
    const answered = run('sh', ['-c', `echo "$0" | script -qec "$1" /dev/null`, TLDR, command.join(' ')]);
    expect(answered.code, answered.output).toBe(0);
    expect(answered.stdout).toContain('tldr: one sentence, at most 160 characters');
    expect(read('prototest')).toContain(`tldr: "${TLDR}"\n`);
    rmSync(join(papers, 'prototest.md'));
    const piped = newPaper(...flagsWithout('--tldr'));
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/tldr: is missing \(pass --tldr "/);
  });

  it('looks an id up, and offline says so in one line and writes nothing', { timeout: SLOW }, () => {
    // Port 9 of this machine refuses connections: as good as no network, and it never reaches the outside.
    const result = run('npx', ['tsx', 'scripts/new-paper.ts', '--arxiv', '2101.00042', '--dir', papers], {
      CP_ARXIV_API: 'http://127.0.0.1:9/api/query',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^new-paper: arXiv 2101\.00042 could not be reached \(no network\?\): .*; nothing was written\. Pass the entry with --bibtex <file>, or describe it with --title, --authors/,
      ),
    ]);
    expect(readdirSync(papers)).toEqual([]);
  });

  it('fills the entry from arXiv and says which source gave each field', { timeout: SLOW }, async () => {
    // A local server replays arXiv's recorded answer; the command runs asynchronously so it can be served.
    const atom = readFileSync('tests/fixtures/replay/arxiv-2101.00042.xml', 'utf8');
    const server = createServer((request, response) => {
      response.writeHead(request.url === '/api/query?id_list=2101.00042' ? 200 : 404, {
        'content-type': 'application/atom+xml',
      });
      response.end(atom);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      const { stdout } = await execFileAsync(
        'npx',
        [
          'tsx',
          'scripts/new-paper.ts',
          '--arxiv',
          '2101.00042',
          '--domains',
          'vision',
          '--tldr',
          TLDR,
          '--dir',
          papers,
        ],
        { env: { ...process.env, CP_ARXIV_API: `http://127.0.0.1:${port}/api/query` } },
      );
      const text = read('contrastive-learning-with-odd-negatives');
      expect(text).toContain('title: "Contrastive Learning with Ödd Negatives"\n');
      expect(text).toContain('authors:\n  - Jörg Müller\n  - María García\n  - Aäron van den Oord\n');
      expect(text).toContain('venue: ICLR\nyear: 2021\n');
      expect(stdout).toContain('note: title from arXiv 2101.00042');
      expect(stdout).toContain(
        'note: venue from arXiv 2101.00042 ("International Conference on Learning Representations, 2021")',
      );
      expectValid('contrastive-learning-with-odd-negatives');
    } finally {
      server.close();
    }
  });

  it('takes --slug over the proposal', { timeout: SLOW }, () => {
    const result = newPaper(...FLAGS, '--slug', 'proto-test');
    expect(result.code, result.output).toBe(0);
    expect(readdirSync(papers)).toEqual(['proto-test.md']);
  });

  it('refuses to overwrite an existing file', { timeout: SLOW }, () => {
    writeFileSync(join(papers, 'prototest.md'), 'kept as it was');
    const result = newPaper(...FLAGS);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/prototest\.md already exists/);
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(read('prototest')).toBe('kept as it was');
  });

  it('refuses a paper whose arXiv id is already listed, with the same check as validate', { timeout: SLOW }, () => {
    copyFileSync('tests/fixtures/valid/rich-body.md', join(papers, 'rich-body.md'));
    const result = newPaper(...flagsWithout('--arxiv', '--code'), '--arxiv', '2301.00001');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/prototest\.md:\d+: arxiv: same arXiv id as .*rich-body\.md/);
    expect(readdirSync(papers)).toEqual(['rich-body.md']);
  });

  it('says a paper is already listed even while other fields still need fixing', { timeout: SLOW }, () => {
    copyFileSync('tests/fixtures/valid/rich-body.md', join(papers, 'rich-body.md'));
    const result = newPaper('--title', 'Rich bodies — tables, code and footnotes');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/title: same title .* as .*rich-body\.md/);
    expect(result.stderr).toMatch(/authors: is missing/);
    expect(readdirSync(papers)).toEqual(['rich-body.md']);
  });

  it('names --domains when the domains are missing, and writes nothing', { timeout: SLOW }, () => {
    const result = newPaper(...flagsWithout('--domains'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/domains: is missing \(pass --domains with one or more of: vision, nlp/);
    expect(readdirSync(papers)).toEqual([]);
  });

  it('reports every bad field at once, with the flag that fixes it', { timeout: SLOW }, () => {
    const result = newPaper(
      '--title',
      'T',
      '--authors',
      'A B',
      '--venue',
      'ICRL',
      '--year',
      'soon',
      '--domains',
      'visoin',
      '--url',
      'http://example.org',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/venue: "ICRL" is not a known venue \(did you mean ICLR\? pass --venue/);
    expect(result.stderr).toMatch(/year: .*\(pass --year/);
    expect(result.stderr).toMatch(/domains\[0\]: "visoin" is not a known domain \(did you mean vision\?/);
    expect(result.stderr).toMatch(/url: .*https:\/\/.*\(pass --url/);
    expect(readdirSync(papers)).toEqual([]);
  });
});

describe('npm run new-paper from BibTeX', () => {
  it('reads a file: accented names, venue from the booktitle, ids from eprint and url', { timeout: SLOW }, () => {
    const bib = join(root, 'entry.bib');
    writeFileSync(bib, BIBTEX);
    const result = newPaper('--bibtex', bib, '--domains', 'vision', '--tldr', TLDR);
    expect(result.code, result.output).toBe(0);
    const slug = 'contrastive-learning-with-odd-negatives';
    const text = read(slug);
    expect(text).toContain('title: "Contrastive Learning with Ödd Negatives"\n');
    expect(text).toContain('authors:\n  - Jörg Müller\n  - María García\n  - Aäron van den Oord\n');
    expect(text).toContain('venue: ICLR\nyear: 2021\n');
    expect(text).toContain('arxiv: "2101.00042"\nopenreview: "AbCdEfGh123"\n');
    expect(result.stdout).toMatch(/venue ICLR was guessed/);
    expectValid(slug);
  });

  it('reads a piped entry from standard input', { timeout: SLOW }, () => {
    const result = newPaperFromStdin(BIBTEX, '--domains', 'vision', '--short', 'Odd', '--tldr', TLDR);
    expect(result.code, result.output).toBe(0);
    expect(read('odd')).toContain('  - Jörg Müller\n');
    expectValid('odd');
  });

  it('reads standard input for --bibtex -, and flags override the entry', { timeout: SLOW }, () => {
    const result = newPaperFromStdin(
      BIBTEX,
      '--bibtex',
      '-',
      '--domains',
      'vision',
      '--venue',
      'arXiv',
      '--year',
      '2020',
      '--slug',
      'odd',
      '--tldr',
      TLDR,
    );
    expect(result.code, result.output).toBe(0);
    expect(read('odd')).toContain('venue: arXiv\nyear: 2020\n');
    expect(result.stdout).not.toMatch(/guessed/);
  });

  it('names --venue when the booktitle is not a registered venue', { timeout: SLOW }, () => {
    const result = newPaperFromStdin(
      BIBTEX.replace('International Conference on Learning Representations', 'Nature'),
      '--domains',
      'vision',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/venue: could not choose a venue: "Nature" .*\(pass --venue/);
    expect(readdirSync(papers)).toEqual([]);
  });

  it('refuses an incomplete author list', { timeout: SLOW }, () => {
    const result = newPaperFromStdin(BIBTEX.replace('van den Oord, A{\\"a}ron', 'others'), '--domains', 'vision');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/authors: .*"and others".*\(pass --authors/);
  });
});

describe('the verification record', () => {
  const existing = [
    {
      slug: 'aaa',
      origin: 'added',
      title: 'A',
      authors: ['A'],
      venue: 'ICLR',
      year: 2020,
      sources: { x: ['y'] },
      corrections: [],
      unverified: [],
    },
    {
      slug: 'zzz',
      origin: 'added',
      title: 'Z',
      authors: ['Z'],
      venue: 'ICLR',
      year: 2020,
      sources: { x: ['y'] },
      corrections: [],
      unverified: [],
    },
  ];

  it('is added beside the papers folder, sorted by slug, formatted like the file', { timeout: SLOW }, () => {
    const file = join(root, 'verification.json');
    writeFileSync(file, JSON.stringify(existing, null, 1));
    const bib = join(root, 'entry.bib');
    writeFileSync(bib, BIBTEX);
    const result = newPaper(
      '--bibtex',
      bib,
      '--domains',
      'vision',
      '--short',
      'Odd',
      '--code',
      'https://github.com/example/odd',
      '--tldr',
      TLDR,
    );
    expect(result.code, result.output).toBe(0);
    const text = readFileSync(file, 'utf8');
    const records: unknown[] = JSON.parse(text);
    expect(text).toBe(JSON.stringify(records, null, 1));
    expect(text).toContain('"Jörg Müller"');
    expect(records.map((r) => (r as { slug: string }).slug)).toEqual(['aaa', 'odd', 'zzz']);
    expect(records[1]).toEqual({
      slug: 'odd',
      origin: 'added',
      title: 'Contrastive Learning with Ödd Negatives',
      authors: ['Jörg Müller', 'María García', 'Aäron van den Oord'],
      venue: 'ICLR',
      year: 2021,
      arxiv: '2101.00042',
      openreview: 'AbCdEfGh123',
      code: 'https://github.com/example/odd',
      sources: {
        metadata: [expect.stringMatching(/^contributor-provided: BibTeX entry mueller2021contrast .*flags.*--code/)],
      },
      corrections: [],
      unverified: ['sources to be checked by a maintainer'],
    });
    expect(Object.keys(records[1] as object)).toEqual([
      'slug',
      'origin',
      'title',
      'authors',
      'venue',
      'year',
      'arxiv',
      'openreview',
      'code',
      'sources',
      'corrections',
      'unverified',
    ]);
  });

  it('is skipped when the folder has no verification.json beside it', { timeout: SLOW }, () => {
    const result = newPaper(...FLAGS);
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(root, 'verification.json'))).toBe(false);
    expect(result.stdout).toMatch(/no verification record was written/);
  });

  it('refuses a slug that already has a record, writing nothing', { timeout: SLOW }, () => {
    const file = join(root, 'verification.json');
    const before = JSON.stringify([{ ...existing[0], slug: 'prototest' }], null, 1);
    writeFileSync(file, before);
    const result = newPaper(...FLAGS);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already has a record for prototest/);
    expect(readdirSync(papers)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('BibTeX mapping helpers', () => {
  it.each([
    ['International Conference on Learning Representations', 'ICLR'],
    ['Advances in Neural Information Processing Systems', 'NeurIPS'],
    ['NeurIPS', 'NeurIPS'],
    ['arXiv preprint arXiv:2002.05709', 'arXiv'],
    ['CoRR', 'arXiv'],
    ['Proceedings of the 37th International Conference on Machine Learning', 'ICML'],
    ['Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)', 'CVPR'],
    ['Proceedings of the IEEE/CVF International Conference on Computer Vision', 'ICCV'],
    ['European Conference on Computer Vision', 'ECCV'],
    ['Transactions on Machine Learning Research', 'TMLR'],
    ['ICML 2021 Workshop on Self-Supervised Learning', 'ICML-W'],
  ])('guesses the venue of "%s" as %s', (text, venue) => {
    expect(guessVenue(text)).toEqual({ venue });
  });

  it.each(['Nature', 'CVPR Workshops', 'Findings of the Association for Computational Linguistics: EMNLP 2021'])(
    'does not guess a venue for "%s"',
    (text) => {
      expect(guessVenue(text)).toHaveProperty('problem');
    },
  );

  it('reads arXiv and OpenReview ids from references and links', () => {
    expect(arxivIdOf('2005.04966')).toBe('2005.04966');
    expect(arxivIdOf('arXiv:2005.04966v3')).toBe('2005.04966');
    expect(arxivIdOf('https://arxiv.org/pdf/2005.04966v1.pdf')).toBe('2005.04966');
    expect(arxivIdOf('https://example.org/2005.04966')).toBeUndefined();
    expect(openreviewIdOf('https://openreview.net/forum?id=KmykpuSrjcq&noteId=x')).toBe('KmykpuSrjcq');
  });

  it('maps a journal-cited preprint, and refuses more than one entry', () => {
    const preprint = importBibtex(
      '@article{c, title={T}, author={Chen, Ting}, journal={arXiv preprint arXiv:2002.05709}, year={2020}}',
    );
    expect(preprint).toMatchObject({
      draft: { venue: 'arXiv', arxiv: '2002.05709', authors: ['Ting Chen'], year: 2020 },
    });
    const two = importBibtex('@misc{a, title={A}} @misc{b, title={B}}');
    expect(two.problems[0]).toMatchObject({ field: 'bibtex', message: 'found 2 entries (a, b)' });
  });

  it('proposes a slug that ends on a whole word', () => {
    const slug = proposeSlug(undefined, {
      title: 'Prototypical Contrastive Learning of Unsupervised Representations at Scale',
    });
    expect(slug).toBe('prototypical-contrastive-learning-of-unsupervised');
    expect(proposeSlug(undefined, { short: 'SimCLR v2', title: 'Big Self-Supervised Models' })).toBe('simclr-v2');
  });
});
