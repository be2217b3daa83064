/**
 * The site's settings: everything a fork of this generator changes for its own list besides the vocabularies
 * in src/data/ and the papers themselves (what each setting means: src/lib/site-settings.ts). Pages, scripts,
 * tests and the Astro config read them from here; SITE_URL, BASE_PATH and PAPERS_DIR override them.
 */
import { withEnvironment } from './lib/site-settings.ts';

export const site = withEnvironment({
  name: 'Contrastive Papers',
  heading: 'Contrastive and self-supervised learning papers',
  listOf: 'contrastive and self-supervised learning papers',
  topic: 'contrastive learning',
  feedDescription: 'New entries on a curated reading list of contrastive and self-supervised learning papers.',
  about:
    'A community-maintained reading list of contrastive and self-supervised learning papers. Summaries are written by contributors in their own words.',
  locales: ['en', 'zh'],
  translations: {
    zh: {
      heading: '对比学习与自监督学习论文',
      listOf: '对比学习与自监督学习论文',
      topic: '对比学习',
      feedDescription: '一份精选的对比学习与自监督学习论文阅读清单的新条目。',
      about: '一份由社区维护的对比学习与自监督学习论文阅读清单。每篇摘要都由贡献者用自己的话写成。',
    },
  },
  siteUrl: 'http://localhost:4321',
  basePath: '/',
  repository: undefined,
  branch: 'main',
  papersDir: 'content/papers',
  bibtexFileName: 'contrastive-papers.bib',
  devUrl: 'http://localhost:4321',
});
