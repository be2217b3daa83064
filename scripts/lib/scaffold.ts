/**
 * Turning what a contributor supplies (flags, a BibTeX entry) into a new paper entry: the draft, its check
 * against the shared schema with fixes phrased as `new-paper` flags, the Markdown file in the house style,
 * and its record in content/verification.json.
 */
import yaml from 'js-yaml';
import { isKnownTag, tagVocabulary } from '../../src/data/tags.ts';
import { fieldInfo, fieldTable, isoDay } from '../../src/lib/fields.ts';
import { KEBAB_CASE, PaperSchema, paperFields, type FieldName, type FlagParse, type Paper } from '../../src/schema.ts';
import { slugify } from './check-papers.ts';
import { formatProblem, issueProblems, type Phrasing, type Problem } from './messages.ts';
import { closest } from './suggest.ts';

/** A field that `new-paper` takes as a flag (the table in src/schema.ts says which and how). */
export type DraftField = Exclude<FieldName, 'added'>;

/**
 * A paper as supplied, before validation: any subset of the flag fields, each a string, a list of strings or
 * (for numbers written as digits) a number. The schema decides what is wrong with it.
 */
export type PaperDraft = { [K in DraftField]?: DraftValue<Paper[K]> };

/** Lists stay lists of strings; a number may arrive as text the schema then rejects; the rest is text. */
type DraftValue<T> = T extends readonly string[] ? string[] : T extends number ? number | string : string;

/** A problem with what the contributor supplied: a paper field, `links`, `slug`, or `bibtex` for the entry. */
export type DraftProblem = Problem;

export const formatDraftProblem = (p: DraftProblem): string => formatProblem(p);

/** The fields `new-paper` takes as flags, in schema order, with their flag facts. */
export const flagFields = fieldTable.flatMap(({ name, info }) =>
  info.flag && name !== 'added' ? [{ name: name as DraftField, flag: info.flag }] : [],
);

/** How to fix each field from the command line; validate's fixes talk about YAML lines instead. */
export const FLAG_FIXES: Record<DraftField | 'links' | 'slug', string> = {
  ...(Object.fromEntries(flagFields.map(({ name, flag }) => [name, flag.fix])) as Record<DraftField, string>),
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

/** The flags' values as given, by field name. */
export type DraftFlags = { readonly [K in DraftField]?: string | undefined };

/** How a flag's text becomes a draft value. */
const PARSERS: Record<FlagParse, (text: string) => string | number | string[]> = {
  text: (text) => text,
  // Semicolons, because "Last, First" names carry commas.
  'semicolon-list': (text) => splitList(text, /;/),
  // Commas only: a value may be written out in words ("computer vision"), and is then suggested by name.
  'comma-list': (text) => splitList(text, /,/),
  // Digits become a number; anything else stays text, for the schema to reject with its own message.
  number: (text) => (/^\s*\d+\s*$/.test(text) ? Number(text) : text),
  arxiv: (text) => arxivIdOf(text) ?? text.trim(),
  openreview: (text) => openreviewIdOf(text) ?? text.trim(),
};

/** The draft the flags describe; only fields whose flag was given are present. */
export function draftFromFlags(flags: DraftFlags): PaperDraft {
  const draft: PaperDraft = {};
  for (const { name, flag } of flagFields) {
    const text = flags[name];
    if (text === undefined) continue;
    (draft as Record<string, unknown>)[name] = PARSERS[flag.parse](name === 'venue' ? text.trim() : text);
  }
  return draft;
}

/** Fixes as a contributor at the command line needs them: in terms of flags. */
const AT_COMMAND_LINE: Phrasing = {
  fix: (field) => (FLAG_FIXES as Record<string, string>)[field] ?? 'see the field reference in CONTRIBUTING.md',
  links: FLAG_FIXES.links,
};

export type DraftCheck =
  { readonly ok: true; readonly paper: Paper } | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/** Validates the draft with the shared schema, as of `added` (YYYY-MM-DD); every problem at once. */
export function checkDraft(draft: PaperDraft, added: string): DraftCheck {
  const result = PaperSchema.safeParse({ ...draft, added });
  if (result.success) return { ok: true, paper: result.data };
  const problems = issueProblems(draft, result.error.issues, AT_COMMAND_LINE).map(
    ({ key: _key, ...problem }) => problem,
  );
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

/**
 * The frontmatter in the house style of content/papers/pcl.md: fields in schema order, each written as the
 * field table says (titles and ids always quoted, since ids can look like numbers; authors as a block list;
 * domains and tags as flow lists).
 */
export function renderFrontmatter(paper: Paper): string {
  const lines: string[] = [];
  for (const field of paperFields) {
    const value: unknown = paper[field];
    if (value === undefined) continue;
    switch (fieldInfo(field).yaml) {
      case 'quoted':
        lines.push(`${field}: ${JSON.stringify(value)}`);
        break;
      case 'plain':
        lines.push(`${field}: ${scalar(String(value))}`);
        break;
      case 'number':
        lines.push(`${field}: ${String(value)}`);
        break;
      case 'block-list':
        lines.push(`${field}:`, ...(value as string[]).map((item) => `  - ${scalar(item)}`));
        break;
      case 'flow-list':
        lines.push(`${field}: ${flowList(value as string[])}`);
        break;
      case 'date':
        lines.push(`${field}: ${isoDay(value as Date)}`);
        break;
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

/** A content/verification.json record: where each checked field came from, keys in the existing records' order. */
export type VerificationRecord = {
  readonly slug: string;
  readonly origin: 'added';
  readonly sources: { readonly metadata: readonly string[] };
  readonly corrections: readonly string[];
  readonly unverified: readonly string[];
} & Readonly<Partial<Record<FieldName, unknown>>>;

/** The fields a record holds: those a maintainer verifies, and the links. */
const recordedFields = fieldTable.filter(({ info }) => info.verified || info.link).map(({ name }) => name);

/** `provenance` says where the metadata came from, e.g. `BibTeX entry chen2020simclr`. */
export function verificationRecord(slug: string, paper: Paper, provenance: string): VerificationRecord {
  const fields = Object.fromEntries(
    recordedFields.flatMap((field) => (paper[field] === undefined ? [] : [[field, paper[field]]])),
  );
  return {
    slug,
    origin: 'added',
    ...fields,
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
