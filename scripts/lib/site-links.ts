/**
 * Internal link integrity of a built site: every reference in `dist/` that points at the site itself must
 * name a file that exists under the base path, and a `#fragment` on a page must name an element of it.
 * Generic over whatever the build emits: it looks at file types, not at known pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { decodeEntities } from '../../src/lib/entities.ts';

export interface SiteLinkOptions {
  /** The base path the site is served under, e.g. `/` or `/contrastive-papers/`. */
  readonly base: string;
  /** The deployed origin, e.g. `https://example.github.io`; absolute URLs on it are internal. */
  readonly site: string;
}

export interface BrokenLink {
  /** The file holding the reference, relative to dist with `/` separators. */
  readonly file: string;
  readonly reference: string;
  readonly reason: string;
}

export interface LinkReport {
  /** Internal references checked (each occurrence counts). */
  readonly checked: number;
  /** References to other origins, skipped. */
  readonly external: number;
  /** Files read for references. */
  readonly files: number;
  readonly broken: readonly BrokenLink[];
}

/** A reference as written, before resolution. */
export interface RawReference {
  readonly value: string;
  /**
   * Feeds, sitemaps and Open Graph tags are read without a page to resolve against: a relative value
   * there is a bug even when it would resolve.
   */
  readonly mustBeAbsolute?: boolean;
}

/**
 * Base and site as a build in this environment gets them: BASE_PATH and SITE_URL, with astro.config.mjs's
 * defaults. (Importing the config itself would take seconds: it loads the whole Markdown pipeline.)
 */
export function siteOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SiteLinkOptions {
  return { base: env['BASE_PATH'] || '/', site: env['SITE_URL'] || 'http://localhost:4321' };
}

/** `/contrastive-papers` and `contrastive-papers/` both become `/contrastive-papers/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function formatBroken(link: BrokenLink): string {
  return `${link.file}: ${link.reference} (${link.reason})`;
}

// ---------------------------------------------------------------------------------------------------------
// Extraction, one function per file type. Each returns references as written; resolution happens later.

const SKIPPED_SCHEMES = /^(?:mailto|tel|javascript|data|blob|about|sms):/i;

/** `url(…)` and `@import "…"` targets of a style sheet. Fragment-only values name SVG elements, not files. */
export function cssReferences(css: string): RawReference[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: RawReference[] = [];
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)) {
    found.push({ value: m[1] ?? m[2] ?? m[3] ?? '' });
  }
  for (const m of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) found.push({ value: m[1] ?? m[2] ?? '' });
  return found.filter((r) => r.value !== '' && !r.value.startsWith('#'));
}

/**
 * Candidate URLs of a `srcset`, tokenised as the HTML spec does: a URL runs to the next whitespace (a comma
 * inside it, as in a data: URL, is part of it) and its descriptors run to the next comma.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset.charAt(i))) i += 1;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset.charAt(i))) i += 1;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else while (i < srcset.length && srcset.charAt(i) !== ',') i += 1;
    if (url !== '') urls.push(url);
  }
  return urls;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'poster', 'action', 'formaction'];
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];
/** Meta tags whose content is by definition a URL; the Open Graph protocol requires them absolute. */
const URL_METAS = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:audio',
  'og:video',
  'twitter:image',
  'twitter:url',
]);

const ABSOLUTE_HTTP = /^https?:\/\/[^\s"'<>]+$/i;

function metaReferences(meta: HTMLElement): RawReference[] {
  const content = meta.getAttribute('content')?.trim() ?? '';
  const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
  if (content === '') return [];
  if (URL_METAS.has(name)) return [{ value: content, mustBeAbsolute: true }];
  // Astro's redirects are `<meta http-equiv="refresh" content="0;url=/new/">`.
  if (meta.getAttribute('http-equiv')?.toLowerCase() === 'refresh') {
    const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
    return target ? [{ value: target.trim() }] : [];
  }
  // Other metas (citation_pdf_url, …) are checked only when they are absolute URLs, so text is never mistaken.
  return ABSOLUTE_HTTP.test(content) ? [{ value: content }] : [];
}

/** Every string in a JSON value that is an absolute http(s) URL. */
export function jsonUrls(value: unknown): string[] {
  if (typeof value === 'string') return ABSOLUTE_HTTP.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonUrls);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(jsonUrls);
  return [];
}

/** Absolute http(s) URLs in free text (BibTeX, robots.txt), without trailing punctuation. */
export function textUrls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>{}\\^`|]+/gi)].map((m) => m[0].replace(/[.,;:!?)\]]+$/, ''));
}

export interface HtmlScan {
  readonly references: RawReference[];
  /** `<base href>`, which relative references resolve against instead of the page's own URL. */
  readonly baseHref: string | undefined;
  /** Ids and `<a name>`s: the fragments this page can be linked to. */
  readonly anchors: ReadonlySet<string>;
}

export function scanHtml(html: string): HtmlScan {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const references: RawReference[] = [];
  const anchors = new Set<string>();
  for (const element of root.querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    const id = element.getAttribute('id');
    if (id) anchors.add(id);
    const name = element.getAttribute('name');
    if (tag === 'a' && name) anchors.add(name);
    if (tag === 'base') continue;
    for (const attribute of URL_ATTRIBUTES) {
      const value = element.getAttribute(attribute)?.trim();
      if (value !== undefined && value !== '') references.push({ value });
    }
    for (const attribute of SRCSET_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value) references.push(...srcsetUrls(value).map((url) => ({ value: url })));
    }
    const style = element.getAttribute('style');
    if (style) references.push(...cssReferences(style));
    if (tag === 'meta') references.push(...metaReferences(element));
    if (tag === 'style') references.push(...cssReferences(element.text));
    if (tag === 'script' && element.getAttribute('type')?.toLowerCase() === 'application/ld+json') {
      references.push(...jsonTextUrls(element.text).map((url) => ({ value: url })));
    }
  }
  return { references, baseHref: root.querySelector('base[href]')?.getAttribute('href'), anchors };
}

function jsonTextUrls(text: string): string[] {
  try {
    return jsonUrls(JSON.parse(text));
  } catch {
    return textUrls(text);
  }
}

/** Elements whose text is a URL by the sitemap and RSS specifications, so it must be absolute. */
const URL_ELEMENTS = new Set(['loc', 'link', 'guid']);

/**
 * Sitemaps, RSS and Atom: `<loc>`, `<link>`, permalink `<guid>`, any other element whose whole text is an
 * absolute URL, and `href`/`src`/`url` attributes (Atom links, enclosures, `<?xml-stylesheet?>`).
 */
export function xmlReferences(xml: string): RawReference[] {
  // CDATA holds text (often escaped HTML); escaping it keeps its quotes and tags out of the patterns below.
  const text = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, inner: string) =>
    inner.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
  );
  const found: RawReference[] = [];
  for (const m of text.matchAll(/<([A-Za-z][\w:.-]*)(\s[^>]*)?>([^<]*)<\/\1\s*>/g)) {
    const local = (m[1] ?? '').split(':').pop()?.toLowerCase() ?? '';
    const value = decodeEntities(m[3] ?? '').trim();
    if (value === '') continue;
    const notPermalink = local === 'guid' && /isPermaLink\s*=\s*["']false["']/i.test(m[2] ?? '');
    if (URL_ELEMENTS.has(local) && !notPermalink) found.push({ value, mustBeAbsolute: true });
    else if (ABSOLUTE_HTTP.test(value) && !notPermalink) found.push({ value });
  }
  for (const m of text.matchAll(/\s(?:href|src|url)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const value = decodeEntities(m[1] ?? m[2] ?? '').trim();
    if (value !== '') found.push({ value });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Resolution.

type Kind = 'html' | 'css' | 'xml' | 'json' | 'text';
const KINDS: Readonly<Record<string, Kind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.css': 'css',
  '.xml': 'xml',
  '.xsl': 'xml',
  '.rss': 'xml',
  '.atom': 'xml',
  '.svg': 'xml',
  '.json': 'json',
  '.webmanifest': 'json',
  '.bib': 'text',
  '.txt': 'text',
};

/** Every file under `dir`, relative, with `/` separators, sorted so reports are stable. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL a file is served at: `papers/x/index.html` is `<base>papers/x/`. */
function servedUrl(file: string, base: string, origin: string): URL {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(base + path.split('/').map(encodeURIComponent).join('/'), origin);
}

interface Site {
  readonly dist: string;
  readonly base: string;
  readonly origin: string;
  readonly files: ReadonlySet<string>;
  readonly directories: ReadonlySet<string>;
  /** Pages are parsed once, whether for their own references or as the target of a fragment. */
  readonly pages: Map<string, HtmlScan>;
}

function openSite(dist: string, options: SiteLinkOptions): Site {
  const files = listFiles(dist);
  const directories = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) directories.add(parts.slice(0, depth).join('/'));
  }
  return {
    dist,
    base: normaliseBase(options.base),
    origin: new URL(options.site).origin,
    files: new Set(files),
    directories,
    pages: new Map(),
  };
}

function scanPage(site: Site, file: string): HtmlScan {
  let scan = site.pages.get(file);
  if (!scan) {
    scan = scanHtml(readFileSync(join(site.dist, file), 'utf8'));
    site.pages.set(file, scan);
  }
  return scan;
}

/**
 * The file a path below the base names, as a static host serves it: `x/` is `x/index.html`, and `x` without
 * the slash is redirected there when `x` is a directory (GitHub Pages and `astro preview` both do).
 */
function targetFile(site: Site, path: string): string | undefined {
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return site.files.has(index) ? index : undefined;
  }
  if (site.files.has(path)) return path;
  return site.directories.has(path) && site.files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

type Outcome = { readonly kind: 'skipped' | 'external' | 'ok' } | { readonly kind: 'broken'; readonly reason: string };

/** Checks one reference of a file served at `docUrl`. */
function checkReference(site: Site, reference: RawReference, docUrl: URL): Outcome {
  const value = reference.value;
  if (SKIPPED_SCHEMES.test(value)) return { kind: 'skipped' };
  let url: URL;
  try {
    url = reference.mustBeAbsolute ? new URL(value) : new URL(value, docUrl);
  } catch {
    return { kind: 'broken', reason: reference.mustBeAbsolute ? 'not an absolute URL' : 'malformed URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'skipped' };
  if (url.origin !== site.origin) return { kind: 'external' };
  if (!url.pathname.startsWith(site.base)) return { kind: 'broken', reason: `outside the base path ${site.base}` };
  const path = safeDecode(url.pathname.slice(site.base.length));
  if (path === undefined) return { kind: 'broken', reason: 'malformed percent-encoding' };
  const file = targetFile(site, path);
  if (file === undefined) {
    return { kind: 'broken', reason: `no file ${path === '' || path.endsWith('/') ? `${path}index.html` : path}` };
  }
  const fragment = safeDecode(url.hash.slice(1)) ?? url.hash.slice(1);
  // `#top` scrolls to the top without an element (HTML spec); `:~:` starts a text fragment, not an id.
  const checkable = fragment !== '' && fragment.toLowerCase() !== 'top' && !fragment.startsWith(':~:');
  if (checkable && KINDS[extname(file).toLowerCase()] === 'html' && !scanPage(site, file).anchors.has(fragment)) {
    return { kind: 'broken', reason: `no element with id "${fragment}" in ${file}` };
  }
  return { kind: 'ok' };
}

function referencesOf(
  site: Site,
  file: string,
  kind: Kind,
): { references: RawReference[]; baseHref?: string | undefined } {
  if (kind === 'html') return scanPage(site, file);
  const text = readFileSync(join(site.dist, file), 'utf8');
  switch (kind) {
    case 'css':
      return { references: cssReferences(text) };
    case 'xml':
      return { references: xmlReferences(text) };
    case 'json':
      return { references: jsonTextUrls(text).map((value) => ({ value })) };
    case 'text':
      return { references: textUrls(text).map((value) => ({ value })) };
  }
}

/** Checks every internal reference of every file in `dist`. */
export function checkSiteLinks(dist: string, options: SiteLinkOptions): LinkReport {
  const site = openSite(dist, options);
  let checked = 0;
  let external = 0;
  let files = 0;
  const broken: BrokenLink[] = [];
  for (const file of site.files) {
    const kind = KINDS[extname(file).toLowerCase()];
    if (kind === undefined) continue;
    files += 1;
    const { references, baseHref } = referencesOf(site, file, kind);
    const served = servedUrl(file, site.base, site.origin);
    const docUrl = baseHref ? new URL(baseHref, served) : served;
    for (const reference of references) {
      const outcome = checkReference(site, reference, docUrl);
      if (outcome.kind === 'external') external += 1;
      if (outcome.kind === 'ok' || outcome.kind === 'broken') checked += 1;
      if (outcome.kind === 'broken') broken.push({ file, reference: reference.value, reason: outcome.reason });
    }
  }
  return { checked, external, files, broken };
}
