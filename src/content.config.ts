// The papers collection (every content/papers/*.md file, validated by the shared PaperSchema) and their
// texts in the site's other languages (content/papers-zh/<slug>.md, validated by TranslationSchema).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DEFAULT_LOCALE } from './i18n/locales.ts';
import { contentDirOf, translationsFolder } from './lib/site-settings.ts';
import { PaperSchema, TranslationSchema } from './schema.ts';
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

const otherLocales = site.locales.filter((locale) => locale !== DEFAULT_LOCALE);

// One collection for every other language: the id is `<locale>/<slug>` (zh/pcl).
const translations = defineCollection({
  loader: glob({
    base: contentDirOf(site.papersDir),
    pattern: otherLocales.map((locale) => `${translationsFolder(locale)}/*.md`),
    generateId: ({ entry }) => {
      const [folder = '', file = ''] = entry.split('/').slice(-2);
      return `${folder.replace(/^papers-/, '')}/${file.replace(/\.md$/, '')}`;
    },
    retainBody: false,
  }),
  schema: TranslationSchema,
});

export const collections = { papers, translations };
