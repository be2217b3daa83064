/** Made-up paper inputs for unit tests: PCL's real metadata as a base, any field overridable. */
import { PaperSchema } from '../../src/schema.ts';

/** Raw frontmatter of a valid entry, as a contributor would write it. */
export const VALID_INPUT = {
  title: 'Prototypical Contrastive Learning of Unsupervised Representations',
  tldr: 'Adds k-means prototypes to instance discrimination through an EM view and a ProtoNCE loss.',
  authors: ['Junnan Li', 'Pan Zhou'],
  venue: 'ICLR',
  year: 2021,
  domains: ['vision'],
  arxiv: '2005.04966',
  added: '2026-11-27',
} as const;

/** A validated entry `{ id, data }` built from VALID_INPUT with `fields` overriding it. */
export function fabricatedPaper(id: string, fields: Record<string, unknown> = {}) {
  return { id, data: PaperSchema.parse({ ...VALID_INPUT, added: '2026-01-01', ...fields }) };
}
