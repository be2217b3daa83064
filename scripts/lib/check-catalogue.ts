/**
 * Rules about the catalogue as a whole that `npm run validate` adds to the per-file checks: every tag is in
 * the shared vocabulary, and every entry agrees with its record in content/verification.json (which sits
 * beside the papers folder; a folder without one, such as a test fixture, has no records to check).
 */
import { isKnownTag, tagVocabulary } from '../../src/data/tags.ts';
import { verifiedFields } from '../../src/lib/fields.ts';
import { TranslationSchema } from '../../src/schema.ts';
import { mathProblems, type FileProblem, type MathCache } from './check-papers.ts';
import { issueProblems } from './messages.ts';
import { isParsed, parsePaper, type PaperFile, type ParsedPaper } from './read-papers.ts';
import { closest } from './suggest.ts';

/** Tags outside the shared vocabulary, each at its file's `tags:` line. */
export function tagProblems(papers: readonly ParsedPaper[]): FileProblem[] {
  const known = Object.keys(tagVocabulary);
  return papers.flatMap((paper) => {
    const tags = paper.data['tags'];
    if (!Array.isArray(tags)) return [];
    return tags.flatMap((tag, index): FileProblem[] => {
      if (typeof tag !== 'string' || isKnownTag(tag)) return [];
      const guess = closest(tag, known);
      return [
        {
          path: paper.path,
          line: paper.keyLines.get('tags') ?? 1,
          field: `tags[${index}]`,
          message: `"${tag}" is not in the tag vocabulary`,
          fix: `${guess ? `did you mean ${guess}? If not, ` : ''}add it to src/data/tags.ts with a one-line description, in the same pull request`,
        },
      ];
    });
  });
}

/** A summary's length limits, in words of prose (formulas and link targets not counted). */
export const SUMMARY_WORDS = { min: 80, max: 300 } as const;

/** Words of prose in a Markdown body: display and inline formulas, link targets and comments left out. */
export function proseWords(body: string): number {
  const prose = body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' x ')
    .replace(/\]\([^)]*\)/g, ']');
  return (prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** What `npm run new-paper` writes for the contributor to replace: its comment and its TODO paragraphs. */
const TEMPLATE_MARKERS = [/<!--\s*Replace this template/, /^TODO\b/m];

/** A summary that still holds the template (its comment or a TODO paragraph), at the template's line. */
export function templateProblem(paper: ParsedPaper): FileProblem | undefined {
  for (const marker of TEMPLATE_MARKERS) {
    const found = marker.exec(paper.body);
    if (!found) continue;
    return {
      path: paper.path,
      line: paper.bodyLine + paper.body.slice(0, found.index).split('\n').length - 1,
      field: 'body',
      message: 'still holds the template of npm run new-paper',
      fix: 'replace the template, its comment and every TODO paragraph with your summary',
    };
  }
  return undefined;
}

/** Summaries that are unfinished: the template still there, or too short or too long to be a summary. */
export function bodyProblems(papers: readonly ParsedPaper[]): FileProblem[] {
  return papers.flatMap((paper): FileProblem[] => {
    const template = templateProblem(paper);
    if (template) return [template];
    const words = proseWords(paper.body);
    if (words >= SUMMARY_WORDS.min && words <= SUMMARY_WORDS.max) return [];
    return [
      {
        path: paper.path,
        line: paper.bodyLine,
        field: 'body',
        message: `the summary has ${words} words; it needs ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max}`,
        fix:
          words < SUMMARY_WORDS.min
            ? 'say what problem the paper addresses, its key objective and how it relates to its neighbours'
            : 'cut it to the idea, the objective and why it matters; the paper has the rest',
      },
    ];
  });
}

/** One record of content/verification.json, as far as these rules read it. */
export interface VerificationRecord {
  readonly slug: string;
  readonly sources?: Readonly<Record<string, unknown>>;
  readonly [field: string]: unknown;
}

/** The records file, parsed; a problem instead when it cannot be read as records. */
export function parseRecords(path: string, text: string): VerificationRecord[] | FileProblem {
  const fail = (message: string): FileProblem => ({
    path,
    line: 1,
    field: 'records',
    message,
    fix: 'keep the file a JSON list of records, each with a "slug"',
  });
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(records)) return fail('is not a list of records');
  if (!records.every((r) => typeof r === 'object' && r !== null && typeof (r as { slug?: unknown }).slug === 'string'))
    return fail('has a record without a slug');
  return records as VerificationRecord[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const show = (value: unknown): string => (value === undefined ? 'none' : JSON.stringify(value));

/** Each entry against its record: present, with sources, and agreeing on every verified field. */
export function recordProblems(
  papers: readonly ParsedPaper[],
  records: readonly VerificationRecord[],
  recordsPath: string,
): FileProblem[] {
  const problems: FileProblem[] = [];
  const bySlug = new Map(records.map((record) => [record.slug, record]));
  const slugs = new Set(papers.map((paper) => paper.slug));
  for (const paper of papers) {
    const record = bySlug.get(paper.slug);
    if (!record) {
      problems.push({
        path: paper.path,
        line: 1,
        field: 'verification',
        message: `has no record in ${recordsPath}`,
        fix: 'add one saying where each field was checked; npm run new-paper writes it for new entries',
      });
      continue;
    }
    if (Object.keys(record.sources ?? {}).length === 0) {
      problems.push({
        path: paper.path,
        line: 1,
        field: 'verification',
        message: `its record in ${recordsPath} names no sources`,
        fix: 'list under "sources" where the title, authors, venue and links were checked',
      });
    }
    for (const field of verifiedFields) {
      const value = paper.data[field];
      if (same(value, record[field])) continue;
      problems.push({
        path: paper.path,
        line: paper.keyLines.get(field) ?? 1,
        field,
        message: `the entry has ${show(value)} but its verified record has ${show(record[field])}`,
        fix: `correct the entry, or correct the record in ${recordsPath} together with its source`,
      });
    }
  }
  for (const record of records) {
    if (slugs.has(record.slug)) continue;
    problems.push({
      path: recordsPath,
      line: 1,
      field: 'records',
      message: `the record for "${record.slug}" has no paper file`,
      fix: 'remove the record, or restore or rename the paper file to match',
    });
  }
  return problems;
}

/**
 * Translations (content/papers-zh/<slug>.md, beside the papers folder): each names an existing entry, has a
 * tldr under the English rules, no template left, and formulas KaTeX can typeset.
 */
export function translationProblems(
  files: readonly PaperFile[],
  slugs: ReadonlySet<string>,
  mathCache?: MathCache,
  formulas = true,
): FileProblem[] {
  return files.flatMap((file): FileProblem[] => {
    const parsed = parsePaper(file);
    if (!isParsed(parsed))
      return [{ path: parsed.path, line: parsed.line, field: parsed.field, message: parsed.message, fix: parsed.fix }];
    const problems: FileProblem[] = [];
    if (!slugs.has(file.slug)) {
      const guess = closest(file.slug, [...slugs]);
      problems.push({
        path: file.path,
        line: 1,
        field: 'file name',
        message: `translates "${file.slug}", which is not an entry of the list`,
        fix: guess ? `did you mean ${guess}.md?` : 'name the file after the English entry it translates',
      });
    }
    const result = TranslationSchema.safeParse(parsed.data);
    if (!result.success) {
      const say = { fix: () => 'write one sentence saying what the paper does, e.g. tldr: "……。"', links: '' };
      problems.push(
        ...issueProblems(parsed.data, result.error.issues, say).map(({ key, ...problem }) => ({
          ...problem,
          path: file.path,
          line: parsed.keyLines.get(key) ?? 1,
        })),
      );
    }
    const template = templateProblem(parsed);
    if (parsed.body.trim() === '')
      problems.push({
        path: file.path,
        line: parsed.bodyLine,
        field: 'body',
        message: 'has no summary',
        fix: 'write the summary below the frontmatter',
      });
    return [...problems, ...(template ? [template] : []), ...(formulas ? mathProblems(parsed, mathCache) : [])];
  });
}
