/**
 * `npm run check-preprints [-- --output report.md]`: asks arXiv (once every 3 seconds) whether each entry
 * listed under a preprint venue has a journal reference or DOI now, and writes the Markdown report the
 * scheduled workflow posts as one issue. Offline it says so and writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { venues } from '../src/data/venues.ts';
import { site } from '../src/site.config.ts';
import { findPublished, reportMarkdown, type PreprintEntry } from './lib/check-preprints.ts';
import { isParsed, listPaperFiles, parsePaper } from './lib/read-papers.ts';
import { arxivLookup } from './lib/sources.ts';

const { values } = parseArgs({ options: { output: { type: 'string' } } });
const dir = resolve(site.papersDir);
const entries: PreprintEntry[] = listPaperFiles(dir, relative(process.cwd(), dir) || '.')
  .map(parsePaper)
  .filter(isParsed)
  .flatMap((p) => {
    const venue = venues[p.data['venue'] as keyof typeof venues];
    const arxiv = p.data['arxiv'];
    if (venue?.kind !== 'preprint' || typeof arxiv !== 'string') return [];
    return [{ slug: p.slug, path: p.path, arxiv, title: String(p.data['title']) }];
  });
const report = await findPublished(entries, (id) => arxivLookup(id));
if (report.unchecked.length === entries.length && entries.length > 0) {
  console.log(
    `offline: arXiv could not be asked about ${entries.length} preprint(s) (${report.unchecked[0]?.reason}); nothing written`,
  );
  process.exit(0);
}
const markdown = reportMarkdown(report, entries.length);
if (values.output) writeFileSync(values.output, markdown);
else process.stdout.write(markdown);
console.error(`${report.published.length} of ${entries.length} preprint(s) have been published since.`);
