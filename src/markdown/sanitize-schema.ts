/**
 * What raw HTML an entry body may keep: GitHub's sanitizer rules (no script, iframe, object, embed, form,
 * style, meta, event handlers, or javascript:/data: URLs), applied before KaTeX so formulas survive.
 */
import { defaultSchema } from 'rehype-sanitize';

type Schema = typeof defaultSchema;
type AttributeList = NonNullable<Schema['attributes']>[string];

// GFM footnotes are already prefixed `user-content-` by remark-rehype; prefixing again would break their
// back-links, so the prefix is turned off and ids/names are instead only kept when they carry it (or are the
// footnote section's label). That keeps raw HTML from clobbering globals such as `document.forms`.
const clobberSafe = /^(?:user-content-|footnote-label$)/;
const everyElement: AttributeList = (defaultSchema.attributes?.['*'] ?? []).map((attribute) =>
  attribute === 'id' || attribute === 'name' ? [attribute, clobberSafe] : attribute,
);

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: { ...defaultSchema.attributes, '*': everyElement },
};
