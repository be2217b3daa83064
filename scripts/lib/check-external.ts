/**
 * The pull-request check against the outside world (`npm run check-external`): for each added or changed
 * entry, the arXiv id's title is the entry's title, the OpenReview forum exists with that title, and the
 * code URL answers. A finding about the entry is an error; a service that could not be asked is a warning,
 * never a failure (the check must not block a pull request because arXiv was down).
 */
import { foldTitle } from './check-papers.ts';
import { checkUrl, requestBudget, type LinkCheck } from './external-links.ts';
import type { ParsedPaper } from './read-papers.ts';
import { arxivLookup, describeFailure, isNetworkFailure, openreviewLookup, type Lookup } from './sources.ts';

export interface Finding {
  readonly level: 'error' | 'warning';
  readonly path: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export interface Services {
  arxiv(id: string): Promise<Lookup>;
  openreview(id: string): Promise<Lookup>;
  code(url: string): Promise<LinkCheck>;
}

export const liveServices = (timeoutMs: number): Services => ({
  arxiv: (id) => arxivLookup(id, { timeoutMs }),
  openreview: (id) => openreviewLookup(id, { timeoutMs }),
  code: (url) => checkUrl(url, { timeoutMs, budget: requestBudget(4) }),
});

/** Every finding about one entry. */
export async function checkExternal(paper: ParsedPaper, services: Services): Promise<Finding[]> {
  const findings: Finding[] = [];
  const at = (field: string) => ({ path: paper.path, line: paper.keyLines.get(field) ?? 1, field });
  const title = typeof paper.data['title'] === 'string' ? paper.data['title'] : '';
  const titled = async (field: 'arxiv' | 'openreview', source: string, lookup: Promise<Lookup>) => {
    const result = await lookup;
    if (!result.ok) {
      const network = isNetworkFailure(result.failure);
      findings.push({ ...at(field), level: network ? 'warning' : 'error', message: describeFailure(source, result) });
      return;
    }
    if (foldTitle(result.metadata.title ?? '') !== foldTitle(title)) {
      findings.push({
        ...at(field),
        level: 'error',
        message: `${source} is titled "${result.metadata.title}", not "${title}": is the id right?`,
      });
    }
  };
  const arxiv = paper.data['arxiv'];
  if (typeof arxiv === 'string') await titled('arxiv', `arXiv ${arxiv}`, services.arxiv(arxiv));
  const openreview = paper.data['openreview'];
  if (typeof openreview === 'string')
    await titled('openreview', `OpenReview forum ${openreview}`, services.openreview(openreview));
  const code = paper.data['code'];
  if (typeof code === 'string') {
    const link = await services.code(code);
    if (link.verdict === 'dead')
      findings.push({ ...at('code'), level: 'error', message: `${code} is gone (${link.detail})` });
    if (link.verdict === 'unknown')
      findings.push({ ...at('code'), level: 'warning', message: `${code} did not answer (${link.detail})` });
  }
  return findings;
}

/** A finding as GitHub Actions shows it on the file and line, or as a plain line elsewhere. */
export function formatFinding(finding: Finding, github: boolean): string {
  if (!github) return `${finding.path}:${finding.line}: ${finding.field}: ${finding.level}: ${finding.message}`;
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${finding.level} file=${finding.path},line=${finding.line},title=${finding.field}::${escape(finding.message)}`;
}
