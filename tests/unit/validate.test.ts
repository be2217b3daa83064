import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPapers, foldTitle, formatProblem, slugify } from '../../scripts/lib/check-papers.ts';
import { listPaperFiles } from '../../scripts/lib/read-papers.ts';
import { run } from '../support/run.ts';

const BAD = 'tests/fixtures/bad';

/** Each bad fixture, its one defect, and the field the message must name. */
const expected: Record<string, { field: string; says: RegExp; line?: number }> = {
  'arxiv-as-number.md': { field: 'arxiv', says: /read as a number.*quotes/, line: 10 },
  'authors-as-string.md': { field: 'authors', says: /YAML list/, line: 4 },
  'Bad_Slug.md': { field: 'file name', says: /rename the file to bad-slug\.md/ },
  'bad-formula.md': { field: 'body', says: /KaTeX cannot typeset/, line: 15 },
  'empty-authors.md': { field: 'authors', says: /at least one author/ },
  'http-code-url.md': { field: 'code', says: /https:\/\//, line: 11 },
  'impossible-date.md': { field: 'added', says: /2023-02-30 is not a real date/, line: 11 },
  'javascript-url.md': { field: 'url', says: /https:\/\//, line: 11 },
  'malformed-arxiv.md': { field: 'arxiv', says: /not a new-style arXiv id/ },
  'missing-title.md': { field: 'title', says: /is missing/ },
  'missing-venue.md': { field: 'venue', says: /is missing/ },
  'misspelt-key.md': { field: 'abstrct', says: /unknown field/, line: 11 },
  'no-frontmatter.md': { field: 'frontmatter', says: /does not start with a frontmatter block/, line: 1 },
  'no-links.md': { field: 'links', says: /arxiv, openreview or url/ },
  'short-body.md': { field: 'body', says: /the summary has 11 words; it needs 80 to 300/, line: 13 },
  'template-body.md': { field: 'body', says: /still holds the template of npm run new-paper/, line: 13 },
  'tag-not-kebab.md': { field: 'tags[0]', says: /kebab-case/, line: 9 },
  'missing-tldr.md': { field: 'tldr', says: /is missing \(write one plain sentence/ },
  'tldr-markdown.md': { field: 'tldr', says: /"\*\*" is Markdown or HTML outside a \$…\$ formula/, line: 2 },
  'tldr-too-long.md': { field: 'tldr', says: /is 1\d\d characters long; the limit is 160/, line: 2 },
  'tldr-two-sentences.md': { field: 'tldr', says: /has 2 sentence ends; a tldr is one sentence/, line: 2 },
  'unknown-domain.md': { field: 'domains[0]', says: /"visoin".*did you mean vision\?/, line: 8 },
  'unknown-venue.md': { field: 'venue', says: /"ICRL".*did you mean ICLR\?/, line: 6 },
  'yaml-syntax-error.md': { field: 'frontmatter', says: /YAML syntax error/ },
  'year-in-words.md': { field: 'year', says: /must be a number/, line: 7 },
  'year-too-early.md': { field: 'year', says: /1990 or later/ },
  'year-too-late.md': { field: 'year', says: /later than next year/ },
};

describe('checkPapers on the bad fixtures', () => {
  // As npm run validate checks them: the catalogue rules (tags, summaries) included.
  const { problems, checked } = checkPapers(listPaperFiles(BAD), { catalogue: {} });

  it('has an expectation for every fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(readdirSync(BAD).sort());
    expect(checked).toBe(Object.keys(expected).length);
  });

  it.each(Object.entries(expected))('refuses %s naming file, field and fix', (name, { field, says, line }) => {
    const mine = problems.filter((p) => p.path === `${BAD}/${name}`);
    expect(
      mine.length,
      formatProblem(mine[0] ?? { path: name, line: 0, field, message: 'none', fix: '' }),
    ).toBeGreaterThan(0);
    const match = mine.find((p) => p.field === field);
    expect(match, mine.map(formatProblem).join('\n')).toBeDefined();
    expect(formatProblem(match!)).toMatch(says);
    expect(formatProblem(match!)).toMatch(
      new RegExp(`^${BAD}/${name.replace('.', '\\.')}:\\d+: ${field.replace(/[[\]]/g, '\\$&')}: .+ \\(.+\\)$`),
    );
    if (line !== undefined) expect(match!.line).toBe(line);
  });

  it('reports both broken formulas of one file, each with its line', () => {
    const lines = problems.filter((p) => p.path.endsWith('bad-formula.md')).map((p) => p.line);
    expect(lines).toEqual([15, 19]);
  });
});

describe('checkPapers across files', () => {
  it('names both files of each duplicate pair', () => {
    const { problems } = checkPapers(listPaperFiles('tests/fixtures/duplicates'));
    const text = problems.map(formatProblem);
    expect(text).toHaveLength(3);
    expect(text.join('\n')).toMatch(
      /same-arxiv\.md:\d+: arxiv: same arXiv id as tests\/fixtures\/duplicates\/first\.md/,
    );
    expect(text.join('\n')).toMatch(
      /or-b\.md:\d+: openreview: same OpenReview id as tests\/fixtures\/duplicates\/or-a\.md/,
    );
    expect(text.join('\n')).toMatch(
      /same-title\.md:\d+: title: same title .* as tests\/fixtures\/duplicates\/first\.md/,
    );
    // The message names what the two share.
    expect(text.join('\n')).toContain('same arXiv id as tests/fixtures/duplicates/first.md: 2102.00001 (');
    expect(text.join('\n')).toContain('same OpenReview id as tests/fixtures/duplicates/or-a.md: AbCdEf123 (');
  });

  it('accepts the tricky valid fixtures: unicode, CRLF + BOM, preprints, minimal entries, rich bodies', () => {
    const { problems, checked } = checkPapers(listPaperFiles('tests/fixtures/valid'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(checked).toBe(4);
  });

  it('accepts the real catalogue', () => {
    const { problems, checked } = checkPapers(listPaperFiles('content/papers'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

describe('npm run validate', () => {
  it('reports every problem of every file in one run, then a count, and exits 1', () => {
    const result = run('npx', ['tsx', 'scripts/validate.ts', BAD]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith(`${BAD}/`));
    const files = new Set(lines.map((l) => l.split(':')[0]));
    expect(files.size).toBe(Object.keys(expected).length);
    expect(result.stderr).toMatch(
      new RegExp(`${lines.length} problem\\(s\\) in ${files.size} of ${files.size} file\\(s\\)`),
    );
  });

  it('exits 0 on a valid folder', () => {
    const result = run('npx', ['tsx', 'scripts/validate.ts', 'tests/fixtures/valid']);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(/All 4 paper file\(s\) are valid/);
  });
});

describe('helpers', () => {
  it('folds titles for duplicate detection', () => {
    expect(foldTitle('i-Mix: A Strategy!')).toBe(foldTitle('I MIX — a strategy'));
    expect(foldTitle('Réseau')).toBe(foldTitle('reseau'));
    expect(foldTitle('对比学习')).toBe('对比学习');
  });
  it('proposes kebab-case slugs', () => {
    expect(slugify('Bad_Slug')).toBe('bad-slug');
    expect(slugify('SimCLR v2: Big Self-Supervised Models')).toBe('simclr-v2-big-self-supervised-models');
  });
});

describe('the formula cache', () => {
  it('gives the same findings as typesetting, and reuses them by body content', () => {
    const files = listPaperFiles(BAD);
    const stored = new Map<string, { line: number; message: string }[]>();
    const cache = {
      get: (k: string) => stored.get(k),
      set: (k: string, v: { line: number; message: string }[]) => void stored.set(k, v),
    };
    const plain = checkPapers(files).problems.map(formatProblem);
    expect(checkPapers(files, { mathCache: cache }).problems.map(formatProblem)).toEqual(plain);
    expect(stored.size).toBeGreaterThan(1);
    // A hit is trusted without typesetting again: a planted finding shows up in every file that parses
    // (all but the two without readable frontmatter; files with the same body share a key).
    for (const key of stored.keys()) stored.set(key, [{ line: 99, message: 'cached finding' }]);
    const again = checkPapers(files, { mathCache: cache }).problems.map(formatProblem);
    expect(again.filter((p) => p.includes('cached finding'))).toHaveLength(files.length - 2);
  });
});
