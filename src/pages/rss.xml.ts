// The feed: one item per paper, most recently added first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allPapers } from '../lib/papers.ts';
import { plainText } from '../markdown/inline-math.ts';
import { homeUrl, paperUrl } from '../lib/urls.ts';
import { site as settings } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const papers = [...(await allPapers())].sort(
    (a, b) => b.data.added.getTime() - a.data.added.getTime() || a.id.localeCompare(b.id),
  );
  return rss({
    title: settings.name,
    description: settings.feedDescription,
    // The channel link is the site's home, base path included (items are resolved against `site` by rss()).
    site: new URL(homeUrl(), site ?? settings.siteUrl).href,
    items: papers.map(({ id, data }) => ({
      title: data.short ? `${data.short}: ${data.title}` : data.title,
      link: paperUrl(id),
      pubDate: data.added,
      description: `${plainText(data.tldr)} ${data.authors.join(', ')} (${data.venue} ${data.year}).`,
      categories: [...data.domains, ...data.tags],
    })),
    customData: '<language>en</language>',
  });
};
