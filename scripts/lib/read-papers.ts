/**
 * Reads paper files the way Astro does (js-yaml frontmatter via gray-matter), keeping what the validator
 * needs to point at lines: the frontmatter text, where the body starts, and the line of each top-level key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';

export interface PaperFile {
  /** Path as shown to contributors, e.g. `content/papers/pcl.md`. */
  readonly path: string;
  /** File name without `.md`: the paper's slug. */
  readonly slug: string;
  readonly text: string;
}

export interface ParsedPaper extends PaperFile {
  /** Frontmatter as Astro sees it, except `added`, kept as written so impossible dates can be caught. */
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** 1-based line of the first body line. */
  readonly bodyLine: number;
  /** 1-based line of each top-level frontmatter key. */
  readonly keyLines: ReadonlyMap<string, number>;
}

export interface ParseFailure extends PaperFile {
  readonly line: number;
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

/** The `content/papers/*.md` files of `dir`, sorted by name; `shownDir` is how paths are printed. */
export function listPaperFiles(dir: string, shownDir = dir): PaperFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      path: join(shownDir, name),
      slug: name.slice(0, -'.md'.length),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

// Dates stay strings in this schema; Astro's (js-yaml's default) silently turns 2023-02-30 into March 2nd.
const WITHOUT_TIMESTAMPS = yaml.CORE_SCHEMA;

const OPENING = /^---[ \t]*$/;

/** Splits and parses one file; a failure carries the line and a fix, never throws. */
export function parsePaper(file: PaperFile): ParsedPaper | ParseFailure {
  // gray-matter and js-yaml handle CRLF and a byte-order mark, but line arithmetic is simpler without them.
  const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (!OPENING.test(lines[0] ?? '')) {
    return {
      ...file,
      line: 1,
      field: 'frontmatter',
      message: 'the file does not start with a frontmatter block',
      fix: 'begin the file with a line `---`, the fields, and another `---` line; see CONTRIBUTING.md',
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && OPENING.test(line));
  if (closing === -1) {
    return {
      ...file,
      line: 1,
      field: 'frontmatter',
      message: 'the frontmatter block is never closed',
      fix: 'add a line `---` after the last field',
    };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: (source) => yaml.load(source) as object } });
  } catch (error) {
    const mark = error instanceof yaml.YAMLException ? error.mark : undefined;
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    return {
      ...file,
      line: mark ? mark.line + 2 : 1,
      field: 'frontmatter',
      message: `YAML syntax error: ${reason}`,
      fix: 'check indentation, and quote values that contain a colon, # or start with [ { * & !',
    };
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ...file,
      line: 2,
      field: 'frontmatter',
      message: 'the frontmatter is not a set of `field: value` lines',
      fix: 'write one `field: value` per line between the --- lines',
    };
  }
  const record = { ...(data as Record<string, unknown>) };
  const frontmatter = lines.slice(1, closing).join('\n');
  const raw = yaml.load(frontmatter, { schema: WITHOUT_TIMESTAMPS });
  if (raw && typeof raw === 'object' && 'added' in raw && typeof raw.added === 'string') {
    record['added'] = raw.added;
  }
  const keyLines = new Map<string, number>();
  lines.slice(1, closing).forEach((line, index) => {
    const key = /^([^\s#:][^:]*?)\s*:/.exec(line)?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key.replace(/^["']|["']$/g, ''), index + 2);
  });
  return {
    ...file,
    data: record,
    body: lines.slice(closing + 1).join('\n'),
    bodyLine: closing + 2,
    keyLines,
  };
}

export function isParsed(result: ParsedPaper | ParseFailure): result is ParsedPaper {
  return 'data' in result;
}
