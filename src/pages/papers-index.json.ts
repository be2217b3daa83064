// dist/papers-index.json: the compact index the home page's filter loads lazily for large catalogues.
import type { APIRoute } from 'astro';
import { paperData } from '../lib/fields.ts';
import { paperIndex } from '../lib/paper-index.ts';
import { allPapers } from '../lib/papers.ts';

export const GET: APIRoute = async () => {
  const index = paperIndex((await allPapers()).map((p) => ({ slug: p.id, data: paperData(p.data) })));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
