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
import { fieldInfo } from '../../src/lib/fields.ts';
import { katexOptions } from '../../src/markdown/katex-options.ts';
import { KEBAB_CASE, PaperSchema, paperFields, type FieldName, type Paper } from '../../src/schema.ts';
import { bodyProblems, parseRecords, recordProblems, tagProblems } from './check-catalogue.ts';
import { closest } from './suggest.ts';
import { issueProblems, type Phrasing, type Problem } from './messages.ts';
import { isParsed, parsePaper, type PaperFile, type ParsedPaper } from './read-papers.ts';

export { formatProblem, type Problem } from './messages.ts';

/** A problem located in a file: validate always knows both. */
export type FileProblem = Problem & { readonly path: string; readonly line: number };

/** Fixes as a contributor editing the file needs them: in terms of YAML lines. */
const IN_FILE: Phrasing = {
  fix: (field) =>
    (paperFields as readonly string[]).includes(field)
      ? fieldInfo(field as FieldName).fix
      : 'see the field reference in CONTRIBUTING.md',
  links: 'add arxiv: "<id>", openreview: <forum id> or url: https://<paper page>',
};

/** The schema's verdict on one parsed file, as problems at the lines of their fields. */
function schemaProblems(paper: ParsedPaper, valid: ValidPaper[]): FileProblem[] {
  const validation = PaperSchema.safeParse(paper.data);
  if (validation.success) {
    valid.push({ id: paper.slug, data: validation.data });
    return [];
  }
  return issueProblems(paper.data, validation.error.issues, IN_FILE).map(({ key, ...problem }) => ({
    ...problem,
    path: paper.path,
    line: paper.keyLines.get(key) ?? 1,
  }));
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

export function mathProblems(paper: ParsedPaper, cache?: MathCache): FileProblem[] {
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

function duplicateProblems(papers: readonly ParsedPaper[]): FileProblem[] {
  const problems: FileProblem[] = [];
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
        // Name what is shared: the id, or this entry's title.
        message: `same ${label} as ${earlier.path}: ${field === 'title' ? JSON.stringify(paper.data['title']) : value}`,
        fix: `one paper is one file: merge this entry into ${earlier.path} or correct the ${field}`,
      });
    }
  }
  return problems;
}

/**
 * `builds_on` names other entries: each must exist, be another paper, be named once, and not be published
 * after this one (the same year is fine: papers answer each other within a year).
 */
function lineageProblems(papers: readonly ParsedPaper[]): FileProblem[] {
  const years = new Map(papers.map((p) => [p.slug, typeof p.data['year'] === 'number' ? p.data['year'] : undefined]));
  const slugs = [...years.keys()];
  return papers.flatMap((paper) => {
    const list = paper.data['builds_on'];
    if (!Array.isArray(list)) return [];
    const at = { path: paper.path, line: paper.keyLines.get('builds_on') ?? 1 };
    const seen = new Set<string>();
    return list.flatMap((slug, index): FileProblem[] => {
      if (typeof slug !== 'string') return [];
      const field = `builds_on[${index}]`;
      if (slug === paper.slug)
        return [{ ...at, field, message: 'names the entry itself', fix: 'remove it; an entry cannot build on itself' }];
      if (seen.has(slug)) return [{ ...at, field, message: `names ${slug} twice`, fix: 'keep one of the two' }];
      seen.add(slug);
      if (!years.has(slug)) {
        const guess = closest(slug, slugs);
        return [
          {
            ...at,
            field,
            message: `"${slug}" is not an entry of the list`,
            fix: guess ? `did you mean ${guess}?` : 'use the file name of an entry in the papers folder, without .md',
          },
        ];
      }
      const mine = years.get(paper.slug);
      const theirs = years.get(slug);
      if (mine !== undefined && theirs !== undefined && theirs > mine) {
        return [
          {
            ...at,
            field,
            message: `${slug} was published in ${theirs}, after this paper (${mine})`,
            fix: `remove it, or if ${slug} builds on this paper, list this paper in its builds_on instead`,
          },
        ];
      }
      return [];
    });
  });
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

/** A file that passed the schema: its slug and its data, as the build's content layer will read them. */
export interface ValidPaper {
  readonly id: string;
  readonly data: Paper;
}

export interface CheckResult {
  readonly problems: FileProblem[];
  readonly checked: number;
  /** The files that passed the schema (the build lays its maps out from them ahead of the pages). */
  readonly valid: ValidPaper[];
}

export interface CheckOptions {
  readonly mathCache?: MathCache | undefined;
  /**
   * Typeset every formula (default). The build turns this off: it typesets every formula itself and fails
   * with each one KaTeX refuses (src/markdown/katex-errors.ts), so checking them first did the work twice.
   */
  readonly formulas?: boolean | undefined;
  /**
   * Check the files as the whole catalogue too (what `npm run validate` does): tags from the vocabulary and,
   * when the folder has a verification file, every entry against its record.
   */
  readonly catalogue?: { readonly records?: { readonly path: string; readonly text: string } | undefined } | undefined;
}

/** Checks every file, and the files against each other. */
export function checkPapers(files: readonly PaperFile[], options: CheckOptions = {}): CheckResult {
  const problems: FileProblem[] = [];
  const parsed: ParsedPaper[] = [];
  const valid: ValidPaper[] = [];
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
    problems.push(...schemaProblems(result, valid));
    if (options.formulas !== false) problems.push(...mathProblems(result, options.mathCache));
  }
  problems.push(...duplicateProblems(parsed), ...lineageProblems(parsed));
  if (options.catalogue) {
    problems.push(...tagProblems(parsed), ...bodyProblems(parsed));
    const file = options.catalogue.records;
    if (file) {
      const records = parseRecords(file.path, file.text);
      if (Array.isArray(records)) problems.push(...recordProblems(parsed, records, file.path));
      else problems.push(records);
    }
  }
  problems.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  return { problems, checked: files.length, valid };
}
