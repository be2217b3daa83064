/** Reading the built site in tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env['OUT_DIR'] ?? 'dist';

/** Parsed HTML of a page, by its URL path (`/venues/iclr/2021/`). */
export function page(path: string, dist = DIST): HTMLElement {
  const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page ${path} (${file})`);
  // By default node-html-parser keeps <pre> as raw text; parse it so code blocks can be inspected.
  return parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } });
}

export function pageExists(path: string, dist = DIST): boolean {
  return existsSync(join(dist, path, 'index.html'));
}

/** `data-paper` slugs of the paper list items on a page, in order. */
export function listedPapers(html: HTMLElement): string[] {
  return html.querySelectorAll('li[data-paper]').map((li) => li.getAttribute('data-paper') ?? '');
}

/** Every .html file under `dist`, relative. */
export function htmlFiles(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}
