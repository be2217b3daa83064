/** Runs a project command (npm script or binary) and returns its exit code and output. */
import { spawnSync } from 'node:child_process';
import { buildEnvironment } from '../../scripts/lib/build-env.ts';

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: buildEnvironment(env),
    maxBuffer: 64 * 1024 * 1024,
  });
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  return { code: result.status ?? 1, stdout, stderr, output: stdout + stderr };
}
