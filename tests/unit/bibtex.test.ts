import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexFile, citationKeys, escapeLatex, familyName } from '../../src/lib/bibtex.ts';
import { exportPapers } from '../../src/lib/exports.ts';
import { fabricatedPaper } from '../support/fabricate.ts';

const paper = fabricatedPaper;

describe('escapeLatex', () => {
  it.each([
    ['50% & $5 #1 a_b {x} ~ ^', '50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{}'],
    ['back\\slash', 'back\\textbackslash{}slash'],
    ['Zoë Ångström', 'Zo{\\"e} {\\r A}ngstr{\\"o}m'],
    ['Sébastien Müller-Çelik', 'S{\\\'e}bastien M{\\"u}ller-{\\c C}elik'],
    ['Łukasz Øster Straße', '{\\L}ukasz {\\O}ster Stra{\\ss}e'],
    ['Antonín Dvořák', "Anton{\\'\\i}n Dvo{\\v r}{\\'a}k"],
    ['李俊楠', '李俊楠'],
    ['A – B — C', 'A -- B --- C'],
  ])('%s', (input, expected) => {
    expect(escapeLatex(input)).toBe(expected);
  });
});

describe('citation keys', () => {
  it('uses family name, year and short name', () => {
    expect(citationKeys([paper('pcl', { short: 'PCL' })]).get('pcl')).toBe('li2021pcl');
  });
  it('falls back to the first meaningful title word and folds accents', () => {
    const keys = citationKeys([
      paper('x', { authors: ['Zoë Ångström'], title: 'On the Role of Views', short: undefined }),
    ]);
    expect(keys.get('x')).toBe('angstrom2021role');
  });
  it('disambiguates collisions with letters, in slug order, keeping keys unique', () => {
    const keys = citationKeys([paper('b', { short: 'X' }), paper('a', { short: 'X' }), paper('c', { short: 'Y' })]);
    expect([keys.get('a'), keys.get('b'), keys.get('c')]).toEqual(['li2021xa', 'li2021xb', 'li2021y']);
  });
  it('reads family names from "First Last" and "Last, First"', () => {
    expect(familyName('Steven C.H. Hoi')).toBe('Hoi');
    expect(familyName('van den Oord, Aaron')).toBe('van den Oord');
  });
});

describe('bibtexEntry', () => {
  it('writes @inproceedings for conferences with arXiv eprint', () => {
    const entry = bibtexEntry(paper('pcl', { short: 'PCL' }), 'li2021pcl');
    expect(entry).toMatch(/^@inproceedings\{li2021pcl,\n/);
    expect(entry).toContain('booktitle     = {International Conference on Learning Representations}');
    expect(entry).toContain('title         = {{Prototypical Contrastive Learning of Unsupervised Representations}}');
    expect(entry).toContain('author        = {Junnan Li and Pan Zhou}');
    expect(entry).toContain('eprint        = {2005.04966}');
    expect(entry.endsWith('\n}')).toBe(true);
  });
  it('writes @article for journals', () => {
    const entry = bibtexEntry(paper('j', { venue: 'TMLR' }), 'k');
    expect(entry).toMatch(/^@article\{k,/);
    expect(entry).toMatch(/journal\s+= \{Transactions on Machine Learning Research\}/);
  });
  it('writes @misc with eprint fields for arXiv preprints', () => {
    const entry = bibtexEntry(paper('p', { venue: 'arXiv', year: 2018 }), 'k');
    expect(entry).toMatch(/^@misc\{k,/);
    expect(entry).toMatch(/eprint\s+= \{2005\.04966\}/);
    expect(entry).toMatch(/archivePrefix = \{arXiv\}/);
    expect(entry).not.toMatch(/booktitle|journal/);
  });
  it('escapes titles and authors', () => {
    const entry = bibtexEntry(paper('e', { title: 'Nets & Cats: 100% Better', authors: ['Zoë Ångström'] }), 'k');
    expect(entry).toContain('{{Nets \\& Cats: 100\\% Better}}');
    expect(entry).toContain('{Zo{\\"e} {\\r A}ngstr{\\"o}m}');
  });
  it('has balanced braces in every entry of a file', () => {
    const file = bibtexFile([paper('a', { title: 'A {weird} title }' }), paper('b', { venue: 'arXiv' })]);
    for (const entry of file.trim().split('\n\n')) {
      const unescaped = entry.replace(/\\[{}]/g, '');
      expect([...unescaped].filter((c) => c === '{').length).toBe([...unescaped].filter((c) => c === '}').length);
    }
  });
});

describe('exportPapers', () => {
  it('exports every field a reuser needs, with absolute page URLs and the same BibTeX', () => {
    const [record] = exportPapers(
      [paper('pcl', { short: 'PCL', code: 'https://github.com/salesforce/PCL' })],
      (slug) => `https://x.org/papers/${slug}/`,
    );
    expect(record).toMatchObject({
      slug: 'pcl',
      citationKey: 'li2021pcl',
      short: 'PCL',
      venue: { key: 'ICLR', kind: 'conference' },
      year: 2021,
      domains: [{ key: 'vision', label: 'Computer vision' }],
      links: {
        page: 'https://x.org/papers/pcl/',
        arxiv: 'https://arxiv.org/abs/2005.04966',
        code: 'https://github.com/salesforce/PCL',
      },
      added: '2026-01-01',
    });
    expect(record?.bibtex).toMatch(/^@inproceedings\{li2021pcl,/);
  });
});
