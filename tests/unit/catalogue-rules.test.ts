// validate's catalogue rules (tag vocabulary, verification records) against a fabricated catalogue folder.
import { describe, expect, it } from 'vitest';
import { validateFolder } from '../../scripts/lib/validate-folder.ts';
import { run } from '../support/run.ts';

const DIR = 'tests/fixtures/catalogue/papers';
const RECORDS = 'tests/fixtures/catalogue/verification.json';

describe('npm run validate on a catalogue with verification records', () => {
  const { problems, checked } = validateFolder(DIR, DIR, { cache: false });
  const about = (file: string) => problems.filter((p) => p.startsWith(`${file}:`));

  it('checks every file and accepts the entry that agrees with its record', () => {
    expect(checked).toBe(4);
    expect(about(`${DIR}/good-entry.md`)).toEqual([]);
  });

  it('refuses a tag outside the vocabulary, with a did-you-mean and where to add one', () => {
    expect(about(`${DIR}/unknown-tag.md`)).toEqual([
      `${DIR}/unknown-tag.md:9: tags[0]: "hard-negativs" is not in the tag vocabulary (did you mean hard-negatives? If not, add it to src/data/tags.ts with a one-line description, in the same pull request)`,
    ]);
  });

  it('refuses an entry without a record', () => {
    expect(about(`${DIR}/no-record.md`)).toEqual([
      `${DIR}/no-record.md:1: verification: has no record in ${RECORDS} (add one saying where each field was checked; npm run new-paper writes it for new entries)`,
    ]);
  });

  it('refuses a field that differs from the record, and a record without sources', () => {
    const mine = about(`${DIR}/wrong-title.md`);
    expect(mine).toContain(
      `${DIR}/wrong-title.md:2: title: the entry has "A Title That Drifted" but its verified record has "The Verified Title" (correct the entry, or correct the record in ${RECORDS} together with its source)`,
    );
    expect(mine.some((p) => /verification: its record in .* names no sources/.test(p))).toBe(true);
  });

  it('refuses a record whose paper file is gone', () => {
    expect(about(RECORDS)).toEqual([
      `${RECORDS}:1: records: the record for "deleted-entry" has no paper file (remove the record, or restore or rename the paper file to match)`,
    ]);
  });

  it('is what the command prints, with exit code 1', () => {
    const result = run('npx', ['tsx', 'scripts/validate.ts', DIR]);
    expect(result.code).toBe(1);
    for (const problem of problems) expect(result.stderr).toContain(problem);
  });
});
