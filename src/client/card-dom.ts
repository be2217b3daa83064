/** Draws the shared card model (src/lib/card.ts) as DOM, matching PaperCard.astro's markup. */
import type { Card, CardLink } from '../lib/card.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link({ href, label, className }: CardLink): HTMLAnchorElement {
  const anchor = element('a', className, label);
  anchor.href = href;
  return anchor;
}

export function cardElement(card: Card, headingLevel: 'h2' | 'h3' = 'h2'): HTMLLIElement {
  const item = element('li', 'paper');
  for (const [name, value] of Object.entries(card.attributes)) item.dataset[name] = value;
  const heading = element(headingLevel, 'paper-title');
  heading.append(link({ href: card.href, label: card.title }));
  const meta = element('p', 'paper-meta');
  if (card.short) meta.append(element('span', 'paper-short', card.short));
  meta.append(link(card.venue), element('span', 'paper-authors', card.authors));
  const tldr = element('p', 'paper-tldr');
  if (card.tldrLang) tldr.lang = card.tldrLang;
  // Typeset at build time from validated text (src/markdown/inline-math.ts); plain text otherwise.
  if (card.tldrHtml) tldr.innerHTML = card.tldrHtml;
  else tldr.textContent = card.tldr;
  const facets = element('p', 'paper-facets');
  facets.append(...card.chips.map(link));
  const links = element('p', 'paper-links');
  links.append(...card.links.map(link));
  item.append(heading, meta, tldr, facets, links);
  return item;
}
