/** The domain registry: the fixed set of research domains a paper can belong to. */

export interface Domain {
  readonly label: string;
  /** URL segment under /domains/. */
  readonly slug: string;
}

export const domains = {
  vision: { label: 'Computer vision', slug: 'vision' },
  nlp: { label: 'Natural language', slug: 'nlp' },
  audio: { label: 'Audio and speech', slug: 'audio' },
  video: { label: 'Video', slug: 'video' },
  multimodal: { label: 'Multimodal', slug: 'multimodal' },
  graph: { label: 'Graphs', slug: 'graph' },
  tabular: { label: 'Tabular data', slug: 'tabular' },
  recsys: { label: 'Recommender systems', slug: 'recsys' },
  general: { label: 'General / theory', slug: 'general' },
} as const satisfies Record<string, Domain>;

export type DomainId = keyof typeof domains;

export const domainIds = Object.keys(domains) as [DomainId, ...DomainId[]];
