/**
 * KaTeX settings shared by the site's rehype-katex and the validator's parse check, so a formula the
 * validator accepts is exactly one the build can typeset.
 */
export const katexOptions = {
  // Entries come from strangers' pull requests: no \href, \url or \htmlData that could carry script.
  trust: false,
  // Bound the work a hostile formula can ask for (giant \rule sizes, macro bombs).
  maxSize: 20,
  maxExpand: 500,
  // Unicode letters in math are fine in our summaries; KaTeX's 'warn' only adds console noise.
  strict: 'ignore',
  // MathML only: browsers typeset it natively (with the self-hosted STIX Two Math font), pages are ~3× smaller,
  // there are no inline style attributes to allow in the CSP, and the build is far cheaper than KaTeX's HTML
  // output, which rehype-katex re-parses into a tree for every formula (see bench/results.md and README).
  output: 'mathml',
} as const;
