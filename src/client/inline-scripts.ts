/**
 * Scripts that must run while the page is parsed, before it is painted, written into the page as inline
 * <script>s. The CSP allows each by its hash, which src/build/astro-config.ts computes from these strings.
 */

/** Narrow screens start with the facets folded (wide ones keep them open, as without JavaScript). */
export const FOLD_FACETS_ON_NARROW_SCREENS =
  "if(!matchMedia('(min-width: 64rem)').matches)for(const d of document.querySelectorAll('details.facet'))d.open=false;";

export const INLINE_SCRIPTS: readonly string[] = [FOLD_FACETS_ON_NARROW_SCREENS];
