/**
 * One pass over the written pages once `astro build` is done. Several steps need every page's HTML (the
 * KaTeX error check, the math font's character set); at thousands of pages, reading each file once for all
 * of them rather than once per step is worth a small interface.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface PageReader {
  /** Sees every written .html file, in path order, by its path relative to the output folder. */
  page(name: string, html: string): void;
  /** Runs once every page has been read, in the order the readers were given. Throwing fails the build. */
  done(root: string, logger: AstroIntegrationLogger): void | Promise<void>;
}

/** Reads every page once and hands it to fresh readers (they keep state, so each build makes its own). */
export function readBuiltPages(readers: readonly (() => PageReader)[]): AstroIntegration {
  return {
    name: 'contrastive-papers:built-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const active = readers.map((make) => make());
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.html'))
          .sort();
        for (const name of pages) {
          const html = readFileSync(join(root, name), 'utf8');
          for (const reader of active) reader.page(name, html);
        }
        for (const reader of active) await reader.done(root, logger);
      },
    },
  };
}
