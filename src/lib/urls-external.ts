/** Links to paper pages on other sites. Separate from urls.ts so Node tooling can use them without Astro's env. */
export const ARXIV_ABS = 'https://arxiv.org/abs/';
export const OPENREVIEW_FORUM = 'https://openreview.net/forum?id=';

export const arxivUrl = (id: string): string => `${ARXIV_ABS}${id}`;
export const arxivPdfUrl = (id: string): string => `https://arxiv.org/pdf/${id}`;
export const openreviewUrl = (id: string): string => `${OPENREVIEW_FORUM}${encodeURIComponent(id)}`;
