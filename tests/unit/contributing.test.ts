import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCKS, generatedBlocks, regenerate, staleBlocks, type BlockName } from '../../scripts/field-reference.ts';
import { domainIds } from '../../src/data/domains.ts';
import { tagVocabulary } from '../../src/data/tags.ts';
import { venueIds } from '../../src/data/venues.ts';
import { paperFields, PaperSchema } from '../../src/schema.ts';
import { run } from '../support/run.ts';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
let blocks: Record<BlockName, string>;

beforeAll(async () => {
  blocks = await generatedBlocks();
});

/** The body rows of one generated table, as lines. */
function rows(text: string, block: string): string[] {
  const body = new RegExp(`<!-- ${block}:start -->([\\s\\S]*?)<!-- ${block}:end -->`).exec(text)?.[1] ?? '';
  return body.split('\n').filter((line) => line.startsWith('| `'));
}

/** The trimmed cells of a table row (no cell here contains an escaped pipe). */
const cells = (row: string): string[] =>
  row
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());

/** The key in a row's first cell, without its backticks. */
const key = (row: string): string => (cells(row)[0] ?? '').replace(/`/g, '');

describe('CONTRIBUTING.md tables', () => {
  it('pass npm run fields -- --check', { timeout: 60_000 }, () => {
    const result = run('npm', ['run', '--silent', 'fields', '--', '--check']);
    expect(result.code, result.output).toBe(0);
  });

  it('are up to date by the check function itself', () => {
    expect(staleBlocks(guide, blocks)).toEqual([]);
    expect(regenerate(guide, blocks).text).toBe(guide);
  });

  it('stay up to date after npm run format', async () => {
    const options = { ...(await resolveConfig('CONTRIBUTING.md')), filepath: 'CONTRIBUTING.md' };
    expect(staleBlocks(await format(guide, options), blocks)).toEqual([]);
  });

  it('list every schema field with its description and whether it is required', () => {
    const fieldRows = rows(guide, 'fields');
    expect(fieldRows).toHaveLength(paperFields.length);
    for (const [index, name] of paperFields.entries()) {
      const field = PaperSchema.shape[name];
      const [shownName, required, description] = cells(fieldRows[index] ?? '');
      expect(shownName).toBe(`\`${name}\``);
      expect(required?.startsWith(field.isOptional() ? 'no' : 'yes')).toBe(true);
      expect(description).toBe(field.description);
    }
  });

  it('list every venue, domain and tag of the registries', () => {
    expect(rows(guide, 'venues').map(key)).toEqual(venueIds);
    expect(rows(guide, 'domains').map(key)).toEqual(domainIds);
    expect(rows(guide, 'tags').map(key).sort()).toEqual(Object.keys(tagVocabulary).sort());
  });
});

describe('drift detection', () => {
  const withoutLine = (text: string, line: string) => text.replace(`${line}\n`, '');

  it('notices a removed field row', () => {
    const row = rows(guide, 'fields').find((line) => key(line) === 'code');
    expect(row).toBeDefined();
    expect(staleBlocks(withoutLine(guide, row ?? ''), blocks)).toEqual(['fields']);
  });

  it('notices a removed tag row and an edited venue name', () => {
    const tagRow = rows(guide, 'tags')[0] ?? '';
    const drifted = withoutLine(guide, tagRow).replace(
      'International Conference on Learning',
      'Intl. Conference on Learning',
    );
    expect(staleBlocks(drifted, blocks)).toEqual(['venues', 'tags']);
  });

  it('notices missing markers', () => {
    expect(staleBlocks(guide.replace('<!-- domains:end -->', ''), blocks)).toEqual(['domains']);
    expect(staleBlocks('# Contributing\n', blocks)).toEqual([...BLOCKS]);
  });

  it('fails npm run fields -- --check on a drifted copy, and regenerates it', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'contributing-'));
    try {
      const copy = join(dir, 'CONTRIBUTING.md');
      const row = rows(guide, 'fields')[0] ?? '';
      writeFileSync(copy, withoutLine(guide, row));
      const check = run('npx', ['tsx', 'scripts/field-reference.ts', '--check', copy]);
      expect(check.code).toBe(1);
      expect(check.stderr).toMatch(/the fields table is out of date \(run npm run fields/);
      const fix = run('npx', ['tsx', 'scripts/field-reference.ts', copy]);
      expect(fix.code, fix.output).toBe(0);
      expect(readFileSync(copy, 'utf8')).toBe(guide);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CONTRIBUTING.md guidance', () => {
  it.each([
    'npm run new-paper',
    'npm run validate',
    'npm run dev',
    'pull request',
    'own words',
    '100 to 250 words',
    '[SimCLR](../simclr/)',
    'content/verification.json',
    'official implementation',
    'javascript:',
  ])('mentions %s', (phrase) => {
    expect(guide).toContain(phrase);
  });

  it('links to headings that exist', () => {
    const anchors = new Set(
      [...guide.matchAll(/^#+ (.+)$/gm)].map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(anchors, link).toContain(link);
  });
});
