/**
 * The one translator from schema issues to contributor messages, `file:line: field: what (fix)`, used by
 * `npm run validate`, `npm run new-paper` and the build. The schema decides what is wrong and says so with
 * the offending value (src/schema.ts); this module only picks the field, the wording for a missing or
 * unknown field, a did-you-mean, and the fix, phrased for where the contributor is (a file or the flags).
 */
import type { z } from 'astro/zod';
import { paperFields } from '../../src/schema.ts';
import { fieldInfo } from '../../src/lib/fields.ts';
import { closest, closestByName } from './suggest.ts';

export interface Problem {
  /** The file, when the problem is in one (new-paper's flag problems have none). */
  readonly path?: string | undefined;
  readonly line?: number | undefined;
  /** A paper field (`domains[0]` for an item), `links`, or what else is wrong (`file name`, `body`). */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

export function formatProblem(p: Problem): string {
  const where = p.path === undefined ? '' : `${p.path}:${p.line ?? 1}: `;
  return `${where}${p.field}: ${p.message} (${p.fix})`;
}

/** How fixes are phrased where the contributor is. */
export interface Phrasing {
  /** How to fix a field. */
  fix(field: string): string;
  /** How to add a link when an entry has none. */
  readonly links: string;
}

/** A problem of one entry, before it is placed in a file: `key` is the top-level field it belongs to. */
export type EntryProblem = Problem & { readonly key: string };

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}

/** The most telling issue of a union that no branch accepted: a branch's own complaint about the value. */
function unionCause(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  return issue.errors.flat().find((inner) => inner.code === 'custom') ?? issue;
}

/** The registry names of a field's values, if the field table gives them. */
const fieldNames = (key: string): Readonly<Record<string, string>> | undefined =>
  (paperFields as readonly string[]).includes(key) ? fieldInfo(key as (typeof paperFields)[number]).names : undefined;

/** One issue as problems (an unknown-keys issue names several fields). */
function problemsOf(data: Readonly<Record<string, unknown>>, raw: z.core.$ZodIssue, say: Phrasing): EntryProblem[] {
  const issue = unionCause(raw);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const guess = closest(key, paperFields);
      return {
        key,
        field: key,
        message: 'unknown field',
        fix: guess ? `did you mean ${guess}?` : `remove it; the fields are ${paperFields.join(', ')}`,
      };
    });
  }
  const head = raw.path[0];
  // The schema pins its "needs a link" rule on arxiv; when arxiv is absent the problem is the missing link.
  if (head === undefined || (raw.code === 'custom' && head === 'arxiv' && data['arxiv'] === undefined)) {
    return [{ key: '', field: 'links', message: raw.message, fix: say.links }];
  }
  const key = String(head);
  const field = raw.path.length > 1 ? `${key}[${raw.path.slice(1).join('.')}]` : key;
  const value = data[key];
  const fix = say.fix(key);
  if (value === undefined && raw.path.length === 1 && raw.code !== 'custom') {
    return [{ key, field, message: 'is missing', fix }];
  }
  if (issue.code === 'invalid_value') {
    const input = raw.path.length > 1 && Array.isArray(value) ? value[Number(raw.path[1])] : value;
    const options = issue.values.map(String);
    const names = fieldNames(key);
    const guess =
      typeof input === 'string'
        ? (closest(input, options) ?? (names ? closestByName(input, names) : undefined))
        : undefined;
    const noun = key.replace(/s$/, '');
    return [
      {
        key,
        field,
        message: `${describe(input)} is not a known ${noun}`,
        fix: guess ? `did you mean ${guess}? ${fix}` : fix,
      },
    ];
  }
  return [{ key, field, message: issue.message, fix }];
}

/** Every issue of one entry as problems, each complaint once (a union repeats one per branch). */
export function issueProblems(
  data: Readonly<Record<string, unknown>>,
  issues: readonly z.core.$ZodIssue[],
  say: Phrasing,
): EntryProblem[] {
  const seen = new Set<string>();
  return issues
    .flatMap((issue) => problemsOf(data, issue, say))
    .filter((problem) => {
      const text = formatProblem(problem);
      const fresh = !seen.has(text);
      seen.add(text);
      return fresh;
    });
}
