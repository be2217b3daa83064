// Three suites: pure units, assertions over the built dist/, and Chromium end-to-end runs against it.
// The build and e2e suites share one build of the site (tests/setup/build-site.ts).
import { defineConfig } from 'vitest/config';

// The built site links "Edit this entry" to the repository GitHub Actions names; the tests build with a
// stand-in (before any setup runs, so every build of the run, the reproducibility check's included, agrees).
process.env['REPOSITORY_URL'] ??= 'https://github.com/example/contrastive-papers';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Several units run the real CLI through tsx; on a shared 2-core CI host that can take seconds.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts', 'tests/setup/build-large.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
