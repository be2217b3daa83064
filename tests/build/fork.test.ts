// "Start your own list" (README): a copy of this repository with another site config, other vocabularies and
// two diffusion papers builds a site of its own, with its name and nothing of ours.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment } from '../../scripts/lib/build-env.ts';
import { listedPapers, page } from '../support/dist.ts';

const FORK = 'tests/fixtures/fork';
const root = mkdtempSync(join(tmpdir(), 'cp-fork-'));
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every text file of the built fork, by path. */
function builtText(): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(html|xml|json|bib|js|css|txt)$/.test(f),
  );
  return new Map(files.filter((f) => !f.startsWith('pagefind/')).map((f) => [f, readFileSync(join(dist, f), 'utf8')]));
}

beforeAll(() => {
  // The repository as a fork starts from it: the files git knows (committed or about to be), without our papers.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('content/') && !f.startsWith('tests/'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  // The fork's own config, vocabularies and papers, as the README's steps have a maintainer write them.
  cpSync(FORK, root, { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnvironment({
      OUT_DIR: dist,
      PAPERS_DIR: '',
      REPOSITORY_URL: 'https://github.com/example/diffusion-papers',
    }),
  });
  if (result.status !== 0) throw new Error(`fork build failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
});

describe('a fork on another topic', () => {
  it('lists its own papers under its own name', () => {
    const home = page('/', dist);
    expect(home.querySelector('title')?.text).toBe('Diffusion Reading List');
    expect(home.querySelector('h1')?.text).toBe('Diffusion model papers');
    expect(listedPapers(home).sort()).toEqual(['ddpm', 'latent-diffusion']);
    expect(page('/papers/ddpm/', dist).querySelector('h1')?.text).toBe('Denoising Diffusion Probabilistic Models');
  });

  it('has pages for its own vocabularies', () => {
    expect(listedPapers(page('/domains/images/', dist)).sort()).toEqual(['ddpm', 'latent-diffusion']);
    expect(listedPapers(page('/tags/latent-diffusion/', dist))).toEqual(['latent-diffusion']);
    expect(page('/tags/', dist).text).toContain('Training by matching the score');
    expect(page('/background/', dist).querySelector('h1')?.text).toBe('Background: diffusion models');
  });

  it('carries nothing of ours: not our name, topic, papers or vocabularies', () => {
    const texts = builtText();
    expect(texts.size).toBeGreaterThan(10);
    for (const [file, text] of texts) {
      expect(text, file).not.toMatch(/contrastive|self-supervised|InfoNCE|SimCLR/i);
      expect(text, file).not.toContain('Computer vision');
    }
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('<title>Diffusion Reading List</title>');
  });
});
