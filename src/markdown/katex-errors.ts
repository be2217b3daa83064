/**
 * rehype-katex only paints a bad formula red, and Astro's eager content renderer swallows thrown errors
 * (it logs them and publishes an empty body with exit code 0). So this plugin, placed after rehype-katex,
 * records each KaTeX message with its file, and the `katexErrorCheck` page reader fails the build with
 * the list once pages are written. Pages rendered from Astro's content cache never reach the plugin, so the
 * written HTML is scanned for KaTeX's error marker as well.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { PageReader } from '../integrations/built-pages.ts';
import { site } from '../site.config.ts';

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

/**
 * Page reader (src/integrations/built-pages.ts): fails the build with every collected problem, and with
 * every written page that carries KaTeX's error marker but was not reported by the plugin.
 */
export function katexErrorCheck(): PageReader {
  const marked: string[] = [];
  return {
    page(name, html) {
      if (html.includes('class="katex-error"')) marked.push(name);
    },
    done(root) {
      const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
      const reported = new Set(problems.map((p) => p.file));
      for (const name of marked) {
        const slug = /papers[/\\]([^/\\]+)[/\\]index\.html$/.exec(name)?.[1];
        if (slug && reported.has(join(relative(process.cwd(), site.papersDir), `${slug}.md`))) continue;
        lines.push(`  ${relative(process.cwd(), join(root, name))}: contains a formula KaTeX could not parse`);
      }
      if (lines.length === 0) return;
      throw new Error(
        `KaTeX could not typeset formulas in:\n${lines.join('\n')}\n` +
          'Fix each formula (KaTeX supports the commands listed at https://katex.org/docs/supported) and build ' +
          'again; `npm run validate` checks every formula in seconds, without a build.',
      );
    },
  };
}
