/**
 * Every check a paper file must pass before it may build, reported all at once with file, line, field and
 * fix. The rules come from src/schema.ts; this module only adds what a per-entry schema cannot see
 * (file names, duplicates across files, formulas in the body) and turns zod issues into contributor language.
 */
import { createHash } from 'node:crypto';
import katex from 'katex';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { z } from 'astro/zod';
import { domainIds } from '../../src/data/domains.ts';
import { venueIds } from '../../src/data/venues.ts';
import { katexOptions } from '../../src/markdown/katex-options.ts';
import { ARXIV_ID, isRealDate, KEBAB_CASE, maxYear, MIN_YEAR, PaperSchema, paperFields } from '../../src/schema.ts';
import { isParsed, parsePaper, type PaperFile, type ParsedPaper } from './read-papers.ts';
import { closest } from './suggest.ts';

export interface Problem {
  readonly path: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line}: ${p.field}: ${p.message} (${p.fix})`;
}

/** How to fix each field, shown after the problem. */
const FIELD_FIXES: Record<string, string> = {
  title: 'write the exact published title, in quotes if it contains a colon',
  short: 'write the common short name, e.g. short: SimCLR, or remove the line',
  authors: 'write one `- Full Name` line per author under authors:',
  venue: `use one of: ${venueIds.join(', ')}`,
  year: `write the year as digits between ${MIN_YEAR} and ${maxYear()}, e.g. year: 2021`,
  domains: `use a list of: ${domainIds.join(', ')}`,
  tags: 'use lowercase words joined by hyphens, e.g. tags: [hard-negatives, data-augmentation]',
  arxiv: 'write the id in quotes without version or URL, e.g. arxiv: "2005.04966"',
  openreview: 'copy the id= part of the forum URL, e.g. openreview: KmykpuSrjcq',
  url: 'link the paper page with https://',
  code: 'link the official repository with https://',
  added: 'write the date as YYYY-MM-DD, e.g. added: 2026-11-27',
};

function fixFor(field: string): string {
  return FIELD_FIXES[field] ?? 'see the field reference in CONTRIBUTING.md';
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}

/** Turns one zod issue into one or more problems located in `paper`. */
function issueProblems(paper: ParsedPaper, issue: z.core.$ZodIssue): Problem[] {
  const lineOf = (field: string) => paper.keyLines.get(field) ?? 1;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const guess = closest(key, paperFields);
      return {
        path: paper.path,
        line: lineOf(key),
        field: key,
        message: 'unknown field',
        fix: guess ? `did you mean ${guess}?` : `remove it; the fields are ${paperFields.join(', ')}`,
      };
    });
  }
  if (
    issue.path.length === 0 ||
    (issue.code === 'custom' && issue.path[0] === 'arxiv' && paper.data['arxiv'] === undefined)
  ) {
    return [
      {
        path: paper.path,
        line: 1,
        field: 'links',
        message: issue.message,
        fix: 'add arxiv: "<id>", openreview: <forum id> or url: https://<paper page>',
      },
    ];
  }
  const field = String(issue.path[0]);
  const at = issue.path.length > 1 ? `${field}[${issue.path.slice(1).join('.')}]` : field;
  const raw = paper.data[field];
  const base = { path: paper.path, line: lineOf(field), field: at };
  if (raw === undefined && issue.path.length === 1 && issue.code !== 'custom') {
    return [{ ...base, message: 'is missing', fix: fixFor(field) }];
  }
  if (issue.code === 'invalid_value') {
    const input = issue.path.length > 1 ? (raw as unknown[])[Number(issue.path[1])] : raw;
    const options = field === 'venue' ? venueIds : field === 'domains' ? domainIds : [];
    const guess = typeof input === 'string' ? closest(input, options) : undefined;
    return [
      {
        ...base,
        message: `${describe(input)} is not a known ${field === 'venue' ? 'venue' : 'domain'}`,
        fix: guess ? `did you mean ${guess}? ${fixFor(field)}` : fixFor(field),
      },
    ];
  }
  if (field === 'added' && typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !isRealDate(raw)) {
    return [{ ...base, message: `${raw} is not a real date`, fix: fixFor(field) }];
  }
  if (field === 'arxiv' && typeof raw === 'number') {
    return [{ ...base, message: `${raw} was read as a number, which drops trailing zeros`, fix: fixFor(field) }];
  }
  if (field === 'arxiv' && typeof raw === 'string' && !ARXIV_ID.test(raw)) {
    return [{ ...base, message: `"${raw}" is not a new-style arXiv id`, fix: fixFor(field) }];
  }
  return [{ ...base, message: issue.message, fix: fixFor(field) }];
}

/** Every `$…$` / `$$…$$` formula KaTeX cannot parse, found exactly as remark-math finds them on the site. */
/** Formula problems of one body, by line relative to the file; what the math cache stores. */
export type MathFindings = { readonly line: number; readonly message: string }[];

/**
 * Remembers formula findings by body content across runs: typesetting every formula is most of the
 * validator's time, and a pull request changes one body. Keys must cover KaTeX's version and options.
 */
export interface MathCache {
  get(key: string): MathFindings | undefined;
  set(key: string, findings: MathFindings): void;
}

function mathProblems(paper: ParsedPaper, cache?: MathCache): Problem[] {
  const key = cache ? createHash('sha256').update(`${paper.bodyLine}\0${paper.body}`).digest('base64url') : '';
  const findings = (cache?.get(key) ?? typesetFindings(paper)).map(({ line, message }) => ({
    path: paper.path,
    line,
    field: 'body',
    message,
    fix: 'fix the LaTeX; KaTeX supports most of amsmath (katex.org/docs/supported)',
  }));
  cache?.set(
    key,
    findings.map(({ line, message }) => ({ line, message })),
  );
  return findings;
}

function typesetFindings(paper: ParsedPaper): MathFindings {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(paper.body) as Root;
  const findings: { line: number; message: string }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    try {
      katex.renderToString(node.value, { ...katexOptions, throwOnError: true, displayMode: node.type === 'math' });
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
      findings.push({
        line: paper.bodyLine + (node.position?.start.line ?? 1) - 1,
        message: `formula KaTeX cannot typeset: ${reason}`,
      });
    }
  });
  return findings;
}

/** Titles equal up to case, punctuation and spacing name the same paper. */
export function foldTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function duplicateProblems(papers: readonly ParsedPaper[]): Problem[] {
  const problems: Problem[] = [];
  const keys: { field: string; label: string; key: (p: ParsedPaper) => string | undefined }[] = [
    {
      field: 'arxiv',
      label: 'arXiv id',
      key: (p) => (typeof p.data['arxiv'] === 'string' ? p.data['arxiv'] : undefined),
    },
    {
      field: 'openreview',
      label: 'OpenReview id',
      key: (p) => (typeof p.data['openreview'] === 'string' ? p.data['openreview'] : undefined),
    },
    {
      field: 'title',
      label: 'title (ignoring case and punctuation)',
      key: (p) => (typeof p.data['title'] === 'string' ? foldTitle(p.data['title']) || undefined : undefined),
    },
  ];
  for (const { field, label, key } of keys) {
    const first = new Map<string, ParsedPaper>();
    for (const paper of papers) {
      const value = key(paper);
      if (value === undefined) continue;
      const earlier = first.get(value);
      if (!earlier) {
        first.set(value, paper);
        continue;
      }
      problems.push({
        path: paper.path,
        line: paper.keyLines.get(field) ?? 1,
        field,
        message: `same ${label} as ${earlier.path}`,
        fix: `one paper is one file: merge this entry into ${earlier.path} or correct the ${field}`,
      });
    }
  }
  return problems;
}

/** A kebab-case slug proposal for a file name or title. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export interface CheckResult {
  readonly problems: Problem[];
  readonly checked: number;
}

/** Checks every file, and the files against each other. */
export function checkPapers(files: readonly PaperFile[], options: { mathCache?: MathCache } = {}): CheckResult {
  const problems: Problem[] = [];
  const parsed: ParsedPaper[] = [];
  for (const file of files) {
    if (!KEBAB_CASE.test(file.slug)) {
      const proposal = slugify(file.slug) || 'paper-name';
      problems.push({
        path: file.path,
        line: 1,
        field: 'file name',
        message: `"${file.slug}.md" is not a lowercase kebab-case slug`,
        fix: `rename the file to ${proposal}.md`,
      });
    }
    const result = parsePaper(file);
    if (!isParsed(result)) {
      problems.push({
        path: result.path,
        line: result.line,
        field: result.field,
        message: result.message,
        fix: result.fix,
      });
      continue;
    }
    parsed.push(result);
    const validation = PaperSchema.safeParse(result.data);
    if (!validation.success) {
      // One problem per field and message: a union can repeat the same complaint once per branch.
      const seen = new Set<string>();
      for (const issue of validation.error.issues) {
        for (const problem of issueProblems(result, issue)) {
          const key = formatProblem(problem);
          if (!seen.has(key)) problems.push(problem);
          seen.add(key);
        }
      }
    }
    problems.push(...mathProblems(result, options.mathCache));
  }
  problems.push(...duplicateProblems(parsed));
  problems.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  return { problems, checked: files.length };
}
