// The build gate: a malformed entry never builds, and every valid (if unusual) entry builds and shows.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedPapers, page } from '../support/dist.ts';
import { run } from '../support/run.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cp-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run build with bad entries', () => {
  it('refuses to build and names every bad file', () => {
    const result = run('npm', ['run', 'build'], {
      PAPERS_DIR: resolve('tests/fixtures/bad'),
      OUT_DIR: join(scratch, 'bad'),
    });
    expect(result.code).not.toBe(0);
    for (const name of readdirSync('tests/fixtures/bad')) expect(result.output).toContain(name);
    expect(result.output).not.toMatch(/Complete!/);
  });

  // The build's validator leaves formulas to the build's own typesetting, which must name each bad one.
  it.each([
    ['with', {}],
    ['without', { CP_VALIDATE: 'off' }],
  ])('fails %s the validator if a formula cannot be typeset, naming file, line and fix', (_, env) => {
    const dir = mkdtempSync(join(scratch, 'math-'));
    for (const name of readdirSync('tests/fixtures/valid'))
      copyFileSync(join('tests/fixtures/valid', name), join(dir, name));
    copyFileSync('tests/fixtures/bad/bad-formula.md', join(dir, 'bad-formula.md'));
    const result = run('npx', ['astro', 'build'], {
      PAPERS_DIR: dir,
      OUT_DIR: `${dir}-out`,
      ...env,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/KaTeX could not typeset formulas in:/);
    expect(result.output).toMatch(/bad-formula\.md:15: KaTeX parse error: .*expected '\}'/);
    expect(result.output).toMatch(/`npm run validate` checks every formula/);
  });
});

describe('npm run build with tricky valid entries', () => {
  const out = join(scratch, 'valid');
  beforeAll(() => {
    const result = run('npm', ['run', 'build'], { PAPERS_DIR: resolve('tests/fixtures/valid'), OUT_DIR: out });
    if (result.code !== 0) throw new Error(result.output.slice(-3000));
  });

  it('shows an entry without a Chinese text in English on its Chinese page, marked and inviting a translation', () => {
    const html = page('/zh/papers/rich-body/', out);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(html.querySelector('p.tldr')?.getAttribute('lang')).toBe('en');
    expect(html.querySelector('.summary')?.getAttribute('lang')).toBe('en');
    expect(html.querySelector('.translation-notice')?.text).toMatch(/还没有中文摘要/);
    expect(html.querySelector('.translation-notice a')?.getAttribute('href')).toBe(
      'https://github.com/example/contrastive-papers/new/main/tests/fixtures/papers-zh?filename=rich-body.md',
    );
    // Its card on the Chinese list says the same.
    const card = page('/zh/', out).querySelector('li[data-paper="rich-body"] .paper-tldr');
    expect(card?.getAttribute('lang')).toBe('en');
  });

  it('lists every fixture on the home page', () => {
    expect([...listedPapers(page('/', out))].sort()).toEqual([
      'bom-crlf',
      'preprint-minimal',
      'rich-body',
      'unicode-title',
    ]);
  });

  it('keeps unicode titles and authors intact', () => {
    const html = page('/papers/unicode-title/', out);
    expect(html.querySelector('h1')?.text).toBe('对比学习: Contrastive «Learning» with “Quotes”, Accents — Çà et Là');
    expect(html.querySelector('.lede')?.text).toBe("李俊楠, Zoë Ångström, O'Brien, Seán");
  });

  it('renders CRLF + BOM files with their formulas', () => {
    const html = page('/papers/bom-crlf/', out);
    expect(html.querySelector('h1')?.text).toBe('Byte Order Mark and CRLF Line Endings');
    expect(html.querySelectorAll('.summary .katex').length).toBe(2);
  });

  it('renders tables, code blocks without math, and working footnotes', () => {
    const summary = page('/papers/rich-body/', out).querySelector('.summary');
    expect(summary?.querySelectorAll('table td').length).toBe(4);
    expect(summary?.querySelector('pre code')?.text).toContain('$5 and $6');
    expect(summary?.querySelectorAll('.katex-display').length).toBe(1);
    const ref = summary?.querySelector('a[data-footnote-ref]')?.getAttribute('href') ?? '';
    expect(ref).toMatch(/^#/);
    expect(summary?.querySelector(`[id="${ref.slice(1)}"]`)).not.toBeNull();
    const back = summary?.querySelector('a[data-footnote-backref]')?.getAttribute('href') ?? '';
    expect(summary?.querySelector(`[id="${back.slice(1)}"]`)).not.toBeNull();
  });

  it('typesets inline math in a tldr, on the card and under the title', () => {
    const cardTldr = page('/', out).querySelector('li[data-paper="rich-body"] .paper-tldr');
    const pageTldr = page('/papers/rich-body/', out).querySelector('p.tldr');
    for (const tldr of [cardTldr, pageTldr]) {
      expect(tldr?.querySelector('math annotation')?.text).toBe('\\mathcal{L}_i');
      expect(tldr?.text).not.toContain('$');
    }
    // Where no math can show, the TeX stays, without its dollar signs.
    expect(page('/papers/rich-body/', out).querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'Tests rich Markdown with inline math such as \\mathcal{L}_i in its one-sentence summary.',
    );
  });

  it('files a preprint under arXiv', () => {
    expect(listedPapers(page('/venues/arxiv/2024/', out))).toEqual(['preprint-minimal']);
  });
});
