/**
 * `npm run check-external [-- --base <ref>] [files…]`: checks the entries a pull request adds or changes
 * (those differing from --base, by default origin/main; or the files named) against arXiv, OpenReview and
 * the code host (scripts/lib/check-external.ts). Under GitHub Actions each finding is an annotation on its
 * file and line. Exit 1 when an entry is wrong; services that could not be asked only warn.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/site.config.ts';
import { checkExternal, formatFinding, liveServices } from './lib/check-external.ts';
import { isParsed, parsePaper } from './lib/read-papers.ts';

const { values, positionals } = parseArgs({
  options: { base: { type: 'string', default: 'origin/main' }, timeout: { type: 'string', default: '20000' } },
  allowPositionals: true,
});
const dir = relative(process.cwd(), resolve(site.papersDir)) || '.';

function changedFiles(base: string): string[] {
  const out = execFileSync('git', ['diff', '--name-only', '--diff-filter=AM', `${base}...HEAD`, '--', dir], {
    encoding: 'utf8',
  });
  return out.split('\n').filter((f) => f.endsWith('.md') && existsSync(f));
}

const files = positionals.length > 0 ? positionals : changedFiles(values.base);
if (files.length === 0) {
  console.log(`No entry in ${dir} was added or changed against ${values.base}.`);
  process.exit(0);
}
const github = process.env['GITHUB_ACTIONS'] === 'true';
const services = liveServices(Number(values.timeout));
let errors = 0;
let warnings = 0;
for (const file of files) {
  const parsed = parsePaper({ path: file, slug: basename(file, '.md'), text: readFileSync(file, 'utf8') });
  if (!isParsed(parsed)) {
    console.log(`${file}: skipped, it does not parse (npm run validate says why)`);
    continue;
  }
  for (const finding of await checkExternal(parsed, services)) {
    if (finding.level === 'error') errors++;
    else warnings++;
    console.log(formatFinding(finding, github));
  }
}
console.log(
  `Checked ${files.length} entr${files.length === 1 ? 'y' : 'ies'}: ${errors} error(s), ${warnings} warning(s).`,
);
process.exit(errors > 0 ? 1 : 0);
