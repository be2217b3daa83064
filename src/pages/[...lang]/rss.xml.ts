// The feed of each language: one item per paper, most recently added first, with the paper's tldr in the
// feed's language where it has been translated.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { locales } from '../../i18n/locales.ts';
import { pageLanguage } from '../../i18n/page.ts';
import { allPapers, tldrIn } from '../../lib/papers.ts';
import { localePaths } from '../../lib/paths.ts';
import { plainText } from '../../markdown/inline-math.ts';
import { homeUrl, paperUrl } from '../../lib/urls.ts';
import { site as settings } from '../../site.config.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ site, url }) => {
  const { locale, t, site: texts } = pageLanguage(url);
  const papers = [...(await allPapers())].sort(
    (a, b) => b.data.added.getTime() - a.data.added.getTime() || a.id.localeCompare(b.id),
  );
  const items = await Promise.all(
    papers.map(async (paper) => {
      const { id, data } = paper;
      const tldr = await tldrIn(paper, locale);
      return {
        title: data.short ? `${data.short}: ${data.title}` : data.title,
        link: paperUrl(id, locale),
        pubDate: data.added,
        description: t.feed.item(plainText(tldr.text), data.authors.join(', '), `${data.venue} ${data.year}`),
        categories: [...data.domains, ...data.tags],
      };
    }),
  );
  return rss({
    title: settings.name,
    description: texts.feedDescription,
    // The channel link is the language's home, base path included (items are resolved against `site` by rss()).
    site: new URL(homeUrl(locale), site ?? settings.siteUrl).href,
    items,
    customData: `<language>${locales[locale].lang}</language>`,
  });
};
