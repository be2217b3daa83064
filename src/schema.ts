/**
 * THE paper schema. Astro's content loader, the contributor scripts and the tests all import this module,
 * so it must not import anything from `astro:*` (only `astro/zod`, which plain Node can load too).
 * Every field's `.describe()` text feeds the field reference in CONTRIBUTING.md (checked by a test).
 */
import { z } from 'astro/zod';
import { domainIds } from './data/domains.ts';
import { venueIds } from './data/venues.ts';

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

export const PaperSchema = z
  .strictObject(
    {
      title: nonEmpty('title').describe('Exact published title of the paper.'),
      short: nonEmpty('short').optional().describe('Common short name, e.g. `PCL` or `SimCLR`.'),
      authors: z
        .array(nonEmpty('each author'), { error: 'authors must be a YAML list, one `- Name` per line' })
        .min(1, { error: 'authors must list at least one author' })
        .describe('Full author list in the order of the paper, one name per item.'),
      venue: z
        .enum(venueIds, { error: 'venue must be a key of the venue registry (src/data/venues.ts)' })
        .describe('Key of the venue that published the paper (`arXiv` for preprints); see src/data/venues.ts.'),
      year: z
        .number({ error: 'year must be a number such as 2021' })
        .int({ error: 'year must be a whole number' })
        .min(MIN_YEAR, { error: `year must be ${MIN_YEAR} or later` })
        .refine((year) => year <= maxYear(), { error: 'year must not be later than next year' })
        .describe('Year of publication at that venue (first arXiv version for preprints).'),
      domains: z
        .array(z.enum(domainIds, { error: 'each domain must be a key of src/data/domains.ts' }), {
          error: 'domains must be a YAML list such as [vision]',
        })
        .min(1, { error: 'domains must list at least one domain' })
        .refine((list) => new Set(list).size === list.length, { error: 'domains must not repeat a value' })
        .describe('One or more research domains from src/data/domains.ts.'),
      tags: z
        .array(
          z.string({ error: 'each tag must be text' }).regex(KEBAB_CASE, {
            error: 'each tag must be lowercase kebab-case such as hard-negatives',
          }),
          { error: 'tags must be a YAML list such as [hard-negatives]' },
        )
        .refine((list) => new Set(list).size === list.length, { error: 'tags must not repeat a value' })
        .default([])
        .describe('Topic tags in lowercase kebab-case, from the shared vocabulary in src/data/tags.ts.'),
      arxiv: z
        .string({ error: 'arxiv must be text: quote it, e.g. "2005.04966"' })
        .regex(ARXIV_ID, { error: 'arxiv must be a new-style id such as "2005.04966", without version or URL' })
        .optional()
        .describe('arXiv identifier, quoted, without `v1` or URL.'),
      openreview: z
        .string({ error: 'openreview must be text' })
        .regex(OPENREVIEW_ID, { error: 'openreview must be the forum id only, e.g. KmykpuSrjcq' })
        .optional()
        .describe('OpenReview forum id (the `id=` part of the forum URL).'),
      url: httpsUrl('url').optional().describe('Another page of the paper (proceedings, ACL Anthology, DOI).'),
      code: httpsUrl('code').optional().describe('https URL of the official implementation.'),
      added: z
        .union(
          [
            z.date(),
            z
              .string()
              .refine(isRealDate, { error: 'added must be a real date written as YYYY-MM-DD' })
              .transform((text) => new Date(`${text}T00:00:00Z`)),
          ],
          { error: 'added must be a date written as YYYY-MM-DD' },
        )
        .describe('Date the entry was added to the list, `YYYY-MM-DD`.'),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field` : undefined) },
  )
  .refine((paper) => paper.arxiv ?? paper.openreview ?? paper.url, {
    error: 'an entry needs at least one of arxiv, openreview or url',
    path: ['arxiv'],
  });

/** A paper's frontmatter after validation (defaults applied, `added` as a Date). */
export type Paper = z.output<typeof PaperSchema>;
/** The fields of the schema, in the order contributors are shown them. */
export const paperFields = Object.keys(PaperSchema.shape) as (keyof Paper)[];
