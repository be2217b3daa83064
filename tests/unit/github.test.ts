import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { domainIds } from '../../src/data/domains.ts';

/** Every file under `dir`, recursively, as paths from the repository root. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const yamlFiles = filesUnder('.github').filter((path) => /\.ya?ml$/.test(path));

function load(path: string): unknown {
  const document = parseDocument(readFileSync(path, 'utf8'));
  if (document.errors.length > 0) throw new Error(`${path}: ${document.errors.map((e) => e.message).join('; ')}`);
  return document.toJS();
}

// Only the parts of a workflow these tests read; zod drops the rest.
const Step = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  env: z.record(z.string(), z.string()).optional(),
});
const Workflow = z.object({
  on: z.record(z.string(), z.unknown()),
  permissions: z.record(z.string(), z.string()).optional(),
  concurrency: z.object({ group: z.string() }).optional(),
  jobs: z.record(
    z.string(),
    z.object({ 'runs-on': z.string(), container: z.string().optional(), steps: z.array(Step) }),
  ),
});
type Workflow = z.infer<typeof Workflow>;

const workflow = (name: string): Workflow => Workflow.parse(load(`.github/workflows/${name}`));
const stepsOf = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);

const scripts: Record<string, string> = z
  .object({ scripts: z.record(z.string(), z.string()) })
  .parse(JSON.parse(readFileSync('package.json', 'utf8'))).scripts;

// `npm <name>` runs a package.json script only for these; other bare commands are npm's own.
const SCRIPT_SHORTHANDS = new Set(['test', 'start', 'stop', 'restart']);
const NPM_COMMANDS = new Set(['ci', 'install']);

describe('.github', () => {
  it('has the issue forms, their config, the pull request template and the workflows', () => {
    expect(yamlFiles.sort()).toEqual(
      [
        '.github/ISSUE_TEMPLATE/config.yml',
        '.github/ISSUE_TEMPLATE/suggest-paper.yml',
        '.github/ISSUE_TEMPLATE/wrong-metadata.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/deploy.yml',
        '.github/workflows/external.yml',
        '.github/workflows/preprints.yml',
        '.github/workflows/links.yml',
      ].sort(),
    );
    expect(readFileSync('.github/PULL_REQUEST_TEMPLATE.md', 'utf8')).toMatch(/- \[ \] `npm run validate` passes/);
  });

  it.each(yamlFiles)('%s parses as YAML', (path) => {
    expect(load(path)).toBeTypeOf('object');
  });

  it.each(['ci.yml', 'deploy.yml', 'links.yml'])('%s only runs npm scripts that exist in package.json', (name) => {
    const commands = stepsOf(workflow(name)).flatMap((step) => [
      ...(step.run ?? '').matchAll(/\bnpm\s+(run\s+)?([\w:-]+)/g),
    ]);
    expect(commands.length).toBeGreaterThan(0);
    for (const [command, run, script = ''] of commands) {
      if (run !== undefined || SCRIPT_SHORTHANDS.has(script)) expect(Object.keys(scripts), command).toContain(script);
      else expect(NPM_COMMANDS, command).toContain(script);
    }
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');
  const steps = stepsOf(ci);

  it('runs on pull requests and pushes', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  });

  it("uses Node 22 with the npm cache, and Debian's Chromium for the browser tests", () => {
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.uses).toBe('actions/setup-node@v4');
    expect(String(setup?.with?.['node-version'])).toBe('22');
    expect(setup?.with?.['cache']).toBe('npm');
    // Ubuntu's chromium package is a snap wrapper: the job runs in Debian and installs the real browser there.
    expect(ci.jobs['check']?.container).toMatch(/^debian:/);
    const install = steps.findIndex((step) => /apt-get install .*\bchromium\b/.test(step.run ?? ''));
    const checkout = steps.findIndex((step) => step.uses === 'actions/checkout@v4');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(steps[install]?.run).toMatch(/\bgit\b/);
    expect(install).toBeLessThan(checkout);
  });

  it('runs each gate as its own step, after npm ci', () => {
    const runs = steps.flatMap((step) => (step.run === undefined ? [] : [step.run.trim()]));
    const gates = ['npm ci', 'npm run format:check', 'npm run lint', 'npm run validate', 'npm run check', 'npm test'];
    for (const gate of gates) expect(runs).toContain(gate);
    const positions = gates.map((gate) => runs.indexOf(gate));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('npm test', () => {
  it('runs every gate CI runs before the suite, so the README command is the whole check', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test']).toBe(
      'npm run format:check && npm run lint && npm run check && npm run validate && vitest run',
    );
  });
});

describe('links.yml', () => {
  const links = workflow('links.yml');
  it('checks external links on a schedule and by hand, never on pull requests', () => {
    expect(Object.keys(links.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(stepsOf(links).some((step) => step.run === 'npm run check-links')).toBe(true);
  });
});

describe('external.yml', () => {
  const external = workflow('external.yml');
  const raw = readFileSync('.github/workflows/external.yml', 'utf8');
  it('runs on pull requests that touch paper entries, against their base branch', () => {
    expect(Object.keys(external.on)).toEqual(['pull_request']);
    expect(raw).toMatch(/paths:\s*\n\s*- 'content\/papers\/\*\*'/);
    const runs = stepsOf(external).flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toContain('npm run check-external -- --base origin/${{ github.base_ref }}');
    // The base branch's history is needed to find what changed.
    expect(raw).toMatch(/fetch-depth: 0/);
  });
});

describe('preprints.yml', () => {
  const preprints = workflow('preprints.yml');
  const raw = readFileSync('.github/workflows/preprints.yml', 'utf8');
  it('runs weekly and by hand, and keeps one issue up to date', () => {
    expect(Object.keys(preprints.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(stepsOf(preprints).some((step) => step.run === 'npm run check-preprints -- --output preprints.md')).toBe(
      true,
    );
    expect(raw).toMatch(/issues: write/);
    expect(raw).toMatch(/issues\.update/);
    expect(raw).toMatch(/issues\.create/);
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');
  const steps = stepsOf(deploy);
  const uses = steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses]));

  it('runs on pushes to main and by hand', () => {
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
    expect(Object.keys(deploy.on)).toContain('workflow_dispatch');
  });

  it('uses the official Pages actions, with their permissions and one deployment at a time', () => {
    expect(uses).toEqual(
      expect.arrayContaining([
        'actions/configure-pages@v5',
        'actions/upload-pages-artifact@v3',
        'actions/deploy-pages@v4',
      ]),
    );
    expect(steps.find((step) => step.uses === 'actions/upload-pages-artifact@v3')?.with?.['path']).toBe('dist');
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(deploy.concurrency?.group).toBe('pages');
  });

  it('builds with the origin and base path that the Pages configuration reports', () => {
    const pages = steps.find((step) => step.uses === 'actions/configure-pages@v5');
    const buildAt = steps.findIndex((step) => step.run?.trim() === 'npm run build');
    const build = steps[buildAt];
    expect(pages?.id).toBeDefined();
    expect(build?.env?.['SITE_URL']).toBe(`\${{ steps.${pages?.id}.outputs.origin }}`);
    expect(build?.env?.['BASE_PATH']).toBe(`\${{ steps.${pages?.id}.outputs.base_path }}`);
    const installAt = steps.findIndex((step) => step.run?.trim() === 'npm ci');
    expect(installAt).toBeGreaterThanOrEqual(0);
    expect(installAt).toBeLessThan(buildAt);
  });
});

describe('issue forms', () => {
  const Form = z.object({
    name: z.string(),
    description: z.string(),
    body: z.array(
      z.object({ type: z.string(), id: z.string().optional(), attributes: z.record(z.string(), z.unknown()) }),
    ),
  });

  it.each(['suggest-paper.yml', 'wrong-metadata.yml'])('%s is a form with unique field ids', (name) => {
    const form = Form.parse(load(`.github/ISSUE_TEMPLATE/${name}`));
    const ids = form.body.flatMap((field) => (field.id === undefined ? [] : [field.id]));
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offers exactly the registry domains when suggesting a paper', () => {
    const form = Form.parse(load('.github/ISSUE_TEMPLATE/suggest-paper.yml'));
    const domains = form.body.find((field) => field.id === 'domains');
    expect(domains?.attributes['options']).toEqual(domainIds);
  });
});
