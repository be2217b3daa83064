/** Runs a project command (npm script or binary) and returns its exit code and output. */
import { spawnSync } from 'node:child_process';

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

/**
 * Variables Vitest sets for its own `import.meta.env`. A build started from a test must not inherit them:
 * BASE_URL would override Astro's base, NODE_ENV=test would change how Vite builds.
 */
const TEST_RUNNER_VARIABLES = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST(?:_\w+)?)$/;

export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const inherited = Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name));
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...Object.fromEntries(inherited), ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  return { code: result.status ?? 1, stdout, stderr, output: stdout + stderr };
}
