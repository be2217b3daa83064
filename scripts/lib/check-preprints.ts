/**
 * Preprints that have since been published: for each entry whose venue is a preprint, arXiv's journal
 * reference and DOI. The scheduled workflow (.github/workflows/preprints.yml) puts the report in one issue.
 */
import type { Lookup } from './sources.ts';

export interface PreprintEntry {
  readonly slug: string;
  readonly path: string;
  readonly arxiv: string;
  readonly title: string;
}

export interface Published {
  readonly entry: PreprintEntry;
  readonly journalRef?: string | undefined;
  readonly doi?: string | undefined;
}

export interface PreprintReport {
  readonly published: Published[];
  /** Entries that could not be looked up (network, rate limit): checked again next time. */
  readonly unchecked: { entry: PreprintEntry; reason: string }[];
}

export async function findPublished(
  entries: readonly PreprintEntry[],
  lookup: (id: string) => Promise<Lookup>,
): Promise<PreprintReport> {
  const published: Published[] = [];
  const unchecked: { entry: PreprintEntry; reason: string }[] = [];
  for (const entry of entries) {
    const result = await lookup(entry.arxiv);
    if (!result.ok) {
      unchecked.push({ entry, reason: `${result.failure}: ${result.detail}` });
      continue;
    }
    const { published: journalRef, doi } = result.metadata;
    if (journalRef || doi) published.push({ entry, journalRef, doi });
  }
  return { published, unchecked };
}

/** The body, in Markdown. */
export function reportMarkdown(report: PreprintReport, checked: number): string {
  const lines = [
    `Entries listed as preprints for which arXiv now gives a journal reference or a DOI (${report.published.length} of ${checked} checked). Move each to its venue (see CONTRIBUTING.md, "Correct a paper") and record the source.`,
    '',
  ];
  if (report.published.length === 0) lines.push('None this time.');
  for (const { entry, journalRef, doi } of report.published) {
    const facts = [journalRef && `journal reference: ${journalRef}`, doi && `DOI: [${doi}](https://doi.org/${doi})`]
      .filter(Boolean)
      .join('; ');
    lines.push(`- [ ] \`${entry.path}\` (arXiv ${entry.arxiv}, "${entry.title}"): ${facts}`);
  }
  if (report.unchecked.length > 0) {
    lines.push(
      '',
      `Not checked this time (${report.unchecked.length}): ${report.unchecked.map((u) => u.entry.slug).join(', ')}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
