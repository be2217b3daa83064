/** Links to paper pages on other sites. Separate from urls.ts so Node tooling can use them without Astro's env. */
export const arxivUrl = (id: string): string => `https://arxiv.org/abs/${id}`;
export const arxivPdfUrl = (id: string): string => `https://arxiv.org/pdf/${id}`;
export const openreviewUrl = (id: string): string => `https://openreview.net/forum?id=${encodeURIComponent(id)}`;
