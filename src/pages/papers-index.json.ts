// dist/papers-index.json: the compact index the home page's filter loads lazily for large catalogues.
import type { APIRoute } from 'astro';
import { toIndexRow, type PaperIndex } from '../lib/paper-index.ts';
import { allPapers } from '../lib/papers.ts';

export const GET: APIRoute = async () => {
  const index: PaperIndex = {
    version: 1,
    rows: (await allPapers()).map((p) =>
      toIndexRow(p.id, { ...p.data, added: p.data.added.toISOString().slice(0, 10) }),
    ),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
