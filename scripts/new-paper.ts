/**
 * `npm run new-paper`: scaffolds content/papers/<slug>.md from flags or a pasted BibTeX entry (flags win),
 * checks it exactly as `npm run validate` would, and records it in content/verification.json. Nothing is
 * written unless every check passes. Run with --help for the flags.
 */
import { existsSync, fstatSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { text as readAll } from 'node:stream/consumers';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { paperFields, TLDR_MAX } from '../src/schema.ts';
import { isoDay } from '../src/lib/fields.ts';
import { site } from '../src/site.config.ts';
import { importBibtex } from './lib/bibtex-import.ts';
import { fetchDraft } from './lib/fetch-draft.ts';
import { checkPapers, formatProblem, type Problem } from './lib/check-papers.ts';
import { listPaperFiles } from './lib/read-papers.ts';
import {
  addVerificationRecord,
  checkDraft,
  draftFromFlags,
  flagFields,
  formatDraftProblem,
  proposeSlug,
  renderPaper,
  slugProblems,
  unknownTagWarnings,
  verificationRecord,
  type DraftFlags,
  type DraftProblem,
  type PaperDraft,
} from './lib/scaffold.ts';
import { closest } from './lib/suggest.ts';

const pad = (text: string): string => text.padEnd(20);

const USAGE = `Usage: npm run new-paper -- [flags]

Scaffolds ${site.papersDir}/<slug>.md. Give the metadata as flags, as a BibTeX entry, or both (flags win).

  ${pad('--bibtex <file>')} read one BibTeX entry from a file; "-" (or piping it in) reads standard input
${flagFields.map(({ name, flag }) => `  ${pad(`--${name} ${flag.arg}`)} ${flag.help}`).join('\n')}
  ${pad('--doi <doi>')} look the paper up on Crossref (with --arxiv or --openreview alone, arXiv or OpenReview is asked)
  ${pad('--offline')} never ask arXiv, OpenReview or Crossref
  ${pad('--slug <slug>')} file name without .md (default: from --short, else the title)
  ${pad('--dir <folder>')} papers folder (default ${site.papersDir})
`;

const OPTIONS = {
  bibtex: { type: 'string' },
  ...Object.fromEntries(flagFields.map(({ name }) => [name, { type: 'string' } as const])),
  doi: { type: 'string' },
  offline: { type: 'boolean' },
  slug: { type: 'string' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string }>;

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  console.error('\nNothing was written.');
  process.exit(1);
}

function failProblems(problems: readonly DraftProblem[]): never {
  fail(problems.map((problem) => `new-paper: ${formatDraftProblem(problem)}`));
}

function parseFlags() {
  try {
    // The field flags are built from the field table, so their names are only known as strings here.
    return parseArgs({ options: OPTIONS, strict: true, allowPositionals: false }).values as DraftFlags & {
      readonly bibtex?: string;
      readonly doi?: string;
      readonly offline?: boolean;
      readonly slug?: string;
      readonly dir?: string;
      readonly help?: boolean;
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(--?[\w-]+)/.exec(message)?.[1];
    const guess = flag ? closest(flag.replace(/^-+/, ''), Object.keys(OPTIONS)) : undefined;
    return fail([`new-paper: ${message}${guess ? ` Did you mean --${guess}?` : ''}`, '', USAGE]);
  }
}

/** A TTY or /dev/null means nobody piped anything in, and reading would wait for a keyboard. */
function stdinIsPiped(): boolean {
  try {
    return !fstatSync(0).isCharacterDevice();
  } catch {
    return false;
  }
}

async function readBibtex(source: string | undefined, allowPiped: boolean): Promise<string | undefined> {
  if (source === '-' || (source === undefined && allowPiped && stdinIsPiped())) {
    const input = await readAll(process.stdin);
    if (input.trim() !== '') return input;
    return source === '-' ? fail(['new-paper: bibtex: standard input was empty (paste one BibTeX entry)']) : undefined;
  }
  if (source === undefined) return undefined;
  try {
    return readFileSync(source, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([`new-paper: bibtex: cannot read ${source} (${reason})`]);
  }
}

/** How a path is shown: relative to the working directory when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const flags = parseFlags();
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

// Standard input is only read implicitly when nothing else (a title, an id) describes the paper, so a flags-only run
// under a harness with an open stdin cannot hang.
const idGiven = flags.arxiv !== undefined || flags.openreview !== undefined || flags.doi !== undefined;
const bibtexText = await readBibtex(flags.bibtex, flags.title === undefined && !idGiven);
const fromFlags = draftFromFlags(flags);
const overridden = new Set(Object.keys(fromFlags));

let draft: PaperDraft = fromFlags;
const problems: DraftProblem[] = [];
const notes: string[] = [];
let provenance = `command-line flags (${Object.keys(fromFlags)
  .map((f) => `--${f}`)
  .join(', ')})`;
if (bibtexText !== undefined) {
  const imported = importBibtex(bibtexText);
  if (!('draft' in imported)) failProblems(imported.problems);
  draft = { ...imported.draft, ...fromFlags };
  // A field the contributor passed as a flag no longer depends on what the BibTeX said about it.
  problems.push(...imported.problems.filter((problem) => !overridden.has(problem.field)));
  notes.push(...imported.notes.filter((note) => ![...overridden].some((field) => note.startsWith(`${field} `))));
  const fromEntry = paperFields.filter((field) => field in imported.draft && !overridden.has(field));
  provenance = `BibTeX entry ${imported.key} (${fromEntry.join(', ')})`;
  if (overridden.size > 0) provenance += `; command-line flags (${[...overridden].map((f) => `--${f}`).join(', ')})`;
}

const dir = resolve(flags.dir ?? site.papersDir);
if (!existsSync(dir)) fail([`new-paper: dir: ${shown(dir)} does not exist (pass --dir with the papers folder)`]);
const existing = listPaperFiles(dir, shown(dir));

/** validate's problems with the new file among the existing ones; only the new file's are ours to report. */
function problemsOfNewFile(fileSlug: string, fileText: string): Problem[] {
  const path = join(shown(dir), `${fileSlug}.md`);
  return checkPapers([...existing, { path, slug: fileSlug, text: fileText }]).problems.filter((p) => p.path === path);
}

/**
 * Papers already listed, found by validate's own duplicate check on the identifying fields alone, so a
 * contributor hears "already listed" before fixing fields of a paper that must not be added at all.
 */
function duplicatesOf(candidate: PaperDraft, fileSlug: string): Problem[] {
  const identifying = (['title', 'arxiv', 'openreview'] as const).flatMap((field) =>
    candidate[field] === undefined ? [] : [`${field}: ${JSON.stringify(candidate[field])}`],
  );
  const stub = ['---', ...identifying, '---', ''].join('\n');
  return problemsOfNewFile(fileSlug || 'new-paper', stub).filter((problem) => problem.message.startsWith('same '));
}

// The one field no BibTeX entry carries: asked for when a person is at the terminal, else a missing flag.
if (draft.tldr === undefined && process.stdin.isTTY && process.stdout.isTTY) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `tldr: one sentence, at most ${TLDR_MAX} characters, saying what the paper does and what is new:\n> `,
  );
  prompt.close();
  if (answer.trim() !== '') draft = { ...draft, tldr: answer.trim() };
}

// Given only an id, the paper is looked up where the id points (flags and BibTeX still win, field by field).
const described = fromFlags.title !== undefined && fromFlags.authors !== undefined;
if (
  !flags.offline &&
  bibtexText === undefined &&
  !described &&
  (fromFlags.arxiv || fromFlags.openreview || flags.doi)
) {
  const fetched = await fetchDraft({
    arxiv: typeof fromFlags.arxiv === 'string' ? fromFlags.arxiv : undefined,
    openreview: typeof fromFlags.openreview === 'string' ? fromFlags.openreview : undefined,
    doi: flags.doi,
  });
  if (!fetched.ok) {
    // One line: what failed, that nothing was written, and the ways that need no network.
    console.error(
      `new-paper: ${fetched.line}; nothing was written. Pass the entry with --bibtex <file>, or describe it with --title, --authors, --venue, --year and --domains.`,
    );
    process.exit(1);
  }
  draft = { ...fetched.draft, ...draft };
  const fromSources = [...fetched.sources].filter(([field]) => !overridden.has(field));
  for (const [field, source] of fromSources) notes.push(`${field} from ${source}`);
  notes.push(...fetched.notes);
  provenance = `${fromSources.map(([field, source]) => `${field}: ${source}`).join('; ')}${overridden.size > 0 ? `; command-line flags (${[...overridden].map((f) => `--${f}`).join(', ')})` : ''}`;
}

const added = isoDay(new Date());
const checked = checkDraft(draft, added);
const slug = proposeSlug(flags.slug, draft);
problems.push(...(checked.ok ? [] : checked.problems), ...slugProblems(slug, flags.slug !== undefined, draft));
if (problems.length > 0 || !checked.ok) {
  fail([
    ...duplicatesOf(draft, slug).map(formatProblem),
    ...problems.map((problem) => `new-paper: ${formatDraftProblem(problem)}`),
  ]);
}
const paper = checked.paper;

const target = join(dir, `${slug}.md`);
const shownTarget = join(shown(dir), `${slug}.md`);
if (existsSync(target)) {
  fail([
    `new-paper: slug: ${shownTarget} already exists (edit that file to correct the entry, or pass --slug with another name)`,
  ]);
}

// The same checks as npm run validate, over the folder plus the new file, so a duplicate arXiv id,
// OpenReview id or title is refused exactly as it would be in CI.
const text = renderPaper(paper);
const mine = problemsOfNewFile(slug, text);
if (mine.length > 0) fail(mine.map(formatProblem));

// Records live beside the papers folder (content/verification.json); a folder without one has no records.
const recordsPath = join(dirname(dir), 'verification.json');
let recordsText: string | undefined;
if (existsSync(recordsPath)) {
  const updated = addVerificationRecord(readFileSync(recordsPath, 'utf8'), verificationRecord(slug, paper, provenance));
  if ('problem' in updated)
    fail([`new-paper: ${shown(recordsPath)} ${updated.problem} (fix it, or remove the stale record)`]);
  recordsText = updated.text;
}

writeFileSync(target, text, { flag: 'wx' });
if (recordsText !== undefined) writeFileSync(recordsPath, recordsText);

for (const warning of unknownTagWarnings(paper.tags)) console.warn(`warning: ${warning}`);
for (const note of notes) console.log(`note: ${note}`);
console.log(`Created ${shownTarget}`);
console.log(
  recordsText !== undefined
    ? `Recorded ${slug} in ${shown(recordsPath)}: list where you checked each field under "sources"; a maintainer verifies them.`
    : `No verification.json beside ${shown(dir)}, so no verification record was written.`,
);
console.log(`
Next steps:
  1. Check the metadata against the paper itself: exact published title, every author in order, the venue
     that published it (preprint if none), and official code only.
  2. Write the summary, replacing the template in
       ${shownTarget}
     100 to 250 words in your own words: the idea, the key formula in a $$ … $$ block with every symbol
     defined, and why it matters.
  3. npm run validate
  4. npm run dev, then open ${site.devUrl}/papers/${slug}/ to preview.
  5. Open a pull request; its checklist lists what reviewers look for.`);
