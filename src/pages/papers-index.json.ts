// dist/papers-index.json: the compact index the home page's filter loads lazily for large catalogues.
import type { APIRoute } from 'astro';
import { linkTable, paperData } from '../lib/fields.ts';
import { paperIndex } from '../lib/paper-index.ts';
import { hasInlineMath, inlineMathHtml } from '../markdown/inline-math.ts';
import { allPapers } from '../lib/papers.ts';
import { paperFields } from '../schema.ts';

export const GET: APIRoute = async () => {
  const papers = (await allPapers()).map((p) => ({ slug: p.id, data: paperData(p.data) }));
  const tldrHtml = Object.fromEntries(
    papers.flatMap(({ slug, data }) => (hasInlineMath(data.tldr) ? [[slug, inlineMathHtml(data.tldr)]] : [])),
  );
  const index = paperIndex(papers, paperFields, linkTable, tldrHtml);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
