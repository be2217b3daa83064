/**
 * Every interface string of the site, in each language: components, pages, feeds and the browser's filter
 * read them from here and never spell a sentence of their own. Numbers and dates are formatted with `Intl`
 * for the language (see `format` below; counts in templates: src/i18n/template.ts). The list's own sentences (heading, topic, about) are site
 * settings (src/site.config.ts); facet values' names are vocabulary (src/data/). Adding a language is one
 * more object of the same shape (the type checker names any missing string) and one entry in locales.ts.
 */
import type { VenueKind } from '../data/venues.ts';
import type { FacetKey } from '../lib/facets.ts';
import { locales, type Locale } from './locales.ts';
import { fill, type Plural, type TemplateLanguage } from './template.ts';

/** Formatters for one language. */
export interface Format {
  /** A count, grouped as the language groups digits. */
  number(value: number): string;
  /** A day (YYYY-MM-DD, UTC) written out: "27 November 2026", "2026年11月27日". */
  day(value: Date): string;
}

export function format(locale: Locale): Format {
  const lang = locales[locale].lang;
  const numbers = new Intl.NumberFormat(lang);
  const days = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    number: (value) => numbers.format(value),
    day: (value) => days.format(value),
  };
}

const en = format('en');
const zh = format('zh');

/** Nouns that follow a count, by plural form (src/i18n/template.ts). */
const nounsEn: Record<'papers' | 'authors', Plural> = {
  papers: { one: '# paper', other: '# papers' },
  authors: { one: '# author', other: '# authors' },
};
const nounsZh: Record<keyof typeof nounsEn, Plural> = {
  papers: { other: '# 篇论文' },
  authors: { other: '# 位作者' },
};

/** "1 paper", "24 papers". */
const papersEn = (count: number): string => fill('{n|papers}', { n: count }, { lang: 'en', nouns: nounsEn });
/** "24 篇论文". */
const papersZh = (count: number): string => fill('{n|papers}', { n: count }, { lang: 'zh-CN', nouns: nounsZh });

/**
 * The filter's status lines as templates (src/lib/filter-status.ts decides which applies). `{query}` is
 * `withQuery` filled with the search words, or `withoutQuery`.
 */
export interface StatusWords {
  readonly all: string;
  readonly allListed: string;
  readonly matchedListed: string;
  readonly matched: string;
  readonly withQuery: string;
  readonly withoutQuery: string;
  readonly firstPage: string;
  readonly searchUnavailable: string;
  readonly indexFailed: string;
}

/** What the browser's filter says, in one language: handed to it as data by the page (data-words). */
export interface ClientWords extends TemplateLanguage {
  readonly status: StatusWords;
  /** A card's shortened author list: `{authors}` and `{count|authors}`. */
  readonly etAl: string;
  /** Before a chip's label, for screen readers. */
  readonly remove: string;
  /** Link texts by field, where the language has its own. */
  readonly links: Readonly<Record<string, { label: string; pageLabel: string }>>;
}

/** A sentence around a link: the text before it, the link's text, the text after it. */
type Around = readonly [string, string, string];

const english = {
  skipLink: 'Skip to content',
  nav: {
    label: 'Main',
    papers: 'Papers',
    map: 'Map',
    stats: 'Stats',
    background: 'Background',
  },
  language: {
    /** The switch's accessible name. */
    label: 'Language',
  },
  theme: { dark: 'Dark theme' },
  footer: { data: 'Data', feed: 'RSS feed' },
  facets: {
    venue: { label: 'Venue', plural: 'Venues' },
    year: { label: 'Year', plural: 'Years' },
    domain: { label: 'Domain', plural: 'Domains' },
    tag: { label: 'Tag', plural: 'Tags' },
  } satisfies Record<FacetKey, { label: string; plural: string }>,
  venueKinds: {
    conference: 'conference',
    journal: 'journal',
    workshop: 'workshop',
    preprint: 'preprint',
  } satisfies Record<VenueKind, string>,
  papers: papersEn,
  nouns: nounsEn,
  home: {
    description: (count: number, listOf: string) =>
      `A curated reading list of ${en.number(count)} ${listOf}, by venue, year, domain and topic.`,
    lede: (count: number) => `${papersEn(count)}, newest first, each with a short summary and its key objective.`,
  },
  allPages: {
    heading: 'All papers',
    description: (page: number, total: number, topic: string) =>
      `Page ${en.number(page)} of ${en.number(total)} ${topic} papers, newest first.`,
    lede: 'Newest first',
  },
  paging: {
    label: 'Pages',
    previous: '← Previous',
    next: 'Next →',
    ofPages: (page: number, pages: number) => ` (page ${en.number(page)} of ${en.number(pages)})`,
  },
  filter: {
    search: 'Search papers',
    placeholder: 'Title, author, method… (press /)',
    sort: 'Sort',
    newest: 'Newest first',
    oldest: 'Oldest first',
    title: 'Title A–Z',
    clear: 'Clear filters',
    download: 'Download shown as BibTeX',
    facets: 'Filters',
    /** After a count badge, for screen readers. */
    countSuffix: ' papers',
    active: 'Active filters',
    remove: 'Remove filter: ',
    empty: 'No paper matches these filters. Try removing one, or clear them all.',
    more: 'Show more papers',
  },
  status: {
    all: 'Showing all {total|papers}.',
    allListed: 'Showing {listed} of all {total|papers}.',
    matchedListed: 'Showing {listed} of {matched|papers}{query} ({total} in all).',
    matched: 'Showing {matched} of {total|papers}{query}.',
    withQuery: ' matching “{query}”',
    withoutQuery: '',
    firstPage: 'Showing the {listed} newest of {total|papers}.',
    searchUnavailable: 'Search is unavailable ({reason}).',
    indexFailed: 'The paper index could not be loaded ({reason}).',
  } as StatusWords,
  card: {
    /** "A, B, C et al. (24 authors)". */
    etAl: '{authors} et al. ({count|authors})',
  },
  /** Link texts by field (src/schema.ts's link fields); a field missing here keeps its registry label. */
  links: {} as Readonly<Record<string, { label: string; pageLabel: string }>>,
  paper: {
    short: 'Short name',
    venue: 'Venue',
    year: 'Year',
    domains: 'Domains',
    tags: 'Tags',
    links: 'Links',
    noCode: 'No official code listed',
    added: 'Added',
    summaryOf: (heading: string) => `Summary of ${heading}`,
    lineage: 'In the lineage',
    buildsOn: 'Builds on',
    builtUponBy: 'Built upon by',
    neighbourhood: 'Its neighbourhood on the map',
    /** The neighbourhood map's caption, around a link to the whole map. */
    neighbourhoodCaption: ['Two steps back and forward on the ', 'map of the field', '.'] as Around,
    edit: 'Edit this entry',
    report: 'Report a problem',
    cite: 'Cite',
    copy: 'Copy BibTeX',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Copying failed: select the text and copy it by hand.',
    /** Shown where a paper has no text in the page's language yet (never in the default language). */
    untranslated: ['', '', ''] as Around,
  },
  facetPages: {
    venueDescription: (count: number, venue: string, topic: string) =>
      `${en.number(count)} ${topic} papers published at ${venue}.`,
    yearHeading: (year: number) => `Papers of ${year}`,
    yearDescription: (count: number, year: number, topic: string) =>
      `${en.number(count)} ${topic} papers published in ${year}.`,
    domainDescription: (count: number, domain: string, topic: string) =>
      `${en.number(count)} ${topic} papers in ${domain.toLowerCase()}.`,
    tagDescription: (count: number, tag: string, topic: string) => `${en.number(count)} ${topic} papers tagged ${tag}.`,
    indexDescription: {
      venue: (topic: string) => `${capitalise(topic)} papers by publication venue.`,
      year: (topic: string) => `${capitalise(topic)} papers by year of publication.`,
      domain: (topic: string) => `${capitalise(topic)} papers by research domain.`,
      tag: (topic: string) => `${capitalise(topic)} papers by topic.`,
    } satisfies Record<FacetKey, (topic: string) => string>,
    venueLede: (name: string, count: number) => `${name} · ${papersEn(count)}`,
    editionDescription: (count: number, edition: string, topic: string) =>
      `${en.number(count)} ${topic} papers from ${edition}.`,
    allOfVenue: (venue: string) => `all ${venue} papers`,
  },
  map: {
    title: 'Map of the field',
    description: 'Which paper builds on which: every builds_on edge of the list, by year.',
    lede: (papers: number, links: number) =>
      `${papersEn(papers)} and ${en.number(links)} links: an arrow runs from a paper to the one that builds on it, papers stand in the column of their year, colours are domains. Each paper is a link.`,
    byDomain: 'Maps by domain',
    figure: 'The map (scrolls sideways)',
    caption: 'The same links as a list follow below.',
    lineages: 'Lineages',
    listedAbove: 'listed above',
    domainTitle: (domain: string) => `Map: ${domain}`,
    domainDescription: (domain: string) => `Which ${domain.toLowerCase()} paper builds on which, by year.`,
    domainLede: (papers: number, links: number, domain: string) =>
      `${papersEn(papers)} and ${en.number(links)} links within ${domain.toLowerCase()}.`,
    whole: 'The whole map',
    domainFigure: (domain: string) => `The map of ${domain.toLowerCase()} (scrolls sideways)`,
  },
  stats: {
    title: 'Statistics',
    description: (count: number) => `The ${papersEn(count)} of the list by year, domain, venue and tag.`,
    lede: (count: number) => `${papersEn(count)}. Each chart is followed by its numbers.`,
    perYear: 'Papers per year, by domain',
    perYearChart: 'Papers per year, stacked by domain',
    twoDomains: 'A paper in two domains counts in both.',
    perYearTable: 'Papers per year and domain (table)',
    perYearCaption: 'Papers per year and domain',
    year: 'Year',
    papers: 'Papers',
    perVenue: 'Papers per venue',
    venue: 'Venue',
    perTag: 'Papers per tag',
    tag: 'Tag',
  },
  notFound: {
    title: 'Page not found',
    description: (site: string) => `This page does not exist on ${site}.`,
    /** Text, link to the full list, text, link to the venues, text. */
    text: [
      'No page lives at this address. Papers may have moved when an entry was renamed: start from the ',
      'full list',
      ' or browse by ',
      'venue',
      '.',
    ] as readonly [string, string, string, string, string],
  },
  feed: {
    item: (tldr: string, authors: string, edition: string) => `${tldr} ${authors} (${edition}).`,
  },
};

export type Messages = typeof english;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const chinese: Messages = {
  skipLink: '跳到正文',
  nav: {
    label: '主导航',
    papers: '论文',
    map: '图谱',
    stats: '统计',
    background: '背景',
  },
  language: { label: '语言' },
  theme: { dark: '深色主题' },
  footer: { data: '数据', feed: 'RSS 订阅' },
  facets: {
    venue: { label: '会议/期刊', plural: '会议与期刊' },
    year: { label: '年份', plural: '年份' },
    domain: { label: '领域', plural: '领域' },
    tag: { label: '标签', plural: '标签' },
  },
  venueKinds: {
    conference: '会议',
    journal: '期刊',
    workshop: '研讨会',
    preprint: '预印本',
  },
  papers: papersZh,
  nouns: nounsZh,
  home: {
    description: (count, listOf) =>
      `一份精选阅读清单，收录 ${zh.number(count)} 篇${listOf}，可按会议、年份、领域和主题浏览。`,
    lede: (count) => `共 ${papersZh(count)}，最新的在前，每篇附简短摘要和核心目标函数。`,
  },
  allPages: {
    heading: '全部论文',
    description: (page, total, topic) => `${zh.number(total)} 篇${topic}论文的第 ${zh.number(page)} 页，最新的在前。`,
    lede: '最新的在前',
  },
  paging: {
    label: '分页',
    previous: '← 上一页',
    next: '下一页 →',
    ofPages: (page, pages) => `（第 ${zh.number(page)} 页，共 ${zh.number(pages)} 页）`,
  },
  filter: {
    search: '搜索论文',
    placeholder: '标题、作者、方法……（按 / 键）',
    sort: '排序',
    newest: '最新的在前',
    oldest: '最早的在前',
    title: '按标题 A–Z',
    clear: '清除筛选',
    download: '下载所列论文的 BibTeX',
    facets: '筛选',
    countSuffix: ' 篇论文',
    active: '已选筛选条件',
    remove: '移除筛选：',
    empty: '没有论文符合这些筛选条件。请去掉一个条件，或全部清除。',
    more: '显示更多论文',
  },
  status: {
    all: '显示全部 {total|papers}。',
    allListed: '显示全部 {total|papers}中的 {listed} 篇。',
    matchedListed: '{query} {matched|papers}中显示 {listed} 篇（共 {total} 篇）。',
    matched: '显示 {total|papers}中{query} {matched} 篇。',
    withQuery: '与“{query}”匹配的',
    withoutQuery: '符合条件的',
    firstPage: '显示 {total|papers}中最新的 {listed} 篇。',
    searchUnavailable: '搜索暂不可用（{reason}）。',
    indexFailed: '无法加载论文索引（{reason}）。',
  },
  card: {
    etAl: '{authors} 等（共 {count|authors}）',
  },
  links: {
    url: { label: '论文', pageLabel: '论文页面' },
    code: { label: '代码', pageLabel: '官方代码' },
  },
  paper: {
    short: '简称',
    venue: '会议/期刊',
    year: '年份',
    domains: '领域',
    tags: '标签',
    links: '链接',
    noCode: '未列出官方代码',
    added: '收录日期',
    summaryOf: (heading) => `${heading} 的摘要`,
    lineage: '研究脉络',
    buildsOn: '基于',
    builtUponBy: '后续工作',
    neighbourhood: '它在图谱中的邻域',
    neighbourhoodCaption: ['', '领域图谱', '中向前和向后各两步的范围。'],
    edit: '编辑此条目',
    report: '报告问题',
    cite: '引用',
    copy: '复制 BibTeX',
    copied: '已复制到剪贴板。',
    copyFailed: '复制失败：请选中文本后手动复制。',
    untranslated: ['这篇论文还没有中文摘要，下面是英文原文。欢迎', '贡献翻译', '。'],
  },
  facetPages: {
    venueDescription: (count, venue, topic) => `发表于 ${venue} 的 ${zh.number(count)} 篇${topic}论文。`,
    yearHeading: (year) => `${year} 年的论文`,
    yearDescription: (count, year, topic) => `${year} 年发表的 ${zh.number(count)} 篇${topic}论文。`,
    domainDescription: (count, domain, topic) => `${domain}领域的 ${zh.number(count)} 篇${topic}论文。`,
    tagDescription: (count, tag, topic) => `标签为 ${tag} 的 ${zh.number(count)} 篇${topic}论文。`,
    indexDescription: {
      venue: (topic) => `按发表会议或期刊浏览${topic}论文。`,
      year: (topic) => `按发表年份浏览${topic}论文。`,
      domain: (topic) => `按研究领域浏览${topic}论文。`,
      tag: (topic) => `按主题浏览${topic}论文。`,
    },
    venueLede: (name, count) => `${name} · ${papersZh(count)}`,
    editionDescription: (count, edition, topic) => `${edition} 的 ${zh.number(count)} 篇${topic}论文。`,
    allOfVenue: (venue) => `${venue} 的全部论文`,
  },
  map: {
    title: '领域图谱',
    description: '哪篇论文基于哪篇：清单中全部 builds_on 关系，按年份排列。',
    lede: (papers, links) =>
      `${papersZh(papers)}，${zh.number(links)} 条关系：箭头从一篇论文指向基于它的论文，论文按年份分列，颜色表示领域。每篇论文都是一个链接。`,
    byDomain: '各领域的图谱',
    figure: '图谱（可横向滚动）',
    caption: '下面以列表形式给出同样的关系。',
    lineages: '研究脉络',
    listedAbove: '见上文',
    domainTitle: (domain) => `图谱：${domain}`,
    domainDescription: (domain) => `${domain}领域中哪篇论文基于哪篇，按年份排列。`,
    domainLede: (papers, links, domain) => `${domain}领域内的 ${papersZh(papers)}和 ${zh.number(links)} 条关系。`,
    whole: '完整图谱',
    domainFigure: (domain) => `${domain}领域的图谱（可横向滚动）`,
  },
  stats: {
    title: '统计',
    description: (count) => `清单中 ${papersZh(count)}按年份、领域、会议和标签的统计。`,
    lede: (count) => `共 ${papersZh(count)}。每张图后附有对应的数字。`,
    perYear: '每年论文数（按领域）',
    perYearChart: '每年论文数，按领域堆叠',
    twoDomains: '属于两个领域的论文在两个领域中各计一次。',
    perYearTable: '每年各领域的论文数（表格）',
    perYearCaption: '每年各领域的论文数',
    year: '年份',
    papers: '论文数',
    perVenue: '各会议/期刊的论文数',
    venue: '会议/期刊',
    perTag: '各标签的论文数',
    tag: '标签',
  },
  notFound: {
    title: '页面不存在',
    description: (site) => `${site} 上没有这个页面。`,
    text: ['这个地址没有页面。条目改名后论文页面可能已经移动：请从', '全部论文', '开始，或按', '会议/期刊', '浏览。'],
  },
  feed: {
    item: (tldr, authors, edition) => `${tldr} ${authors}（${edition}）。`,
  },
};

const dictionaries: { readonly [L in Locale]: Messages } = { en: english, zh: chinese };

/** The interface strings of `locale`. */
export const ui = (locale: Locale): Messages => dictionaries[locale];

const clientDictionaries = new Map<Locale, ClientWords>();

/** The words the browser's filter needs in `locale`, as data for the page to hand over (made once: every card asks). */
export function clientWords(locale: Locale): ClientWords {
  let words = clientDictionaries.get(locale);
  if (!words) {
    const t = ui(locale);
    words = {
      lang: locales[locale].lang,
      nouns: t.nouns,
      status: t.status,
      etAl: t.card.etAl,
      remove: t.filter.remove,
      links: t.links,
    };
    clientDictionaries.set(locale, words);
  }
  return words;
}
