/**
 * THE paper schema, and with it the field table: each field's rules, its `.describe()` text and its entry in
 * `fieldRegistry` (how to fix it, how `new-paper` takes it, how it is written and linked). Astro's content
 * loader, the contributor scripts, the exports and the tests all read fields from here (src/lib/fields.ts
 * derives the lists), so a new optional field is its line below plus, where it is shown, its component.
 * It must not import anything from `astro:*` (only `astro/zod`, which plain Node can load too).
 */
import { z } from 'astro/zod';
import { domainIds, domains } from './data/domains.ts';
import { venueIds, venues } from './data/venues.ts';
import type { LinkInfo } from './lib/links.ts';
import { ARXIV_ABS, OPENREVIEW_FORUM } from './lib/urls-external.ts';

export const MIN_YEAR = 1990;
/** Papers may be announced for next year's edition of a venue, never later. */
export const maxYear = (today: Date = new Date()): number => today.getUTCFullYear() + 1;

/** Slugs (file names) and tags share one form: lowercase words joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** New-style arXiv identifiers (2007 onwards), without a version suffix. */
export const ARXIV_ID = /^\d{4}\.\d{4,5}$/;
const OPENREVIEW_ID = /^[A-Za-z0-9_-]{5,20}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `yyyy-mm-dd` names a day that exists (rejects 2023-02-30, which `new Date` would roll over). */
export function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The longest tldr, in characters. */
export const TLDR_MAX = 160;

/** The tldr without its inline `$…$` formulas, where punctuation and Markdown are judged. */
const outsideMath = (text: string): string => text.replace(/\$[^$]*\$/g, ' x ');

/**
 * What is wrong with a tldr, if anything: one plain-text sentence (Latin or CJK punctuation), inline math
 * allowed. Shared with the Chinese texts' schema, so both languages follow one rule.
 */
export function tldrProblems(text: string): string[] {
  const problems: string[] = [];
  const length = [...text].length;
  if (length > TLDR_MAX) problems.push(`is ${length} characters long; the limit is ${TLDR_MAX}`);
  if ((text.match(/(?<!\\)\$/g) ?? []).length % 2 === 1)
    problems.push('has a $ that opens a formula but never closes it');
  const plain = outsideMath(text);
  const markdown = /(\*\*?|__?|`|\[|\]|<|>|#)/.exec(plain.replace(/(?<=\w)_(?=\w)/g, ''));
  if (markdown) problems.push(`is plain text, but "${markdown[1]}" is Markdown or HTML outside a $…$ formula`);
  const ends = plain.match(/[.!?](?=\s|$)|[。！？]/g) ?? [];
  if (!/([.!?]|[。！？])\s*$/.test(plain)) problems.push('must end with a full stop (one sentence)');
  else if (ends.length > 1)
    problems.push(`has ${ends.length} sentence ends; a tldr is one sentence (write abbreviations such as e.g. out)`);
  return problems;
}

const httpsUrl = (what: string) =>
  z
    .string({ error: `${what} must be a URL written as text` })
    .trim()
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      error: `${what} must be an https:// URL (no http:, javascript: or data: links)`,
    });

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** How `new-paper` turns a flag's text into a draft value. */
export type FlagParse = 'text' | 'semicolon-list' | 'comma-list' | 'number' | 'arxiv' | 'openreview';

/** What the rest of the project needs to know about a field, beside its rules. */
export interface FieldInfo {
  /** How to fix a bad value in the file, shown by `npm run validate`. */
  readonly fix: string;
  /** What the field accepts beyond its description, for the CONTRIBUTING.md table. */
  readonly accepts?: string;
  /** How `new-paper` takes the field as a flag; fields without one are filled in by the tool. */
  readonly flag?: {
    /** The flag's argument in the usage text, e.g. `<id>`. */
    readonly arg: string;
    readonly help: string;
    readonly fix: string;
    readonly parse: FlagParse;
  };
  /** How `new-paper` writes the value into the frontmatter. */
  readonly yaml: 'quoted' | 'plain' | 'number' | 'block-list' | 'flow-list' | 'date';
  /** A field whose value is (or names) a page elsewhere: it is listed among the paper's links. */
  readonly link?: LinkInfo;
  /** Checked against the paper's record in content/verification.json. */
  readonly verified?: boolean;
  /** Registry values by key, as people write them ("Computer vision", a venue's full name), for did-you-mean. */
  readonly names?: Readonly<Record<string, string>>;
  /** A BibTeX field that carries the value verbatim, like url and doi (others follow src/lib/bibtex.ts's rules). */
  readonly bibtex?: string;
}

/** The field table: every field of PaperSchema is registered here with its FieldInfo. */
export const fieldRegistry = z.registry<FieldInfo>();

export const PaperSchema = z
  .strictObject(
    {
      title: nonEmpty('title')
        .describe('Exact published title of the paper.')
        .register(fieldRegistry, {
          fix: 'write the exact published title, in quotes if it contains a colon',
          flag: {
            arg: '"<title>"',
            help: 'exact published title',
            fix: 'pass --title "Exact Published Title", or a BibTeX entry with --bibtex <file>',
            parse: 'text',
          },
          yaml: 'quoted',
          verified: true,
        }),
      short: nonEmpty('short')
        .optional()
        .describe('Common short name, e.g. `PCL` or `SimCLR`.')
        .register(fieldRegistry, {
          fix: 'write the common short name, e.g. short: SimCLR, or remove the line',
          flag: {
            arg: '<name>',
            help: 'common short name, e.g. SimCLR (also proposes the file name)',
            fix: 'pass --short with the common short name, e.g. --short SimCLR',
            parse: 'text',
          },
          yaml: 'plain',
        }),
      tldr: nonEmpty('tldr')
        .superRefine((text, context) => {
          for (const message of tldrProblems(text)) context.addIssue({ code: 'custom', message: `tldr ${message}` });
        })
        .describe(
          `One sentence in your own words, at most ${TLDR_MAX} characters, saying what the paper does and what is new; plain text, inline \`$…$\` math allowed.`,
        )
        .register(fieldRegistry, {
          fix: 'write one plain sentence saying what the paper does and what is new, e.g. tldr: "Siamese learning without negatives: a stop-gradient prevents collapse."',
          flag: {
            arg: '"<sentence>"',
            help: `one sentence, at most ${TLDR_MAX} characters: what the paper does and what is new`,
            fix: 'pass --tldr "One sentence saying what the paper does and what is new."',
            parse: 'text',
          },
          yaml: 'quoted',
        }),
      authors: z
        .array(nonEmpty('each author'), { error: 'authors must be a YAML list, one `- Name` per line' })
        .min(1, { error: 'authors must list at least one author' })
        .describe('Full author list in the order of the paper, one name per item.')
        .register(fieldRegistry, {
          fix: 'write one `- Full Name` line per author under authors:',
          flag: {
            arg: '"A; B"',
            help: 'every author in order, separated by semicolons',
            fix: 'pass --authors "First Author; Second Author" with every author, in the order of the paper',
            parse: 'semicolon-list',
          },
          yaml: 'block-list',
          verified: true,
        }),
      venue: z
        .enum(venueIds, { error: 'venue must be a key of the venue registry (src/data/venues.ts)' })
        .describe('Key of the venue that published the paper (`arXiv` for preprints); see src/data/venues.ts.')
        .register(fieldRegistry, {
          fix: `use one of: ${venueIds.join(', ')}`,
          names: Object.fromEntries(venueIds.map((id) => [id, venues[id].name])),
          accepts: `a key from [Venues](#venues) (${venueIds.length} keys)`,
          flag: {
            arg: '<key>',
            help: 'venue key from src/data/venues.ts, e.g. ICLR, NeurIPS, arXiv',
            fix: `pass --venue with one of: ${venueIds.join(', ')}`,
            parse: 'text',
          },
          yaml: 'plain',
          verified: true,
        }),
      year: z
        .number({ error: 'year must be a number such as 2021' })
        .int({ error: 'year must be a whole number' })
        .min(MIN_YEAR, { error: `year must be ${MIN_YEAR} or later` })
        .refine((year) => year <= maxYear(), { error: 'year must not be later than next year' })
        .describe('Year of publication at that venue (first arXiv version for preprints).')
        .register(fieldRegistry, {
          fix: `write the year as digits between ${MIN_YEAR} and ${maxYear()}, e.g. year: 2021`,
          accepts: `${MIN_YEAR} to next year`,
          flag: {
            arg: '<year>',
            help: 'year of publication at that venue',
            fix: `pass --year with the year of publication, ${MIN_YEAR} to ${maxYear()}, e.g. --year 2021`,
            parse: 'number',
          },
          yaml: 'number',
          verified: true,
        }),
      domains: z
        .array(z.enum(domainIds, { error: 'each domain must be a key of src/data/domains.ts' }), {
          error: 'domains must be a YAML list such as [vision]',
        })
        .min(1, { error: 'domains must list at least one domain' })
        .refine((list) => new Set(list).size === list.length, { error: 'domains must not repeat a value' })
        .describe('One or more research domains from src/data/domains.ts.')
        .register(fieldRegistry, {
          fix: `use a list of: ${domainIds.join(', ')}`,
          names: Object.fromEntries(domainIds.map((id) => [id, domains[id].label])),
          accepts: domainIds.map((id) => `\`${id}\``).join(', '),
          flag: {
            arg: 'a,b',
            help: 'one or more of src/data/domains.ts, e.g. vision,nlp',
            fix: `pass --domains with one or more of: ${domainIds.join(', ')} (comma-separated, e.g. --domains vision,nlp)`,
            parse: 'comma-list',
          },
          yaml: 'flow-list',
        }),
      tags: z
        .array(
          z.string({ error: 'each tag must be text' }).regex(KEBAB_CASE, {
            error: 'each tag must be lowercase kebab-case such as hard-negatives',
          }),
          { error: 'tags must be a YAML list such as [hard-negatives]' },
        )
        .refine((list) => new Set(list).size === list.length, { error: 'tags must not repeat a value' })
        .default([])
        .describe('Topic tags in lowercase kebab-case, from the shared vocabulary in src/data/tags.ts.')
        .register(fieldRegistry, {
          fix: 'use lowercase words joined by hyphens, e.g. tags: [hard-negatives, data-augmentation]',
          accepts: 'see [Tag vocabulary](#tag-vocabulary)',
          flag: {
            arg: 'a,b',
            help: 'topic tags from src/data/tags.ts',
            fix: 'pass --tags as lowercase kebab-case words separated by commas, e.g. --tags hard-negatives,data-augmentation',
            parse: 'comma-list',
          },
          yaml: 'flow-list',
        }),
      builds_on: z
        .array(
          z.string({ error: 'each builds_on item must be text' }).regex(KEBAB_CASE, {
            error: (issue) => `${JSON.stringify(issue.input)} is not a slug (the file name of an entry, without .md)`,
          }),
          { error: 'builds_on must be a YAML list of slugs such as [moco, simclr]' },
        )
        .default([])
        .describe(
          'Slugs of entries this paper directly extends, answers or improves on, as the paper itself says (not merely cites).',
        )
        .register(fieldRegistry, {
          fix: 'list the slugs of entries the paper directly builds on, e.g. builds_on: [moco, simclr]',
          accepts: 'slugs of other entries, published the same year or earlier',
          flag: {
            arg: 'a,b',
            help: 'slugs of entries the paper directly extends or answers, e.g. moco,simclr',
            fix: 'pass --builds_on with the slugs of entries this paper extends, e.g. --builds_on moco,simclr',
            parse: 'comma-list',
          },
          yaml: 'flow-list',
        }),
      arxiv: z
        .string({
          error: (issue) =>
            typeof issue.input === 'number'
              ? `${issue.input} was read as a number, which drops trailing zeros`
              : 'arxiv must be text: quote it, e.g. "2005.04966"',
        })
        .regex(ARXIV_ID, {
          error: (issue) => `${JSON.stringify(issue.input)} is not a new-style arXiv id, such as "2005.04966"`,
        })
        .optional()
        .describe('arXiv identifier, quoted, without `v1` or URL.')
        .register(fieldRegistry, {
          fix: 'write the id in quotes without version or URL, e.g. arxiv: "2005.04966"',
          flag: {
            arg: '<id>',
            help: 'arXiv id such as 2005.04966 (an arxiv.org link works too)',
            fix: 'pass --arxiv with a new-style id such as 2005.04966 (an arxiv.org link works too); link older papers with --url',
            parse: 'arxiv',
          },
          yaml: 'quoted',
          link: { label: 'arXiv', pageLabel: 'arXiv {value}', prefix: ARXIV_ABS },
          verified: true,
        }),
      openreview: z
        .string({ error: 'openreview must be text' })
        .regex(OPENREVIEW_ID, { error: 'openreview must be the forum id only, e.g. KmykpuSrjcq' })
        .optional()
        .describe('OpenReview forum id (the `id=` part of the forum URL).')
        .register(fieldRegistry, {
          fix: 'copy the id= part of the forum URL, e.g. openreview: KmykpuSrjcq',
          flag: {
            arg: '<id>',
            help: 'OpenReview forum id (a forum link works too)',
            fix: 'pass --openreview with the forum id, e.g. --openreview KmykpuSrjcq (a forum link works too)',
            parse: 'openreview',
          },
          yaml: 'quoted',
          link: { label: 'OpenReview', pageLabel: 'OpenReview', prefix: OPENREVIEW_FORUM, encode: true },
          verified: true,
        }),
      url: httpsUrl('url')
        .optional()
        .describe('Another page of the paper (proceedings, ACL Anthology, DOI).')
        .register(fieldRegistry, {
          fix: 'link the paper page with https://',
          flag: {
            arg: '<https url>',
            help: 'another page of the paper (proceedings, ACL Anthology, DOI)',
            fix: 'pass --url with an https:// link to the paper page',
            parse: 'text',
          },
          yaml: 'plain',
          link: { label: 'Paper', pageLabel: 'Paper page', prefix: '' },
        }),
      code: httpsUrl('code')
        .optional()
        .describe('https URL of the official implementation.')
        .register(fieldRegistry, {
          fix: 'link the official repository with https://',
          flag: {
            arg: '<https url>',
            help: 'official implementation',
            fix: 'pass --code with the https:// link of the official repository',
            parse: 'text',
          },
          yaml: 'plain',
          link: { label: 'Code', pageLabel: 'Official code', prefix: '' },
          verified: true,
        }),
      added: z
        .union(
          [
            z.date(),
            z
              .string()
              .refine(isRealDate, {
                error: (issue) =>
                  ISO_DATE.test(String(issue.input))
                    ? `${String(issue.input)} is not a real date`
                    : 'added must be a date written as YYYY-MM-DD',
              })
              .transform((text) => new Date(`${text}T00:00:00Z`)),
          ],
          { error: 'added must be a date written as YYYY-MM-DD' },
        )
        .describe('Date the entry was added to the list, `YYYY-MM-DD`.')
        .register(fieldRegistry, {
          fix: 'write the date as YYYY-MM-DD, e.g. added: 2026-11-27',
          accepts: 'filled in by `npm run new-paper`',
          yaml: 'date',
        }),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field` : undefined) },
  )
  .refine((paper) => paper.arxiv ?? paper.openreview ?? paper.url, {
    error: 'an entry needs at least one of arxiv, openreview or url',
    path: ['arxiv'],
  });

/**
 * A translation of an entry's text (content/papers-zh/<slug>.md): its tldr under the same rule as the
 * English one (CJK full stops count as sentence ends); the summary is the body.
 */
export const TranslationSchema = z.strictObject(
  { tldr: PaperSchema.shape.tldr },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown field (a translation has only tldr)' : undefined),
  },
);

/** A paper's frontmatter after validation (defaults applied, `added` as a Date). */
export type Paper = z.output<typeof PaperSchema>;
/** The name of a field of the schema. */
export type FieldName = keyof Paper;
/** The fields of the schema, in the order contributors are shown them. */
export const paperFields = Object.keys(PaperSchema.shape) as FieldName[];
