/**
 * `npm run fields`: regenerates the tables of CONTRIBUTING.md from the schema and the registries, so the
 * guide cannot drift from what `npm run validate` enforces. Each table sits between
 * `<!-- name:start -->` and `<!-- name:end -->`; `--check` only reports stale tables (exit 1), for CI.
 * `npm run fields -- [--check] [path/to/CONTRIBUTING.md]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { format, resolveConfig } from 'prettier';
import { domains } from '../src/data/domains.ts';
import { tagVocabulary } from '../src/data/tags.ts';
import { venues } from '../src/data/venues.ts';
import { fieldInfo } from '../src/lib/fields.ts';
import { PaperSchema, paperFields } from '../src/schema.ts';

export const BLOCKS = ['fields', 'venues', 'domains', 'tags'] as const;
export type BlockName = (typeof BLOCKS)[number];

const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const code = (text: string): string => `\`${text}\``;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function requirement(field: z.ZodType): string {
  if (field instanceof z.ZodDefault) return `no (default ${code(JSON.stringify(field.def.defaultValue))})`;
  return field.isOptional() ? 'no' : 'yes';
}

export function fieldTable(): string {
  const shape: Record<string, z.ZodType> = PaperSchema.shape;
  const rows = paperFields.map((name) => {
    const field = shape[name];
    if (field === undefined) throw new Error(`schema has no field ${name}`);
    return [code(name), requirement(field), field.description ?? '', fieldInfo(name).accepts ?? ''];
  });
  return table(['Field', 'Required', 'What to write', 'Accepted values'], rows);
}

export function venueTable(): string {
  const rows = Object.entries(venues).map(([key, venue]) => [code(key), venue.name, venue.kind]);
  return table(['Key', 'Name', 'Kind'], rows);
}

export function domainTable(): string {
  const rows = Object.entries(domains).map(([key, domain]) => [code(key), domain.label]);
  return table(['Key', 'Domain'], rows);
}

export function tagTable(): string {
  // Alphabetical: contributors look a tag up, they do not read the list in order.
  const rows = Object.entries(tagVocabulary)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, meaning]) => [code(tag), meaning]);
  return table(['Tag', 'Use it for'], rows);
}

const GENERATORS: Record<BlockName, () => string> = {
  fields: fieldTable,
  venues: venueTable,
  domains: domainTable,
  tags: tagTable,
};

/**
 * Every generated table, laid out as Prettier lays it out (aligned columns), so `npm run format` leaves
 * the blocks exactly as generated and the check stays green after formatting.
 */
export async function generatedBlocks(): Promise<Record<BlockName, string>> {
  // The repository's Prettier settings, wherever the file being checked lives.
  const options = {
    ...(await resolveConfig(fileURLToPath(new URL('../CONTRIBUTING.md', import.meta.url)))),
    parser: 'markdown',
  };
  const entries = await Promise.all(
    BLOCKS.map(async (name) => [name, (await format(GENERATORS[name](), options)).trimEnd()] as const),
  );
  return Object.fromEntries(entries) as Record<BlockName, string>;
}

function blockPattern(name: BlockName): RegExp {
  return new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
}

export interface Regenerated {
  readonly text: string;
  /** Blocks whose markers are absent, so nothing could be written for them. */
  readonly missing: readonly BlockName[];
}

/** `text` with every marked block replaced by its table from `blocks`. */
export function regenerate(text: string, blocks: Record<BlockName, string>): Regenerated {
  let result = text;
  const missing: BlockName[] = [];
  for (const name of BLOCKS) {
    const pattern = blockPattern(name);
    if (!pattern.test(result)) {
      missing.push(name);
      continue;
    }
    // A function replacement, so `$` in generated text is never read as a back-reference.
    result = result.replace(pattern, (_match, start: string, end: string) => `${start}\n\n${blocks[name]}\n\n${end}`);
  }
  return { text: result, missing };
}

/** The blocks of `text` that are missing or differ from what the schema and registries generate. */
export function staleBlocks(text: string, blocks: Record<BlockName, string>): BlockName[] {
  const { text: fresh, missing } = regenerate(text, blocks);
  const changed = BLOCKS.filter(
    (name) => !missing.includes(name) && blockPattern(name).exec(text)?.[0] !== blockPattern(name).exec(fresh)?.[0],
  );
  return [...missing, ...changed];
}

async function main(args: readonly string[]): Promise<number> {
  const check = args.includes('--check');
  const file = args.find((arg) => !arg.startsWith('--')) ?? 'CONTRIBUTING.md';
  const text = readFileSync(file, 'utf8');
  const blocks = await generatedBlocks();
  const { text: fresh, missing } = regenerate(text, blocks);
  for (const name of missing) {
    console.error(
      `${file}: no <!-- ${name}:start --> … <!-- ${name}:end --> block (add both markers where the table belongs)`,
    );
  }
  if (check) {
    const stale = staleBlocks(text, blocks).filter((name) => !missing.includes(name));
    for (const name of stale)
      console.error(`${file}: the ${name} table is out of date (run npm run fields to regenerate it)`);
    if (missing.length + stale.length > 0) return 1;
    console.log(`${file}: the ${BLOCKS.join(', ')} tables match the schema and registries.`);
    return 0;
  }
  if (fresh !== text) writeFileSync(file, fresh);
  console.log(fresh !== text ? `${file}: tables regenerated.` : `${file}: tables already up to date.`);
  return missing.length > 0 ? 1 : 0;
}

// Importable by tests for staleBlocks; runs only as `tsx scripts/field-reference.ts`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exit(await main(process.argv.slice(2)));
}
