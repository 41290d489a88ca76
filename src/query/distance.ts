// Edit distance for "did you mean": Levenshtein over code points, with a bound so that comparing a
// mistyped value with a few thousand names stays cheap (a row that exceeds the bound stops early).

/** Levenshtein distance between a and b, or `bound + 1` as soon as it is known to exceed `bound`. */
export function editDistance(a: string, b: string, bound = Infinity): number {
  const x = [...a], y = [...b];
  if (Math.abs(x.length - y.length) > bound) return bound + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > bound) return bound + 1;
    prev = cur;
  }
  return prev[y.length];
}

/** How many edits a value of this length may be away from a suggestion: 1 for short words, up to a third of it. */
export function allowedEdits(s: string): number {
  return Math.max(1, Math.min(4, Math.floor([...s].length / 3)));
}

/**
 * The closest candidates to `value` (at most `max`), by edit distance over each candidate's forms
 * (a name and its aliases, or one word of them); ties keep the candidates' order.
 */
export function closest<T>(value: string, candidates: Iterable<{ key: T; forms: string[] }>, max = 5): T[] {
  const bound = allowedEdits(value);
  const scored: Array<{ key: T; d: number; n: number }> = [];
  let n = 0;
  for (const c of candidates) {
    let d = bound + 1;
    for (const f of c.forms) d = Math.min(d, editDistance(value, f, Math.min(bound, d)));
    if (d <= bound) scored.push({ key: c.key, d, n: n++ });
  }
  const seen = new Set<T>();
  return scored.sort((a, b) => a.d - b.d || a.n - b.n).map((s) => s.key).filter((k) => !seen.has(k) && !!seen.add(k)).slice(0, max);
}
