/**
 * A pasted BibTeX entry as a paper draft. @retorquere/bibtex-parser does the parsing and the LaTeX to
 * Unicode conversion ({\"o} → ö); this module only maps its fields onto ours and guesses the venue key
 * from the booktitle or journal, using the names and keys of the venue registry.
 */
import { parse, type Creator } from '@retorquere/bibtex-parser';
import { venues, type VenueId } from '../../src/data/venues.ts';
import { arxivIdOf, FLAG_FIXES, openreviewIdOf, type DraftProblem, type PaperDraft } from './scaffold.ts';

export interface BibtexImport {
  /** The citation key, e.g. `chen2020simclr`, for the record of where the metadata came from. */
  readonly key: string;
  readonly draft: PaperDraft;
  /** Field problems (dropped when a flag overrides that field), or `bibtex` ones about the entry itself. */
  readonly problems: readonly DraftProblem[];
  /** What the contributor should double-check: guesses and LaTeX the parser skipped. */
  readonly notes: readonly string[];
}

const venueEntries = Object.entries(venues) as [VenueId, (typeof venues)[VenueId]][];

// Words that vary between a venue's own name and how BibTeX files cite it ("Proceedings of the 38th …").
const NOISE = new Set(['the', 'proceedings', 'proc', 'of', 'in', 'ieee', 'cvf', 'acm']);

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !NOISE.has(word) && !/^\d+(?:st|nd|rd|th)?$/.test(word));
}

/** Names the registry cannot know: NeurIPS proceedings are "Advances in …", DBLP files arXiv as CoRR. */
const ALIASES: readonly (readonly [RegExp, VenueId])[] = [
  [/\bneural information processing systems\b|\bnips\b/i, 'NeurIPS'],
  [/\barxiv\b|\bcorr\b/i, 'arXiv'],
];

// Keys that are acronyms can be looked for as words; "Technologies" or "Interspeech" would match prose.
const ACRONYM_KEY = /^[A-Z][A-Za-z-]*[A-Z]$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type VenueGuess = { readonly venue: VenueId } | { readonly problem: string };

/** The registry venue a booktitle or journal names, or why none could be chosen. */
export function guessVenue(text: string): VenueGuess {
  const found = new Set(words(text));
  // Every word of a venue's name present, longest name first: "International Conference on Computer
  // Vision" must not be read as the shorter "Conference on Computer Vision and Pattern Recognition".
  const byName = venueEntries
    .map(([key, venue]) => ({
      key,
      size: words(venue.name).length,
      matches: words(venue.name).every((w) => found.has(w)),
    }))
    .filter((candidate) => candidate.matches && candidate.size > 0)
    .sort((a, b) => b.size - a.size);
  let key: VenueId | undefined = byName[0]?.key;
  if (key !== undefined && byName[1] !== undefined && byName[1].size === byName[0]?.size) {
    return { problem: `"${text}" matches both ${key} and ${byName[1].key}` };
  }
  key ??= ALIASES.find(([pattern]) => pattern.test(text))?.[1];
  if (key === undefined) {
    const keys = venueEntries
      .map(([candidate]) => candidate)
      .filter((candidate) => ACRONYM_KEY.test(candidate))
      .filter((candidate) => new RegExp(`(?<![\\w-])${escapeRegExp(candidate)}(?![\\w-])`, 'i').test(text));
    if (keys.length > 1) return { problem: `"${text}" mentions several venues (${keys.join(', ')})` };
    key = keys[0];
  }
  if (key === undefined) return { problem: `"${text}" is not a venue of the registry` };
  // Workshop and Findings papers are not main-conference papers; only a registered workshop venue will do.
  if (venues[key].kind !== 'workshop' && /\b(?:workshops?|findings)\b/i.test(text)) {
    const workshop = `${key}-W`;
    if (/\bworkshops?\b/i.test(text) && Object.hasOwn(venues, workshop)) return { venue: workshop as VenueId };
    const what = /\bfindings\b/i.test(text) ? 'a Findings volume' : 'a workshop';
    return { problem: `"${text}" is ${what}, not the main ${key} conference` };
  }
  return { venue: key };
}

/**
 * Plain, composed text. The parser marks up \textbf, \emph and small caps as HTML, and writes accents as
 * combining marks: {\"o} is o + U+0308, and {\'\i} a dotless i + U+0301, which only composes to í on an i.
 */
function plain(text: string): string {
  return text
    .replace(/<\/?(?:b|i|em|strong|sup|sub|span|a|sc|nc)(?:\s[^>]*)?>/g, '')
    .replace(/\u0131(?=\p{M})/gu, 'i')
    .replace(/\u0237(?=\p{M})/gu, 'j')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

function fullName(creator: Creator): string {
  if (creator.name !== undefined) return plain(creator.name);
  const parts = [creator.firstName, creator.prefix, creator.lastName, creator.suffix];
  return plain(parts.filter((part) => part !== undefined && part !== '').join(' '));
}

const LEFTOVER_LATEX = /\\[A-Za-z]+/;

/** Parses exactly one entry; a problem with field `bibtex` when there is not exactly one. */
export function importBibtex(source: string): BibtexImport | { readonly problems: readonly DraftProblem[] } {
  // english: false keeps titles exactly as written; the default would sentence-case them.
  const library = parse(source, { english: false });
  const structural = library.errors.filter((error) => !error.error.startsWith('unhandled macro'));
  const fix = 'paste one complete entry, e.g. @inproceedings{key, title={…}, author={…}, …}';
  if (structural.length > 0) {
    return { problems: structural.map((error) => ({ field: 'bibtex', message: error.error, fix })) };
  }
  const [entry, ...more] = library.entries;
  if (entry === undefined || more.length > 0) {
    const keys = library.entries.map((e) => e.key).join(', ');
    const found = entry === undefined ? 'no entry' : `${library.entries.length} entries (${keys})`;
    return { problems: [{ field: 'bibtex', message: `found ${found}`, fix }] };
  }
  const fields = entry.fields;
  const draft: PaperDraft = {};
  const problems: DraftProblem[] = [];
  const notes: string[] = library.errors.map((error) => `BibTeX: ${error.error}; check the fields that use it`);

  const title = fields['title'];
  if (title !== undefined) draft.title = plain(title);

  if (fields.author !== undefined) {
    const others = fields.author.some(
      (c) => c.name === undefined && c.firstName === undefined && c.lastName === 'others',
    );
    draft.authors = fields.author.filter((c) => !(c.lastName === 'others' && c.firstName === undefined)).map(fullName);
    if (others) {
      problems.push({
        field: 'authors',
        message: 'the entry ends with "and others", so the list is incomplete',
        fix: FLAG_FIXES.authors,
      });
    }
  }

  const year = fields['year'] ?? fields['date']?.slice(0, 4);
  if (year !== undefined) draft.year = /^\d+$/.test(year.trim()) ? Number(year) : year;

  const eprint = fields['eprint'];
  const archive = (fields['archiveprefix'] ?? fields['eprinttype'] ?? '').toLowerCase();
  const isArxivEprint =
    eprint !== undefined && (archive === 'arxiv' || (archive === '' && arxivIdOf(eprint) !== undefined));
  const published = fields['booktitle'] ?? fields['journal'] ?? fields['journaltitle'];
  // "arXiv preprint arXiv:2002.05709" is how Google Scholar cites a preprint.
  const arxiv =
    (isArxivEprint ? arxivIdOf(eprint) : undefined) ?? (published !== undefined ? arxivIdOf(published) : undefined);
  if (arxiv !== undefined) draft.arxiv = arxiv;

  if (published !== undefined) {
    const guess = guessVenue(plain(published));
    if ('venue' in guess) {
      draft.venue = guess.venue;
      notes.push(`venue ${guess.venue} was guessed from "${plain(published)}"; check it`);
    } else {
      problems.push({
        field: 'venue',
        message: `could not choose a venue: ${guess.problem}`,
        fix: `${FLAG_FIXES.venue}; a venue missing from src/data/venues.ts is added there in the same pull request`,
      });
    }
  } else if (isArxivEprint) {
    draft.venue = 'arXiv';
  }

  const link =
    fields['url'] ??
    (fields['doi'] !== undefined
      ? `https://doi.org/${fields['doi'].replace(/^https?:\/\/(?:dx\.)?doi\.org\//, '')}`
      : undefined);
  if (link !== undefined) {
    const fromLink = /arxiv\.org\//i.test(link) ? arxivIdOf(link) : undefined;
    const forum = openreviewIdOf(link);
    if (fromLink !== undefined) draft.arxiv ??= fromLink;
    else if (forum !== undefined) draft.openreview = forum;
    else draft.url = link.trim();
  }
  if (isArxivEprint && draft.arxiv === undefined && draft.url === undefined) {
    draft.url = `https://arxiv.org/abs/${eprint.trim()}`;
    notes.push(`eprint ${eprint} is an old-style arXiv id, which the arxiv field cannot hold; linked it as url`);
  }

  for (const field of ['title', 'authors'] as const) {
    const text = field === 'title' ? draft.title : draft.authors?.join('; ');
    const leftover = text === undefined ? undefined : LEFTOVER_LATEX.exec(text)?.[0];
    if (leftover !== undefined) {
      problems.push({
        field,
        message: `contains LaTeX the BibTeX parser could not convert (${leftover})`,
        fix: FLAG_FIXES[field],
      });
    }
  }

  return { key: entry.key, draft, problems, notes };
}
