/** The domain registry: the fixed set of research domains a paper can belong to. */
import type { Locale } from '../i18n/locales.ts';

export interface Domain {
  /** The domain's name in English, and in the site's other languages (English where one is missing). */
  readonly label: string;
  readonly labels?: { readonly [L in Locale]?: string };
  /** URL segment under /domains/. */
  readonly slug: string;
}

export const domains = {
  vision: { label: 'Computer vision', slug: 'vision', labels: { zh: '计算机视觉' } },
  nlp: { label: 'Natural language', slug: 'nlp', labels: { zh: '自然语言处理' } },
  audio: { label: 'Audio and speech', slug: 'audio', labels: { zh: '音频与语音' } },
  video: { label: 'Video', slug: 'video', labels: { zh: '视频' } },
  multimodal: { label: 'Multimodal', slug: 'multimodal', labels: { zh: '多模态' } },
  graph: { label: 'Graphs', slug: 'graph', labels: { zh: '图学习' } },
  tabular: { label: 'Tabular data', slug: 'tabular', labels: { zh: '表格数据' } },
  recsys: { label: 'Recommender systems', slug: 'recsys', labels: { zh: '推荐系统' } },
  general: { label: 'General / theory', slug: 'general', labels: { zh: '通用与理论' } },
} as const satisfies Record<string, Domain>;

export type DomainId = keyof typeof domains;

export const domainIds = Object.keys(domains) as [DomainId, ...DomainId[]];
