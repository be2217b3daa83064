/**
 * Validates the papers folder inside `astro build`, before Astro reads a single entry, with the same checks
 * and messages as `npm run validate` (scripts/lib/validate-folder.ts), formulas apart: the build typesets
 * those and names each one KaTeX refuses, with its file and line, once the pages are written. Without it,
 * Astro's own schema check would stop at the first bad file with a generic message and line 0:0. CP_VALIDATE=off skips it, for the
 * test that proves the build's own KaTeX check stands without the validator.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { validateFolder } from '../../scripts/lib/validate-folder.ts';
import { startMapLayouts } from './map-layouts.ts';

export function validatePapers(papersDir: string): AstroIntegration {
  return {
    name: 'contrastive-papers:validate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env['CP_VALIDATE'] === 'off') return;
        const started = performance.now();
        // Formulas are left to the build, which typesets each one anyway and fails on any KaTeX refuses
        // (src/markdown/katex-errors.ts); typesetting them here first was most of this step's time.
        const cache = !process.env['NO_CACHE'];
        const {
          problems: found,
          checked,
          valid,
        } = validateFolder(resolve(papersDir), papersDir, {
          cache,
          formulas: false,
        });
        // A build that stops here names every problem, its formulas' too.
        const problems =
          found.length > 0 ? validateFolder(resolve(papersDir), papersDir, { cache, formulas: true }).problems : [];
        if (problems.length > 0) {
          throw new Error(
            `${problems.length} problem(s) in the paper files; fix them and build again (npm run validate lists them too):\n${problems.join('\n')}`,
          );
        }
        logger.info(`${checked} paper file(s) valid (${((performance.now() - started) / 1000).toFixed(2)} s)`);
        // The maps are laid out on a second core while Astro reads the entries (map-layouts.ts).
        const maps = startMapLayouts(valid, (message) => logger.info(message));
        if (maps > 0) logger.info(`laying out ${maps} map(s) on a worker thread`);
      },
    },
  };
}
