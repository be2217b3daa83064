// dist/papers.json: every paper's metadata and BibTeX, newest first.
import type { APIRoute } from 'astro';
import { exportPapers } from '../lib/exports.ts';
import { allPapers } from '../lib/papers.ts';
import { paperUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const papers = exportPapers(await allPapers(), (slug) => new URL(paperUrl(slug), site).href);
  return new Response(`${JSON.stringify({ papers }, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
