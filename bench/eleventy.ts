/**
 * The benchmark's peer: a minimal Eleventy 3 + markdown-it + KaTeX (MathML) site of the same synthetic papers,
 * with a page per paper and per venue and domain, and a home page listing every paper. It is installed into a
 * scratch folder when the benchmark runs (never a project dependency), so each run prints our build beside it.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { measure, type Measured } from './measure.ts';

/** Pinned, so the reference does not move between runs. */
const PACKAGES = ['@11ty/eleventy@3.1.8', 'markdown-it@14.1.0', '@vscode/markdown-it-katex@1.1.2', 'katex@0.16.22'];

const CONFIG = `import markdownIt from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
export default function (config) {
  config.setLibrary('md', markdownIt({ html: false }).use(katexPlugin.default ?? katexPlugin, { output: 'mathml', throwOnError: false }));
  const group = (api, key) => {
    const groups = new Map();
    for (const page of api.getFilteredByGlob('src/papers/*.md'))
      for (const value of [].concat(page.data[key])) groups.set(value, [...(groups.get(value) ?? []), page]);
    return [...groups].map(([name, papers]) => ({ name, papers }));
  };
  config.addCollection('papers', (api) => api.getFilteredByGlob('src/papers/*.md'));
  config.addCollection('venues', (api) => group(api, 'venue'));
  config.addCollection('domains', (api) => group(api, 'domains'));
  return { dir: { input: 'src', output: '_site' }, templateFormats: ['md', '11ty.js'] };
}
`;
const ESCAPE = `const escape = (t) => String(t).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);`;
const LIST = `const list = (papers) => '<ul>' + papers.map((p) => '<li><a href="/papers/' + p.fileSlug + '/">' + escape(p.data.title) + '</a> ' + escape(p.data.authors.join(', ')) + '</li>').join('') + '</ul>';`;
const page = (title: string, body: string) =>
  `'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>' + escape(${title}) + '</title></head><body>' + ${body} + '</body></html>'`;
const TEMPLATES: Record<string, string> = {
  'src/papers/papers.11tydata.json': JSON.stringify({
    layout: 'paper.11ty.js',
    permalink: 'papers/{{ page.fileSlug }}/',
  }),
  'src/_includes/paper.11ty.js': `${ESCAPE}\nexport default function (data) { return ${page('data.title', `'<h1>' + escape(data.title) + '</h1><p>' + escape(data.authors.join(', ')) + '</p>' + data.content`)}; }\n`,
  'src/index.11ty.js': `${ESCAPE}\n${LIST}\nexport default function (data) { return ${page("'Papers'", "'<h1>Papers</h1>' + list(data.collections.papers)")}; }\n`,
  'src/venues.11ty.js': `${ESCAPE}\n${LIST}\nexport const data = { pagination: { data: 'collections.venues', size: 1, alias: 'group' }, permalink: (d) => 'venues/' + d.group.name.toLowerCase() + '/' };\nexport default function (data) { return ${page('data.group.name', "'<h1>' + escape(data.group.name) + '</h1>' + list(data.group.papers)")}; }\n`,
  'src/domains.11ty.js': `${ESCAPE}\n${LIST}\nexport const data = { pagination: { data: 'collections.domains', size: 1, alias: 'group' }, permalink: (d) => 'domains/' + d.group.name + '/' };\nexport default function (data) { return ${page('data.group.name', "'<h1>' + escape(data.group.name) + '</h1>' + list(data.group.papers)")}; }\n`,
};

/** Builds `corpus` with the reference; the install is kept between runs, the site is built from scratch. */
export async function eleventyReference(corpus: string, work: string): Promise<Measured> {
  const root = join(work, 'eleventy-reference');
  if (!existsSync(join(root, 'node_modules', '@11ty', 'eleventy'))) {
    mkdirSync(root, { recursive: true });
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ name: 'eleventy-reference', private: true, type: 'module' }),
    );
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', ...PACKAGES], {
      cwd: root,
      stdio: 'inherit',
    });
    if (install.status !== 0) throw new Error('could not install the Eleventy reference into bench/.work');
  }
  rmSync(join(root, 'src'), { recursive: true, force: true });
  rmSync(join(root, '_site'), { recursive: true, force: true });
  cpSync(corpus, join(root, 'src', 'papers'), { recursive: true });
  writeFileSync(join(root, 'eleventy.config.mjs'), CONFIG);
  for (const [file, text] of Object.entries(TEMPLATES)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const result = await measure('node', [join('node_modules', '@11ty', 'eleventy', 'cmd.cjs'), '--quiet'], {}, root);
  if (result.code !== 0) throw new Error(`the Eleventy reference failed:\n${result.output.slice(-3000)}`);
  return result;
}
