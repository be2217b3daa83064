/**
 * The Pagefind index, built through Pagefind's Node API from the pages the build has just written and read
 * (src/integrations/built-pages.ts) instead of a second process that walks and parses all of dist/ again.
 * Only pages with `data-pagefind-body` are indexed, as Pagefind itself does once any page has one (every
 * paper page and the background pages do); each language gets its own index from the page's `lang`.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PageReader } from './built-pages.ts';

export function searchIndex(): PageReader {
  const bodies: { sourcePath: string; content: string }[] = [];
  const all: { sourcePath: string; content: string }[] = [];
  return {
    page(name, html) {
      // Pagefind names pages by their path with forward slashes, as on the web.
      const file = { sourcePath: name.split('\\').join('/'), content: html };
      if (html.includes('data-pagefind-body')) bodies.push(file);
      else all.push(file);
    },
    async done(root, logger) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      // A site with no marked page at all is indexed whole, as Pagefind's own command would.
      const pages = bodies.length > 0 ? bodies : all;
      // One at a time, in path order: the index's files then come out the same on every build.
      const failed: string[] = [];
      for (const file of pages) failed.push(...(await index.addHTMLFile(file)).errors);
      if (failed.length > 0) throw new Error(`Pagefind could not index pages: ${failed.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await pagefind.close();
      logger.info(`Pagefind indexed ${pages.length} page(s)`);
    },
  };
}
