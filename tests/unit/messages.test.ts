// One translator from schema issues to messages, phrased for a file (validate) or for flags (new-paper).
import { describe, expect, it } from 'vitest';
import { formatProblem, issueProblems, type Phrasing } from '../../scripts/lib/messages.ts';
import { checkDraft } from '../../scripts/lib/scaffold.ts';
import { PaperSchema } from '../../src/schema.ts';
import { VALID_INPUT } from '../support/fabricate.ts';

const say: Phrasing = { fix: (field) => `fix ${field}`, links: 'add a link' };
const problems = (input: Record<string, unknown>) => {
  const result = PaperSchema.safeParse(input);
  return result.success ? [] : issueProblems(input, result.error.issues, say).map(formatProblem);
};

describe('issueProblems', () => {
  it('passes a valid entry', () => {
    expect(problems({ ...VALID_INPUT })).toEqual([]);
  });

  it('says a field is missing, an unknown field may be a typo, and a registry value may be misspelt', () => {
    const { title: _title, ...untitled } = VALID_INPUT;
    expect(problems({ ...untitled, venu: 'ICLR', venue: 'ICRL', domains: ['visoin'] })).toEqual([
      'title: is missing (fix title)',
      'venue: "ICRL" is not a known venue (did you mean ICLR? fix venue)',
      'domains[0]: "visoin" is not a known domain (did you mean vision? fix domains)',
      'venu: unknown field (did you mean venue?)',
    ]);
  });

  it('suggests the key of a value written out in words, as a venue or domain calls itself', () => {
    expect(
      problems({ ...VALID_INPUT, venue: 'Neural Information Processing Systems', domains: ['computer vision'] }),
    ).toEqual([
      'venue: "Neural Information Processing Systems" is not a known venue (did you mean NeurIPS? fix venue)',
      'domains[0]: "computer vision" is not a known domain (did you mean vision? fix domains)',
    ]);
    expect(problems({ ...VALID_INPUT, domains: ['quantum chemistry'] })).toEqual([
      'domains[0]: "quantum chemistry" is not a known domain (fix domains)',
    ]);
  });

  it("quotes the schema's own verdict with the value, for unions too", () => {
    expect(problems({ ...VALID_INPUT, added: '2023-02-30' })).toEqual([
      'added: 2023-02-30 is not a real date (fix added)',
    ]);
    expect(problems({ ...VALID_INPUT, arxiv: 2005.0496 })).toEqual([
      'arxiv: 2005.0496 was read as a number, which drops trailing zeros (fix arxiv)',
    ]);
    expect(problems({ ...VALID_INPUT, arxiv: 'arXiv:2005.04966v2' })).toEqual([
      'arxiv: "arXiv:2005.04966v2" is not a new-style arXiv id, such as "2005.04966" (fix arxiv)',
    ]);
  });

  it('reports a missing link as such, once', () => {
    const { arxiv: _arxiv, ...linkless } = VALID_INPUT;
    expect(problems(linkless)).toEqual(['links: an entry needs at least one of arxiv, openreview or url (add a link)']);
  });

  it('is what new-paper says, with fixes phrased as flags', () => {
    const draft = { title: 'T', tldr: 'A fabricated entry.', authors: ['A'], year: 2021, domains: ['vision'] };
    const said = (extra: Record<string, unknown>) => {
      const checked = checkDraft({ ...draft, ...extra }, '2026-01-01');
      return checked.ok ? [] : checked.problems.map(formatProblem);
    };
    expect(said({ venue: 'ICRL', arxiv: '2005.04966' })).toEqual([
      expect.stringMatching(/^venue: "ICRL" is not a known venue \(did you mean ICLR\? pass --venue with one of: /),
    ]);
    // The schema's link rule runs once the fields themselves are valid.
    expect(said({ venue: 'ICLR' })).toEqual([
      'links: an entry needs at least one of arxiv, openreview or url (pass --arxiv <id>, --openreview <forum id> or --url https://<paper page>)',
    ]);
  });
});
