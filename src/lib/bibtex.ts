/**
 * BibTeX for papers: entry types by venue kind, citation keys like `li2021pcl` unique across the site, and
 * escaping of LaTeX special characters and accented names. Pure, so exports and pages share one implementation.
 */
import { venues } from '../data/venues.ts';
import { fieldTable } from './fields.ts';
import type { Paper } from '../schema.ts';
import { arxivUrl, openreviewUrl } from './urls-external.ts';

export interface CitablePaper {
  readonly id: string;
  readonly data: Paper;
}

// Combining marks that have a LaTeX accent command (NFD splits "é" into "e" + U+0301).
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0327': 'c',
  '\u0328': 'k',
};
const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  ø: '{\\o}',
  Ø: '{\\O}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
  đ: '{\\dj}',
  Đ: '{\\DJ}',
};
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '–': '--',
  '—': '---',
};

/**
 * Escapes text for a BibTeX field: LaTeX specials are escaped and Latin accents become accent commands
 * (`Zoë` → `Zo{\"e}`), so the entry works with classic BibTeX; other scripts (e.g. Chinese) stay UTF-8,
 * which biber and modern BibTeX read.
 */
export function escapeLatex(text: string): string {
  let out = '';
  for (const char of text.normalize('NFD')) {
    const accent = ACCENTS[char];
    if (accent !== undefined && out.length > 0) {
      // Wrap the preceding base letter: e + U+0301 → {\'e}; i and j lose their dot first.
      const base = out.slice(-1);
      const letter = base === 'i' ? '\\i' : base === 'j' ? '\\j' : base;
      out = `${out.slice(0, -1)}{\\${accent}${/^[A-Za-z]$/.test(accent) ? ' ' : ''}${letter}}`;
      continue;
    }
    out += LETTERS[char] ?? SPECIAL[char] ?? char;
  }
  return out.normalize('NFC');
}

/** ASCII letters of a name part, for citation keys. */
function keyPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The family name of "Steven C.H. Hoi" is "Hoi"; particles like "van den" are kept with it for keys. */
export function familyName(author: string): string {
  const trimmed = author.trim();
  if (trimmed.includes(',')) return trimmed.split(',')[0]!.trim();
  const parts = trimmed.split(/\s+/);
  return parts[parts.length - 1] ?? trimmed;
}

const STOPWORDS = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'and', 'to', 'in', 'with', 'by', 'via', 'from']);

/** The first meaningful word of a title, or the short name. */
function nameWord(paper: CitablePaper): string {
  if (paper.data.short) return keyPart(paper.data.short) || 'paper';
  const word = paper.data.title.split(/[\s:—-]+/).find((w) => keyPart(w) && !STOPWORDS.has(keyPart(w)));
  return keyPart(word ?? '') || 'paper';
}

/**
 * Citation keys for all papers: `<family><year><name>` (li2021pcl); when two papers would share a key,
 * each gets a letter suffix in slug order (a, b, …), so keys stay stable and unique.
 */
export function citationKeys(papers: readonly CitablePaper[]): Map<string, string> {
  const base = new Map<string, string[]>();
  for (const paper of [...papers].sort((a, b) => a.id.localeCompare(b.id))) {
    const first = paper.data.authors[0] ?? 'anonymous';
    const key = `${keyPart(familyName(first)) || 'anon'}${paper.data.year}${nameWord(paper)}`;
    base.set(key, [...(base.get(key) ?? []), paper.id]);
  }
  const keys = new Map<string, string>();
  for (const [key, ids] of base) {
    ids.forEach((id, index) => keys.set(id, ids.length === 1 ? key : `${key}${String.fromCharCode(97 + index)}`));
  }
  return keys;
}

/** The paper's canonical link: arXiv, else OpenReview, else its own URL. */
export function primaryUrl(paper: Paper): string | undefined {
  if (paper.arxiv) return arxivUrl(paper.arxiv);
  if (paper.openreview) return openreviewUrl(paper.openreview);
  return paper.url;
}

/** One BibTeX entry. Titles are double-braced so styles keep their capitalisation (SimCLR, BERT). */
export function bibtexEntry(paper: CitablePaper, key: string): string {
  const { data } = paper;
  const venue = venues[data.venue];
  const fields: [string, string][] = [
    ['title', `{${escapeLatex(data.title)}}`],
    ['author', data.authors.map(escapeLatex).join(' and ')],
  ];
  let type: string;
  if (venue.kind === 'journal') {
    type = 'article';
    fields.push(['journal', escapeLatex(venue.name)]);
  } else if (venue.kind === 'preprint') {
    type = 'misc';
    if (data.arxiv) {
      fields.push(['eprint', data.arxiv], ['archivePrefix', 'arXiv']);
    } else {
      fields.push(['howpublished', escapeLatex(venue.name)]);
    }
  } else {
    type = 'inproceedings';
    fields.push(['booktitle', escapeLatex(venue.name)]);
  }
  fields.push(['year', String(data.year)]);
  if (venue.kind !== 'preprint' && data.arxiv) fields.push(['eprint', data.arxiv], ['archivePrefix', 'arXiv']);
  const url = data.url ?? primaryUrl(data);
  if (url) fields.push(['url', url]);
  // Fields the field table maps to a BibTeX field of their own, value as it is.
  for (const { name, info } of fieldTable) {
    const value: unknown = data[name];
    if (info.bibtex && typeof value === 'string') fields.push([info.bibtex, value]);
  }
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** All papers as one .bib file, in the given order. */
export function bibtexFile(papers: readonly CitablePaper[], keys = citationKeys(papers)): string {
  return `${papers.map((paper) => bibtexEntry(paper, keys.get(paper.id) ?? paper.id)).join('\n\n')}\n`;
}
