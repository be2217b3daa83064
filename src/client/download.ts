/** Downloads the BibTeX of chosen papers from papers.json as a file, in the browser. */
import { bibtexOf } from '../lib/filter.ts';

export async function downloadBibtex(exportUrl: string, slugs: readonly string[], fileName: string): Promise<void> {
  const response = await fetch(exportUrl);
  const { papers } = (await response.json()) as { papers: { slug: string; bibtex: string }[] };
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bibtexOf(slugs, papers)], { type: 'application/x-bibtex' }));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
