/**
 * `npm run validate`: checks every paper file, and the files as a catalogue (tags from the vocabulary, each
 * entry against content/verification.json), and prints all problems of all files, one per line, then a
 * count. Exit code 1 when anything is wrong. `npm run validate -- path/to/dir` checks another folder.
 */
import { relative, resolve } from 'node:path';
import { site } from '../src/site.config.ts';
import { validateFolder } from './lib/validate-folder.ts';

const dir = resolve(process.argv[2] ?? site.papersDir);
const shown = relative(process.cwd(), dir) || '.';
const started = performance.now();
// NO_CACHE=1 typesets every formula again (e.g. to time the validator cold).
const { problems, checked, translations } = validateFolder(dir, shown, { cache: !process.env['NO_CACHE'] });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const problem of problems) console.error(problem);
const filesWithProblems = new Set(problems.map((p) => p.slice(0, p.indexOf(':')))).size;
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem(s) in ${filesWithProblems} of ${checked} file(s). Fix them and run npm run validate again.`,
  );
  process.exit(1);
}
console.log(
  `All ${checked} paper file(s) are valid${translations ? `, and their ${translations} translation(s)` : ''} (${seconds} s).`,
);
