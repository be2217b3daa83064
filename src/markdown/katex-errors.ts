/**
 * rehype-katex only paints a bad formula red, and Astro's eager content renderer swallows thrown errors
 * (it logs them and publishes an empty body with exit code 0). So this plugin, placed after rehype-katex,
 * records each KaTeX message with its file, and the `failOnKatexErrors` integration fails the build with
 * the list once pages are written. Pages rendered from Astro's content cache never reach the plugin, so the
 * written HTML is scanned for KaTeX's error marker as well.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Root } from 'hast';
import type { VFile } from 'vfile';

export interface KatexProblem {
  readonly file: string;
  readonly line: number | undefined;
  readonly message: string;
}

const problems: KatexProblem[] = [];

/** Lines taken by the frontmatter block: the renderer counts lines from the start of the body. */
function frontmatterLines(path: string): number {
  try {
    const text = readFileSync(path, 'utf8');
    const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
    return match ? match[0].split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

/** Rehype plugin: collect rehype-katex's messages for this file. */
export function rehypeCollectKatexErrors() {
  return (_tree: Root, file: VFile): void => {
    for (const message of file.messages) {
      if (message.source !== 'rehype-katex') continue;
      const cause = message.cause instanceof Error ? message.cause.message : message.reason;
      problems.push({
        file: file.path ? relative(process.cwd(), file.path) : '(unknown file)',
        line: message.line == null ? undefined : message.line + frontmatterLines(file.path),
        message: cause,
      });
    }
  };
}

/** Integration: turn the collected problems into a failed build that names every file and line. */
export function failOnKatexErrors(): AstroIntegration {
  return {
    name: 'contrastive-papers:katex-errors',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
        const reported = new Set(problems.map((p) => p.file));
        for (const page of pagesWithKatexErrors(fileURLToPath(dir))) {
          const slug = /papers[/\\]([^/\\]+)[/\\]index\.html$/.exec(page)?.[1];
          if (slug && reported.has(join('content', 'papers', `${slug}.md`))) continue;
          lines.push(`  ${page}: contains a formula KaTeX could not parse`);
        }
        if (lines.length === 0) return;
        throw new Error(`KaTeX could not typeset formulas in:\n${lines.join('\n')}`);
      },
    },
  };
}

/** Written pages that carry KaTeX's error marker, as paths relative to the working directory. */
function pagesWithKatexErrors(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .filter((path) => readFileSync(path, 'utf8').includes('class="katex-error"'))
    .map((path) => relative(process.cwd(), path))
    .sort();
}
