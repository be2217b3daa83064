// The field table: every list of fields in the project derives from the schema's registry.
import { describe, expect, it } from 'vitest';
import { bibtexOf } from '../../src/lib/filter.ts';
import { exportPapers } from '../../src/lib/exports.ts';
import { fieldInfo, linkFields, linkTable, paperData, paperLinks } from '../../src/lib/fields.ts';
import { indexPapers, paperIndex } from '../../src/lib/paper-index.ts';
import { PaperSchema, paperFields } from '../../src/schema.ts';
import { draftFromFlags, flagFields, renderFrontmatter } from '../../scripts/lib/scaffold.ts';
import { parsePaper, isParsed } from '../../scripts/lib/read-papers.ts';
import { fabricatedPaper } from '../support/fabricate.ts';
import { run } from '../support/run.ts';

const full = fabricatedPaper('pcl', {
  short: 'PCL',
  tags: ['prototypes'],
  openreview: 'KmykpuSrjcq',
  url: 'https://example.org/pcl',
  code: 'https://github.com/salesforce/PCL',
});

describe('the field table', () => {
  it('registers every field of the schema', () => {
    for (const field of paperFields) expect(() => fieldInfo(field), field).not.toThrow();
  });

  it('names the link fields and how each link is made', () => {
    expect(linkFields).toEqual(['arxiv', 'openreview', 'url', 'code']);
    expect(paperLinks(full.data).map((l) => [l.label, l.href])).toEqual([
      ['arXiv', 'https://arxiv.org/abs/2005.04966'],
      ['OpenReview', 'https://openreview.net/forum?id=KmykpuSrjcq'],
      ['Paper', 'https://example.org/pcl'],
      ['Code', 'https://github.com/salesforce/PCL'],
    ]);
  });

  it("gives new-paper a flag for every field a contributor writes, and new-paper's help lists them", () => {
    expect(flagFields.map((f) => f.name)).toEqual(paperFields.filter((f) => f !== 'added'));
    const help = run('npx', ['tsx', 'scripts/new-paper.ts', '--help']);
    for (const { name, flag } of flagFields) expect(help.stdout).toContain(`--${name} ${flag.arg}`);
  });

  it('turns flags into a draft the schema accepts, and writes a frontmatter that reads back the same', () => {
    const draft = draftFromFlags({
      title: full.data.title,
      short: 'PCL',
      tldr: full.data.tldr,
      authors: 'Junnan Li; Pan Zhou',
      venue: ' ICLR ',
      year: '2021',
      domains: 'vision',
      tags: 'prototypes',
      arxiv: 'https://arxiv.org/abs/2005.04966v3',
      openreview: 'https://openreview.net/forum?id=KmykpuSrjcq',
      url: 'https://example.org/pcl',
      code: 'https://github.com/salesforce/PCL',
    });
    const paper = PaperSchema.parse({ ...draft, added: '2026-01-01' });
    expect(paper).toEqual(full.data);
    const parsed = parsePaper({ path: 'x.md', slug: 'x', text: `${renderFrontmatter(paper)}Body.\n` });
    if (!isParsed(parsed)) throw new Error(parsed.message);
    expect(PaperSchema.parse(parsed.data)).toEqual(paper);
  });

  it('names the columns of the compact index and reads its rows back', () => {
    const data = paperData(full.data);
    const index = paperIndex([{ slug: 'pcl', data }], paperFields, linkTable);
    expect(index.fields).toEqual(paperFields);
    expect(JSON.parse(JSON.stringify(indexPapers(index)))).toEqual([{ slug: 'pcl', data }]);
  });

  it('exports every field: links gathered under links, everything else under its own name', () => {
    const [record] = exportPapers([full], (slug) => `https://site/papers/${slug}/`);
    const exported = Object.keys(record ?? {});
    for (const field of paperFields.filter((f) => !linkFields.includes(f))) expect(exported).toContain(field);
    expect(record?.links).toEqual({
      page: 'https://site/papers/pcl/',
      arxiv: 'https://arxiv.org/abs/2005.04966',
      openreview: 'https://openreview.net/forum?id=KmykpuSrjcq',
      url: 'https://example.org/pcl',
      code: 'https://github.com/salesforce/PCL',
    });
    expect(bibtexOf(['pcl', 'missing'], [{ slug: 'pcl', bibtex: record?.bibtex ?? '' }])).toBe(`${record?.bibtex}\n`);
  });
});
