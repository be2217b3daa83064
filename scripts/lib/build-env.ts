/**
 * The environment a build started from a script or a test should get: the caller's, minus the variables
 * Vitest sets for its own `import.meta.env`. BASE_URL among them would override Astro's base (a sub-path
 * build would link without it) and NODE_ENV=test would change how Vite builds.
 */
const TEST_RUNNER_VARIABLES = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST(?:_\w+)?)$/;

export function buildEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name));
  return { ...Object.fromEntries(inherited), ...extra };
}
