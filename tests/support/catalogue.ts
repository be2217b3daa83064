/** The real catalogue, read and validated outside Astro: what the built site must show. */
import { PaperSchema, type Paper } from '../../src/schema.ts';
import { isParsed, listPaperFiles, parsePaper } from '../../scripts/lib/read-papers.ts';

export interface CataloguePaper {
  readonly id: string;
  readonly data: Paper;
}

export function loadCatalogue(dir = 'content/papers'): CataloguePaper[] {
  return listPaperFiles(dir).map((file) => {
    const parsed = parsePaper(file);
    if (!isParsed(parsed)) throw new Error(`${file.path}: ${parsed.message}`);
    return { id: file.slug, data: PaperSchema.parse(parsed.data) };
  });
}

/** Every entry body of the catalogue, English and Chinese, as [path, body]: what the Markdown pipeline renders. */
export function catalogueBodies(dirs = ['content/papers', 'content/papers-zh']): (readonly [string, string])[] {
  return dirs.flatMap((dir) =>
    listPaperFiles(dir).map((file) => {
      const parsed = parsePaper(file);
      if (!isParsed(parsed)) throw new Error(`${file.path}: ${parsed.message}`);
      return [file.path, parsed.body] as const;
    }),
  );
}
