/** "Did you mean" suggestions for misspelt registry keys and field names. */

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment), so the
 * typo ICRL is one edit from ICLR but two from ICML. Case-insensitive; meant for short keys and field names.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= s.length; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(s.length, t.length);
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !['the', 'of', 'on', 'and', 'in', 'for', 'ieee', 'acm', 'cvf'].includes(w));

/**
 * The key whose name a written-out value stands for: "computer vision" for vision (label "Computer vision"),
 * "Neural Information Processing Systems" for NeurIPS. Every word of the input must occur in the name, and
 * the input must be most of the name; ties go to the shortest name.
 */
export function closestByName(input: string, names: Readonly<Record<string, string>>): string | undefined {
  const wanted = words(input);
  if (wanted.length === 0) return undefined;
  let best: { key: string; size: number } | undefined;
  for (const [key, name] of Object.entries(names)) {
    const have = words(name);
    if (!wanted.every((w) => have.includes(w)) || wanted.length * 2 < have.length) continue;
    if (!best || have.length < best.size) best = { key, size: have.length };
  }
  return best?.key;
}

/**
 * The closest candidate to `input`, if it is close enough to be a likely typo (case differences are free).
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
