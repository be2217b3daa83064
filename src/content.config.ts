// The papers collection: every content/papers/*.md file, validated by the shared PaperSchema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PaperSchema } from './schema.ts';
import { site } from './site.config.ts';

const papers = defineCollection({
  loader: glob({
    // PAPERS_DIR (through the site config) lets tests and the benchmark build another corpus.
    base: site.papersDir,
    pattern: '*.md',
    // The file name is the slug, verbatim: the validator enforces its form, so Astro must not re-slugify it.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // Pages use the rendered HTML only; keeping every raw body too would double the content store.
    retainBody: false,
  }),
  schema: PaperSchema,
});

export const collections = { papers };
