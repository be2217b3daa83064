// papers-index.json (and zh/papers-index.json): the compact index the home page's filter loads lazily for
// large catalogues, with each tldr in the page's language where it has been translated.
import type { APIRoute } from 'astro';
import { DEFAULT_LOCALE, locales } from '../../i18n/locales.ts';
import { pageLanguage } from '../../i18n/page.ts';
import { linkTable, paperData } from '../../lib/fields.ts';
import { paperIndex } from '../../lib/paper-index.ts';
import { allPapers, tldrIn } from '../../lib/papers.ts';
import { localePaths } from '../../lib/paths.ts';
import { hasInlineMath, inlineMathHtml } from '../../markdown/inline-math.ts';
import { paperFields } from '../../schema.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ url }) => {
  const { locale } = pageLanguage(url);
  const english: string[] = [];
  const papers = await Promise.all(
    (await allPapers()).map(async (paper) => {
      const tldr = await tldrIn(paper, locale);
      if (locale !== DEFAULT_LOCALE && tldr.lang !== locales[locale].lang) english.push(paper.id);
      return { slug: paper.id, data: { ...paperData(paper.data), tldr: tldr.text } };
    }),
  );
  const tldrHtml = Object.fromEntries(
    papers.flatMap(({ slug, data }) => (hasInlineMath(data.tldr) ? [[slug, inlineMathHtml(data.tldr)]] : [])),
  );
  const index = paperIndex(papers, paperFields, linkTable, tldrHtml, english);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
