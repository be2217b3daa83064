// The languages of the site: one dictionary with the same strings in each, Intl formatting per locale, and
// the URL helpers that keep a reader in their language.
import { describe, expect, it } from 'vitest';
import { LOCALES, localePath, splitLocale } from '../../src/i18n/locales.ts';
import { clientWords, format, ui, type Messages } from '../../src/i18n/ui.ts';
import { cardOf } from '../../src/lib/card.ts';
import { domainIds } from '../../src/data/domains.ts';
import { tagMeanings, tagVocabulary, type KnownTag } from '../../src/data/tags.ts';
import { domainLabel } from '../../src/lib/facets.ts';
import { linkTable, paperData } from '../../src/lib/fields.ts';
import { siteTexts, translationsDirOf } from '../../src/lib/site-settings.ts';
import { localeOfPath, paperUrl, relativePaperUrl, twinUrl } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';
import { fabricatedPaper } from '../support/fabricate.ts';

/** Every leaf of a dictionary by its dotted path, with its kind (a string, a function, a list's length). */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'function') out.set(path, `function/${value.length}`);
  else if (Array.isArray(value)) out.set(path, `list/${value.length}`);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      for (const entry of shape(inner, `${path}.${key}`)) out.set(...entry);
  } else out.set(path, typeof value);
  return out;
}

describe('the dictionary', () => {
  it('has every English string in every language, with the same arguments', () => {
    const english = shape(ui('en'));
    for (const locale of LOCALES) {
      const other = shape(ui(locale));
      // Link labels are optional per language (a missing one keeps the field registry's English label), and
      // each language has its own plural forms.
      const keys = (m: Map<string, string>) =>
        [...m.keys()].filter((k) => !k.startsWith('.links.') && !k.startsWith('.nouns.')).sort();
      expect(keys(other)).toEqual(keys(english));
      for (const key of keys(english)) expect(other.get(key), `${locale}${key}`).toBe(english.get(key));
    }
  });

  it('has no English left in the Chinese interface strings', () => {
    const texts = (m: Messages) =>
      [...shape(m).keys()].flatMap((key) => {
        const value = key
          .split('.')
          .slice(1)
          .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], m);
        return typeof value === 'string' ? [[key, value] as const] : [];
      });
    for (const [key, value] of texts(ui('zh')))
      expect(value.replace(/\{[^}]*\}/g, ''), key).not.toMatch(/\b(the|of|and|papers?)\b/i);
  });

  it('fills the same placeholders in every language’s templates', () => {
    const placeholders = (template: string) => [...template.matchAll(/\{[^}]*\}/g)].map((m) => m[0]).sort();
    const en = clientWords('en');
    for (const locale of LOCALES) {
      const words = clientWords(locale);
      for (const key of Object.keys(en.status) as (keyof typeof en.status)[])
        expect(placeholders(words.status[key]), `${locale} ${key}`).toEqual(placeholders(en.status[key]));
      expect(placeholders(words.etAl)).toEqual(placeholders(en.etAl));
    }
  });

  it('counts and words in the language of the page', () => {
    expect(ui('en').papers(1)).toBe('1 paper');
    expect(ui('en').papers(5000)).toBe('5,000 papers');
    expect(ui('zh').papers(5000)).toBe('5,000 篇论文');
    expect(ui('en').papers(1)).toBe('1 paper');
  });
});

describe('Intl formatting', () => {
  const day = new Date('2026-11-27T00:00:00Z');
  it('writes days and numbers as each language does', () => {
    expect(format('en').day(day)).toBe('November 27, 2026');
    expect(format('zh').day(day)).toBe('2026年11月27日');
    expect(format('en').number(12345)).toBe('12,345');
  });
});

describe('language URLs', () => {
  it('keep English at the root and other languages under their prefix', () => {
    expect(localePath('papers/pcl/', 'en')).toBe('papers/pcl/');
    expect(localePath('papers/pcl/', 'zh')).toBe('zh/papers/pcl/');
    expect(splitLocale('zh/papers/pcl/')).toEqual({ locale: 'zh', path: 'papers/pcl/' });
    // A paper whose slug starts like a prefix is not mistaken for the language.
    expect(splitLocale('papers/zh/')).toEqual({ locale: 'en', path: 'papers/zh/' });
    expect(paperUrl('pcl', 'zh')).toBe('/zh/papers/pcl/');
    expect(localeOfPath('/zh/')).toBe('zh');
    expect(localeOfPath('/zhou/')).toBe('en');
  });

  it('find the same page in the other language', () => {
    expect(twinUrl('/zh/venues/iclr/2021/', 'en')).toBe('/venues/iclr/2021/');
    expect(twinUrl('/venues/iclr/2021/', 'zh')).toBe('/zh/venues/iclr/2021/');
    expect(twinUrl('/', 'zh')).toBe('/zh/');
    expect(twinUrl('/zh/', 'zh')).toBe('/zh/');
  });

  it('link maps to papers relative to the page, so one drawing serves every language', () => {
    expect(relativePaperUrl('map/')('pcl')).toBe('../papers/pcl/');
    expect(relativePaperUrl('map/vision/')('pcl')).toBe('../../papers/pcl/');
    expect(new URL(relativePaperUrl('papers/moco/')('pcl'), 'https://x.org/zh/papers/moco/').pathname).toBe(
      '/zh/papers/pcl/',
    );
  });
});

describe('site texts', () => {
  it('has the list’s sentences in every language it is built in', () => {
    for (const locale of site.locales) expect(siteTexts(site, locale).heading).not.toBe('');
    expect(siteTexts(site, 'zh').topic).toBe('对比学习');
    expect(siteTexts({ ...site, translations: {} }, 'zh')).toMatchObject({ topic: site.topic });
    expect(translationsDirOf('content/papers', 'zh')).toBe('content/papers-zh');
    expect(translationsDirOf('lists/x/papers/', 'zh')).toBe('lists/x/papers-zh');
  });

  it('gives every tag and every domain a Chinese name or meaning', () => {
    for (const tag of Object.keys(tagVocabulary) as KnownTag[])
      expect(tagMeanings.zh?.[tag], tag).toMatch(/[\u4e00-\u9fff].*。$/);
    for (const id of domainIds) expect(domainLabel(id, 'zh'), id).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names domains in the page language, English where a name is missing', () => {
    expect(domainLabel('vision', 'zh')).toBe('计算机视觉');
    expect(domainLabel('vision')).toBe('Computer vision');
  });
});

describe('cards in Chinese', () => {
  it('link within the language and label in it', () => {
    const paper = fabricatedPaper('pcl', { code: 'https://github.com/salesforce/PCL', authors: ['A', 'B', 'C', 'D'] });
    const card = cardOf('pcl', paperData(paper.data), {
      links: linkTable,
      locale: 'zh',
      tldrLang: 'en',
      words: clientWords('zh'),
    });
    expect(card.href).toBe('/zh/papers/pcl/');
    expect(card.venue.href).toMatch(/^\/zh\/venues\//);
    expect(card.chips.every((chip) => chip.href.startsWith('/zh/'))).toBe(true);
    expect(card.links.map((l) => l.label)).toContain('代码');
    expect(card.authors).toBe('A, B, C 等（共 4 位作者）');
    expect(card.tldrLang).toBe('en');
  });
});
