/**
 * The few interface strings the browser needs (the filter's status line, a card's "et al.", link labels) are
 * templates, so the page can hand its own language's words to the filter as data instead of shipping every
 * language's dictionary in the bundle. `{name}` is a value (numbers formatted for the language); `{name|noun}`
 * is a count with its noun, in the plural form Intl.PluralRules picks (`# papers`, `# 篇论文`).
 */

/** A noun's forms by plural category; `#` stands for the formatted count. `other` is always there. */
export type Plural = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

export interface TemplateLanguage {
  /** BCP 47 tag for Intl. */
  readonly lang: string;
  readonly nouns: Readonly<Record<string, Plural>>;
}

const formats = new Map<string, { numbers: Intl.NumberFormat; plurals: Intl.PluralRules }>();

function formatsOf(lang: string) {
  let found = formats.get(lang);
  if (!found) {
    found = { numbers: new Intl.NumberFormat(lang), plurals: new Intl.PluralRules(lang) };
    formats.set(lang, found);
  }
  return found;
}

/** `template` with its placeholders filled from `values`. */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number>>,
  language: TemplateLanguage,
): string {
  const { numbers, plurals } = formatsOf(language.lang);
  return template.replace(/\{(\w+)(?:\|(\w+))?\}/g, (whole, name: string, noun: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    const text = typeof value === 'number' ? numbers.format(value) : value;
    if (noun === undefined || typeof value !== 'number') return text;
    const forms = language.nouns[noun];
    if (!forms) return text;
    return (forms[plurals.select(value)] ?? forms.other).replace('#', text);
  });
}
