/**
 * A seeded, deterministic synthetic catalogue for the benchmark: schema-valid entries whose venues, years,
 * domains and tags are spread like a real list, with ~250-word bodies carrying two display formulas and a few
 * inline ones. Every formula embeds the paper's index, so no two papers share one (no cache can cheat).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainIds } from '../src/data/domains.ts';
import { tagVocabulary } from '../src/data/tags.ts';

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, weight] of table) {
    r -= weight;
    if (r <= 0) return value;
  }
  return table[table.length - 1]![0];
}
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

// Shares roughly like the real catalogue: the big ML/vision venues dominate, with a long tail.
const VENUES = [
  ['NeurIPS', 18],
  ['ICLR', 16],
  ['ICML', 12],
  ['CVPR', 12],
  ['ICCV', 6],
  ['ECCV', 5],
  ['ACL', 4],
  ['EMNLP', 4],
  ['NAACL', 2],
  ['AAAI', 3],
  ['KDD', 2],
  ['WWW', 2],
  ['SIGIR', 2],
  ['TPAMI', 2],
  ['TMLR', 2],
  ['arXiv', 8],
] as const;
const YEARS = [
  [2018, 3],
  [2019, 5],
  [2020, 10],
  [2021, 14],
  [2022, 14],
  [2023, 13],
  [2024, 12],
  [2025, 10],
  [2026, 4],
] as const;
const FIRST = [
  'Wei',
  'Anna',
  'Jun',
  'Maria',
  'Li',
  'Ahmed',
  'Sofia',
  'Kenji',
  'Zoë',
  'Lukas',
  'Priya',
  'Omar',
  'Chen',
  'Elena',
];
const LAST = [
  'Zhang',
  'Müller',
  'Kim',
  'Garcia',
  'Wang',
  'Nguyen',
  'Rossi',
  'Tanaka',
  'Okafor',
  'Novak',
  'Singh',
  'Li',
  'Dubois',
];
const ADJECTIVES = [
  'Robust',
  'Scalable',
  'Efficient',
  'Hierarchical',
  'Adaptive',
  'Decoupled',
  'Prototypical',
  'Momentum',
  'Sparse',
  'Spectral',
  'Debiased',
  'Multi-View',
];
const NOUNS = [
  'Contrastive Learning',
  'Representation Learning',
  'Self-Supervision',
  'Instance Discrimination',
  'Negative Sampling',
  'View Generation',
  'Pre-Training',
  'Embedding Alignment',
];
const TARGETS = [
  'Images',
  'Graphs',
  'Sentences',
  'Speech',
  'Video',
  'Point Clouds',
  'Tabular Data',
  'Recommendation',
  'Medical Scans',
  'Code',
];
const FILLER = [
  'The method builds two views of every sample and asks the encoder to map them close together.',
  'Negatives come from the same mini-batch, so no memory bank is needed during training.',
  'A projection head separates the space where the loss is computed from the representation that is kept.',
  'The authors study how the temperature changes the weight given to the hardest negatives.',
  'Ablations show that stronger augmentations help only when the encoder is large enough.',
  'Linear probing and low-shot transfer both improve over the instance-discrimination baseline.',
  'The objective can be read as a lower bound on the mutual information between the two views.',
  'Training is stable without a momentum encoder once the features are normalised.',
  'Clustering the embeddings every epoch gives prototypes that act as extra positives.',
  'The paper also reports results on detection and segmentation after fine-tuning.',
  'False negatives are down-weighted with an estimate of the class prior.',
  'A careful comparison keeps the compute budget fixed across all baselines.',
];

export interface SyntheticOptions {
  readonly count: number;
  readonly seed?: number;
}

/**
 * Up to two earlier entries (among the 40 before) published the same year or before, picked by index so the
 * random draws stay the same: a lineage as dense as the real list's (most papers build on one or two others).
 */
function predecessors(n: number, year: number, earlier: readonly { slug: string; year: number }[]): string[] {
  const window = earlier.slice(-40);
  const fit = window.filter((e) => e.year <= year);
  if (fit.length === 0 || n % 4 === 0) return [];
  const first = fit[(n * 7) % fit.length]!.slug;
  const second = fit[(n * 13) % fit.length]!.slug;
  return n % 3 === 0 && second !== first ? [first, second] : [first];
}

/** The text of synthetic entry `index` (0-based): frontmatter plus body; `earlier` are the entries before it. */
export function syntheticEntry(
  index: number,
  random: Random,
  earlier: readonly { slug: string; year: number }[] = [],
): { slug: string; year: number; text: string } {
  const n = index + 1;
  const slug = `synthetic-${String(n).padStart(5, '0')}`;
  const venue = weighted(random, VENUES);
  const year = weighted(random, YEARS);
  const title = `${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} for ${pick(random, TARGETS)} ${n}`;
  const authors = Array.from(
    { length: 2 + Math.floor(random() * 5) },
    () => `${pick(random, FIRST)} ${pick(random, LAST)}`,
  );
  const domains = sample(random, domainIds, 1 + Math.floor(random() * 2));
  const tags = sample(random, Object.keys(tagVocabulary), 2 + Math.floor(random() * 3));
  const yy = String(Math.max(year, 2018) % 100).padStart(2, '0');
  const month = String(1 + (n % 12)).padStart(2, '0');
  const arxiv = `${yy}${month}.${String(n).padStart(5, '0')}`;
  const tau = (0.05 + (n % 90) / 100).toFixed(2);
  const k = 64 + (n % 4096);
  const sentences = Array.from({ length: 14 }, () => pick(random, FILLER));
  const body = [
    `This synthetic entry ${n} stands in for a real summary. ${sentences.slice(0, 4).join(' ')} With temperature $\\tau = ${tau}$ and $K = ${k}$ negatives per query, the loss for an anchor $x_{${n}}$ is`,
    `$$\n\\mathcal{L}_{${n}} = -\\log \\frac{\\exp(s(x_{${n}}, x^{+}) / ${tau})}{\\exp(s(x_{${n}}, x^{+}) / ${tau}) + \\sum_{j=1}^{${k}} \\exp(s(x_{${n}}, x_j) / ${tau})}\n$$`,
    `${sentences.slice(4, 8).join(' ')} Each prototype $c_{${n}}$ gets its own concentration, estimated from the $Z_{${n}}$ features assigned to it:`,
    `$$\n\\phi_{${n}} = \\frac{\\sum_{z=1}^{Z_{${n}}} \\lVert v_z - c_{${n}} \\rVert_2}{Z_{${n}} \\log(Z_{${n}} + ${10 + (n % 7)})}\n$$`,
    `${sentences.slice(8, 14).join(' ')} The mixing weight $\\lambda_{${n}} \\sim \\mathrm{Beta}(${1 + (n % 5)}, ${1 + (n % 3)})$ completes the recipe.`,
  ].join('\n\n');
  const frontmatter = [
    '---',
    `title: "${title}"`,
    // Not drawn from the random stream (so the other draws stay the same), but different for every paper.
    `tldr: "Learns ${title.toLowerCase()} with a contrastive objective over ${2 + (n % 7)} views per sample."`,
    'authors:',
    ...authors.map((a) => `  - ${a}`),
    `venue: ${venue}`,
    `year: ${year}`,
    `domains: [${domains.join(', ')}]`,
    `tags: [${tags.join(', ')}]`,
    `builds_on: [${predecessors(n, year, earlier).join(', ')}]`,
    `arxiv: "${arxiv}"`,
    // Like the real list, some entries have a short name, an OpenReview forum or code (by index, so the
    // random draws above stay the same).
    ...(n % 3 === 0 ? [`short: SYN-${n}`] : []),
    ...(n % 5 === 0 ? [`openreview: Syn${String(n).padStart(6, '0')}x`] : []),
    ...(n % 2 === 0 ? [`code: https://github.com/synthetic-lab/paper-${n}`] : []),
    `added: 2026-${month}-${String(1 + (n % 28)).padStart(2, '0')}`,
    '---',
  ].join('\n');
  return { slug, year, text: `${frontmatter}\n${body}\n` };
}

/** Writes `count` entries into a fresh `dir`. */
export function writeCorpus(dir: string, { count, seed = 42 }: SyntheticOptions): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  const written: { slug: string; year: number }[] = [];
  for (let i = 0; i < count; i++) {
    const { slug, year, text } = syntheticEntry(i, random, written);
    writeFileSync(join(dir, `${slug}.md`), text);
    written.push({ slug, year });
  }
}
