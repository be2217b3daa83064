/**
 * `npm run validate`: checks every paper file and prints all problems of all files, one per line, then a
 * count. Exit code 1 when anything is wrong. `npm run validate -- path/to/dir` checks another folder.
 */
import { relative, resolve } from 'node:path';
import { checkPapers, formatProblem } from './lib/check-papers.ts';
import { openMathCache } from './lib/math-cache.ts';
import { listPaperFiles } from './lib/read-papers.ts';

const dir = resolve(process.argv[2] ?? process.env['PAPERS_DIR'] ?? 'content/papers');
const shown = relative(process.cwd(), dir) || '.';
const started = performance.now();
const files = listPaperFiles(dir, shown);
// NO_CACHE=1 typesets every formula again (e.g. to time the validator cold).
const mathCache = process.env['NO_CACHE'] ? undefined : openMathCache();
const { problems, checked } = checkPapers(files, mathCache ? { mathCache } : {});
mathCache?.save();
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const problem of problems) console.error(formatProblem(problem));
const filesWithProblems = new Set(problems.map((p) => p.path)).size;
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem(s) in ${filesWithProblems} of ${checked} file(s). Fix them and run npm run validate again.`,
  );
  process.exit(1);
}
console.log(`All ${checked} paper file(s) are valid (${seconds} s).`);
