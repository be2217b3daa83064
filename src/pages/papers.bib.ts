// dist/papers.bib: every paper as BibTeX, newest first, with the same keys as the paper pages.
import type { APIRoute } from 'astro';
import { bibtexFile } from '../lib/bibtex.ts';
import { allPapers } from '../lib/papers.ts';

export const GET: APIRoute = async () =>
  new Response(bibtexFile(await allPapers()), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
