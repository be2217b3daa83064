/**
 * Validating a papers folder as `npm run validate` does, as formatted problem lines: shared by the command and
 * the build's integration (src/integrations/validate-papers.ts), so both say exactly the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { translationProblems } from './check-catalogue.ts';
import { checkPapers, formatProblem, type ValidPaper } from './check-papers.ts';
import { openMathCache } from './math-cache.ts';
import { listPaperFiles } from './read-papers.ts';
import { translationsDirOf as translationsDir } from '../../src/lib/site-settings.ts';

/** The verification records live beside the papers folder (content/verification.json). */
export const recordsPathOf = (dir: string): string => join(dirname(dir), 'verification.json');

/** Chinese texts of the entries, one file per paper (content/papers-zh/<slug>.md). */
export const translationsDirOf = (dir: string): string => translationsDir(dir, 'zh');

export function validateFolder(
  dir: string,
  shown: string,
  options: { cache: boolean; formulas?: boolean },
): { problems: string[]; checked: number; translations: number; valid: ValidPaper[] } {
  const files = listPaperFiles(dir, shown);
  const formulas = options.formulas !== false;
  const mathCache = options.cache && formulas ? openMathCache() : undefined;
  const recordsPath = recordsPathOf(dir);
  const records = existsSync(recordsPath)
    ? { path: join(dirname(shown), 'verification.json'), text: readFileSync(recordsPath, 'utf8') }
    : undefined;
  const { problems, valid } = checkPapers(files, { mathCache, formulas, catalogue: { records } });
  let translations = 0;
  // Translations live beside the papers folder too (content/papers-zh/).
  const translationsDir = translationsDirOf(dir);
  if (existsSync(translationsDir)) {
    const slugs = new Set(files.map((f) => f.slug));
    const texts = listPaperFiles(translationsDir, join(dirname(shown), 'papers-zh'));
    problems.push(...translationProblems(texts, slugs, mathCache, formulas));
    translations = texts.length;
  }
  mathCache?.save();
  return { problems: problems.map(formatProblem), checked: files.length, translations, valid };
}
