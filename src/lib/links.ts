/**
 * A paper's links to other sites, from a link table (the link fields of src/schema.ts's field table). Plain
 * data and no schema import, so the browser can draw cards from the table papers-index.json carries.
 */

export interface LinkInfo {
  /** The link's text on cards. */
  readonly label: string;
  /** Its text on the paper page; `{value}` stands for the field's value. */
  readonly pageLabel: string;
  /** The URL is this prefix plus the value (URI-encoded when `encode`): '' for fields that hold a URL. */
  readonly prefix: string;
  readonly encode?: boolean;
}

/** Link fields in schema order, with their facts. */
export type LinkTable = Readonly<Record<string, LinkInfo>>;

export interface PaperLink {
  readonly field: string;
  readonly label: string;
  readonly pageLabel: string;
  readonly href: string;
}

export const linkHref = (info: LinkInfo, value: string): string =>
  info.prefix + (info.encode ? encodeURIComponent(value) : value);

/** The links a paper has, in the table's order. */
export function linksOf(data: Readonly<Record<string, unknown>>, table: LinkTable): PaperLink[] {
  return Object.entries(table).flatMap(([field, info]) => {
    const value = data[field];
    if (typeof value !== 'string' || value === '') return [];
    return [
      { field, label: info.label, pageLabel: info.pageLabel.replace('{value}', value), href: linkHref(info, value) },
    ];
  });
}
