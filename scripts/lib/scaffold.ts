/**
 * Turning what a contributor supplies (flags, a BibTeX entry) into a new paper entry: the draft, its check
 * against the shared schema with fixes phrased as `new-paper` flags, the Markdown file in the house style,
 * and its record in content/verification.json.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { domainIds } from '../../src/data/domains.ts';
import { isKnownTag, tagVocabulary } from '../../src/data/tags.ts';
import { venueIds } from '../../src/data/venues.ts';
import { KEBAB_CASE, maxYear, MIN_YEAR, PaperSchema, paperFields, type Paper } from '../../src/schema.ts';
import { slugify } from './check-papers.ts';
import { closest } from './suggest.ts';

/** A paper as supplied, before validation. A type alias (not an interface) so it reads as a plain record. */
export type PaperDraft = {
  title?: string;
  short?: string;
  authors?: string[];
  venue?: string;
  /** A string only when the contributor wrote something that is not a number; the schema then rejects it. */
  year?: number | string;
  domains?: string[];
  tags?: string[];
  arxiv?: string;
  openreview?: string;
  url?: string;
  code?: string;
};

export type DraftField = keyof PaperDraft;

export interface DraftProblem {
  /** A paper field, `links`, `slug`, or `bibtex` for the entry as a whole. */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

export function formatDraftProblem(p: DraftProblem): string {
  return `${p.field}: ${p.message} (${p.fix})`;
}

/** How to fix each field from the command line; validate's fixes talk about YAML lines instead. */
export const FLAG_FIXES: Record<DraftField | 'links' | 'slug', string> = {
  title: 'pass --title "Exact Published Title", or a BibTeX entry with --bibtex <file>',
  short: 'pass --short with the common short name, e.g. --short SimCLR',
  authors: 'pass --authors "First Author; Second Author" with every author, in the order of the paper',
  venue: `pass --venue with one of: ${venueIds.join(', ')}`,
  year: `pass --year with the year of publication, ${MIN_YEAR} to ${maxYear()}, e.g. --year 2021`,
  domains: `pass --domains with one or more of: ${domainIds.join(', ')} (comma-separated, e.g. --domains vision,nlp)`,
  tags: 'pass --tags as lowercase kebab-case words separated by commas, e.g. --tags hard-negatives,data-augmentation',
  arxiv:
    'pass --arxiv with a new-style id such as 2005.04966 (an arxiv.org link works too); link older papers with --url',
  openreview: 'pass --openreview with the forum id, e.g. --openreview KmykpuSrjcq (a forum link works too)',
  url: 'pass --url with an https:// link to the paper page',
  code: 'pass --code with the https:// link of the official repository',
  links: 'pass --arxiv <id>, --openreview <forum id> or --url https://<paper page>',
  slug: 'pass --slug with lowercase words joined by hyphens, e.g. --slug simclr',
};

const ARXIV_REFERENCE = /(?:^|arxiv\.org\/(?:abs|pdf)\/|arxiv:\s*)(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)/i;
const OPENREVIEW_LINK = /openreview\.net\/(?:forum|pdf)\?(?:[^#]*&)?id=([A-Za-z0-9_-]+)/;

/** The new-style arXiv id in a bare id, an `arXiv:` reference or an arxiv.org link, without its version. */
export function arxivIdOf(text: string): string | undefined {
  return ARXIV_REFERENCE.exec(text.trim())?.[1];
}

/** The forum id of an openreview.net forum or PDF link. */
export function openreviewIdOf(text: string): string | undefined {
  return OPENREVIEW_LINK.exec(text)?.[1];
}

/** Splits a flag value such as `vision, nlp` into its items. */
export function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export interface DraftFlags {
  readonly title?: string | undefined;
  readonly short?: string | undefined;
  readonly authors?: string | undefined;
  readonly venue?: string | undefined;
  readonly year?: string | undefined;
  readonly domains?: string | undefined;
  readonly tags?: string | undefined;
  readonly arxiv?: string | undefined;
  readonly openreview?: string | undefined;
  readonly url?: string | undefined;
  readonly code?: string | undefined;
}

/** The draft the flags describe; only fields whose flag was given are present. */
export function draftFromFlags(flags: DraftFlags): PaperDraft {
  const draft: PaperDraft = {};
  if (flags.title !== undefined) draft.title = flags.title;
  if (flags.short !== undefined) draft.short = flags.short;
  // Semicolons, because "Last, First" names carry commas.
  if (flags.authors !== undefined) draft.authors = splitList(flags.authors, /;/);
  if (flags.venue !== undefined) draft.venue = flags.venue.trim();
  if (flags.year !== undefined) draft.year = /^\s*\d+\s*$/.test(flags.year) ? Number(flags.year) : flags.year;
  if (flags.domains !== undefined) draft.domains = splitList(flags.domains, /[\s,]+/);
  if (flags.tags !== undefined) draft.tags = splitList(flags.tags, /[\s,]+/);
  if (flags.arxiv !== undefined) draft.arxiv = arxivIdOf(flags.arxiv) ?? flags.arxiv.trim();
  if (flags.openreview !== undefined) draft.openreview = openreviewIdOf(flags.openreview) ?? flags.openreview.trim();
  if (flags.url !== undefined) draft.url = flags.url;
  if (flags.code !== undefined) draft.code = flags.code;
  return draft;
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/** One zod issue as a problem with a flag to fix it. */
function issueProblem(draft: PaperDraft, issue: z.core.$ZodIssue): DraftProblem {
  const values: Readonly<Record<string, unknown>> = draft;
  const head = issue.path[0];
  // The schema pins its "needs a link" rule on arxiv; when arxiv is absent the problem is the missing link.
  if (head === undefined || (issue.code === 'custom' && head === 'arxiv' && draft.arxiv === undefined)) {
    return { field: 'links', message: issue.message, fix: FLAG_FIXES.links };
  }
  const field = String(head);
  const fix = (FLAG_FIXES as Record<string, string>)[field] ?? 'see the field reference in CONTRIBUTING.md';
  const at = issue.path.length > 1 ? `${field}[${issue.path.slice(1).join('.')}]` : field;
  const raw = values[field];
  if (raw === undefined && issue.path.length === 1 && issue.code !== 'custom') {
    return { field: at, message: 'is missing', fix };
  }
  if (issue.code === 'invalid_value') {
    const input = Array.isArray(raw) ? (raw as unknown[])[Number(issue.path[1])] : raw;
    const options = field === 'venue' ? venueIds : domainIds;
    const guess = typeof input === 'string' ? closest(input, options) : undefined;
    return {
      field: at,
      message: `${describeValue(input)} is not a known ${field === 'venue' ? 'venue' : 'domain'}`,
      fix: guess ? `did you mean ${guess}? ${fix}` : fix,
    };
  }
  return { field: at, message: issue.message, fix };
}

export type DraftCheck =
  { readonly ok: true; readonly paper: Paper } | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/** Validates the draft with the shared schema, as of `added` (YYYY-MM-DD); every problem at once. */
export function checkDraft(draft: PaperDraft, added: string): DraftCheck {
  const result = PaperSchema.safeParse({ ...draft, added });
  if (result.success) return { ok: true, paper: result.data };
  const problems: DraftProblem[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const problem = issueProblem(draft, issue);
    // A union repeats the same complaint once per branch.
    const key = formatDraftProblem(problem);
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return { ok: false, problems };
}

/** Tags outside the shared vocabulary: allowed by the schema, but each needs a description in src/data/tags.ts. */
export function unknownTagWarnings(tags: readonly string[]): string[] {
  const known = Object.keys(tagVocabulary);
  return tags
    .filter((tag) => !isKnownTag(tag))
    .map((tag) => {
      const guess = closest(tag, known);
      const hint = guess ? `did you mean ${guess}? If not, ` : '';
      return `tag "${tag}" is not in the shared vocabulary: ${hint}add it to src/data/tags.ts with a one-line description in the same pull request`;
    });
}

// slugify cuts at 60 characters, possibly mid-word; a file name reads better ending on a whole word.
const SLUG_LIMIT = 60;

function wholeWordSlug(text: string): string {
  const words = text.split(/\s+/);
  let slug = '';
  for (let count = 1; count <= words.length; count++) {
    const longer = slugify(words.slice(0, count).join(' '));
    if (longer.length >= SLUG_LIMIT) break;
    slug = longer;
  }
  return slug || slugify(text);
}

/** The slug to use: the one asked for, or one made from the short name, else the title. */
export function proposeSlug(requested: string | undefined, draft: PaperDraft): string {
  if (requested !== undefined) return requested.trim();
  return wholeWordSlug(draft.short ?? '') || wholeWordSlug(draft.title ?? '');
}

/** Problems with the slug; none when there is no title to make one from, as the title problem says it all. */
export function slugProblems(slug: string, requested: boolean, draft: PaperDraft): DraftProblem[] {
  if (KEBAB_CASE.test(slug) || (!requested && draft.title === undefined)) return [];
  if (!requested) {
    return [
      { field: 'slug', message: 'no file name can be made from the short name or the title', fix: FLAG_FIXES.slug },
    ];
  }
  const proposal = slugify(slug);
  return [
    {
      field: 'slug',
      message: `"${slug}" is not lowercase kebab-case`,
      fix: proposal ? `pass --slug ${proposal}` : FLAG_FIXES.slug,
    },
  ];
}

/** A YAML scalar, written plain when js-yaml reads it back unchanged and quoted otherwise. */
function scalar(value: string): string {
  try {
    if (!/^\s|\s$|\n/.test(value) && yaml.load(value) === value) return value;
  } catch {
    // Not valid as a plain scalar (e.g. it starts with `@`), so it is quoted below.
  }
  // A JSON string is a valid double-quoted YAML scalar, escapes included.
  return JSON.stringify(value);
}

const flowList = (items: readonly string[]): string => `[${items.join(', ')}]`;

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The frontmatter in the house style of content/papers/pcl.md: fields in schema order, the title and ids
 * always quoted (ids can look like numbers), authors as a block list, domains and tags as flow lists.
 */
export function renderFrontmatter(paper: Paper): string {
  const lines: string[] = [];
  for (const field of paperFields) {
    switch (field) {
      case 'title':
        lines.push(`title: ${JSON.stringify(paper.title)}`);
        break;
      case 'authors':
        lines.push('authors:', ...paper.authors.map((name) => `  - ${scalar(name)}`));
        break;
      case 'year':
        lines.push(`year: ${paper.year}`);
        break;
      case 'domains':
        lines.push(`domains: ${flowList(paper.domains)}`);
        break;
      case 'tags':
        lines.push(`tags: ${flowList(paper.tags)}`);
        break;
      case 'arxiv':
      case 'openreview':
        if (paper[field] !== undefined) lines.push(`${field}: ${JSON.stringify(paper[field])}`);
        break;
      case 'added':
        lines.push(`added: ${isoDate(paper.added)}`);
        break;
      case 'short':
      case 'venue':
      case 'url':
      case 'code': {
        const value = paper[field];
        if (value !== undefined) lines.push(`${field}: ${scalar(value)}`);
        break;
      }
    }
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * What the contributor replaces: the three parts of a summary, with a sample formula that already
 * typesets so the untouched file still validates and previews.
 */
export const BODY_TEMPLATE = `<!--
Replace this template with a summary of 100 to 250 words, in your own words: never copy the abstract or
another site. Define every symbol you use. See "Summary style" in CONTRIBUTING.md, then delete this comment.
-->

TODO, the idea: which problem the paper addresses and what it does differently, in two or three sentences.
Link entries of this list with relative links such as [SimCLR](../simclr/).

TODO, the objective: the key formula, in a display block on its own lines, and what each symbol means.
For example, with $z_i$ and $z_j$ the embeddings of two views of one sample, $\\tau$ a temperature and
$k$ running over the other samples of the batch:

$$
\\mathcal{L}_i = -\\log \\frac{\\exp(\\operatorname{sim}(z_i, z_j) / \\tau)}{\\sum_{k \\ne i} \\exp(\\operatorname{sim}(z_i, z_k) / \\tau)}
$$

TODO, why it matters: what it changed at publication, and how it relates to its neighbours in the list.
`;

export function renderPaper(paper: Paper): string {
  return `${renderFrontmatter(paper)}${BODY_TEMPLATE}`;
}

/** A content/verification.json record, keys in the order of the existing records. */
export interface VerificationRecord {
  readonly slug: string;
  readonly origin: 'added';
  readonly title: string;
  readonly authors: readonly string[];
  readonly venue: string;
  readonly year: number;
  readonly arxiv?: string;
  readonly openreview?: string;
  readonly url?: string;
  readonly code?: string;
  readonly sources: { readonly metadata: readonly string[] };
  readonly corrections: readonly string[];
  readonly unverified: readonly string[];
}

/** `provenance` says where the metadata came from, e.g. `BibTeX entry chen2020simclr`. */
export function verificationRecord(slug: string, paper: Paper, provenance: string): VerificationRecord {
  return {
    slug,
    origin: 'added',
    title: paper.title,
    authors: paper.authors,
    venue: paper.venue,
    year: paper.year,
    ...(paper.arxiv !== undefined && { arxiv: paper.arxiv }),
    ...(paper.openreview !== undefined && { openreview: paper.openreview }),
    ...(paper.url !== undefined && { url: paper.url }),
    ...(paper.code !== undefined && { code: paper.code }),
    sources: { metadata: [`contributor-provided: ${provenance}`] },
    corrections: [],
    unverified: ['sources to be checked by a maintainer'],
  };
}

function isSlugged(value: unknown): value is { slug: string } {
  return typeof value === 'object' && value !== null && typeof (value as { slug?: unknown }).slug === 'string';
}

/**
 * The verification file with `record` added, sorted by slug and written as the file is now (one-space
 * indent, non-ASCII kept, the same trailing newline or none). A string result is the problem instead.
 */
export function addVerificationRecord(
  text: string,
  record: VerificationRecord,
): { text: string } | { problem: string } {
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    return { problem: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!Array.isArray(records) || !records.every(isSlugged)) {
    return { problem: 'is not a list of records that each have a slug' };
  }
  if (records.some((existing) => existing.slug === record.slug)) {
    return { problem: `already has a record for ${record.slug}` };
  }
  const sorted = [...records, record].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { text: JSON.stringify(sorted, null, 1) + (text.endsWith('\n') ? '\n' : '') };
}
