/** Links to paper pages on other sites. Separate from urls.ts so Node tooling can use them without Astro's env. */
export const ARXIV_ABS = 'https://arxiv.org/abs/';
export const OPENREVIEW_FORUM = 'https://openreview.net/forum?id=';

export const arxivUrl = (id: string): string => `${ARXIV_ABS}${id}`;
export const arxivPdfUrl = (id: string): string => `https://arxiv.org/pdf/${id}`;
export const openreviewUrl = (id: string): string => `${OPENREVIEW_FORUM}${encodeURIComponent(id)}`;

/** The file of an entry in GitHub's editor, on `branch` of `repository` (an https URL). */
export const editUrl = (repository: string, branch: string, path: string): string =>
  `${repository}/edit/${encodeURIComponent(branch)}/${path.split('/').map(encodeURIComponent).join('/')}`;

/** The "Wrong metadata" issue form, its Paper field filled with the entry's page and file. */
export const reportUrl = (repository: string, slug: string, page: string, file: string): string =>
  `${repository}/issues/new?${new URLSearchParams({
    template: 'wrong-metadata.yml',
    title: `[Metadata] ${slug}`,
    paper: `${page} (${file})`,
  }).toString()}`;

/** GitHub's "new file" form for a translation: `folder/<slug>.md` on `branch`, to be filled in by the translator. */
export const newFileUrl = (repository: string, branch: string, folder: string, fileName: string): string =>
  `${repository}/new/${encodeURIComponent(branch)}/${folder.split('/').map(encodeURIComponent).join('/')}?${new URLSearchParams({ filename: fileName }).toString()}`;
