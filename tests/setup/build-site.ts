/**
 * Builds the real site once per test run, exactly as `npm run build` does (validation first). Both the
 * build and e2e suites name this setup; the environment flag makes the second call a no-op.
 */
import { run } from '../support/run.ts';

export default function buildSite(): void {
  if (process.env['CP_SITE_BUILT'] === '1' || process.env['CP_SKIP_BUILD'] === '1') return;
  const result = run('npm', ['run', 'build']);
  if (result.code !== 0) throw new Error(`npm run build failed:\n${result.output.slice(-4000)}`);
  process.env['CP_SITE_BUILT'] = '1';
}
