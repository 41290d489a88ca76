// Fractions: "half", "অর্ধেক", "треть" on their own; "a third"; a numerator followed by a
// denominator word ("two thirds", "এক তৃতীয়াংশ", "две трети", "one-third"), by an infix and a
// number ("một phần ba"), or by a standalone fraction word ("một nửa" = 1 × ½).
import { lookupInflected } from "./compile.js";
import { type Ctx } from "./context.js";
import { parseNumber, readAtom } from "./compose.js";

export interface FractionHit {
  value: number;
  end: number;
  why: string;
}

function denominatorAt(ctx: Ctx, k: number): { den: number; end: number } | null {
  const { toks, n } = ctx;
  let t = toks[k];
  let j = k;
  // "one-third": a glued hyphen before the denominator.
  if (t && t.kind === "punct" && t.text === "-" && t.glued && toks[k + 1]?.glued) { j = k + 1; t = toks[j]; }
  if (!t || t.kind !== "word") return null;
  const r = lookupInflected(t.norm, n.denominators, n.endings);
  return r ? { den: r.value, end: j + 1 } : null;
}

/** A fraction that starts at token i without a numerator: "half", "треть", "a third". */
export function fractionAt(ctx: Ctx, i: number): FractionHit | null {
  const a = readAtom(ctx, i);
  if (!a) return null;
  if (a.kind === "standalone") return { value: a.value, end: a.end, why: `fraction word "${ctx.toks[i].text}"` };
  if (a.kind === "article") {
    const d = denominatorAt(ctx, a.end);
    if (d) return { value: 1 / d.den, end: d.end, why: `fraction: "${ctx.toks[i].text}" + denominator` };
  }
  return null;
}

/** A fraction completing a numerator that ends at token k. */
export function fractionAfter(ctx: Ctx, numerator: number, k: number): FractionHit | null {
  if (!Number.isInteger(numerator) || numerator < 1) return null;
  const d = denominatorAt(ctx, k);
  if (d) return { value: numerator / d.den, end: d.end, why: `fraction: numerator ${numerator} / denominator ${d.den}` };
  const inf = ctx.n.infix.matchAt(ctx.toks, k);
  if (inf) {
    const den = parseNumber(ctx, inf.end, { allowTail: true });
    if (den && !den.drop && den.value > 0) return { value: numerator / den.value, end: den.end, why: `fraction: ${numerator} "${ctx.toks[k].text}" ${den.value}` };
  }
  const a = readAtom(ctx, k);
  if (a && a.kind === "standalone") return { value: numerator * a.value, end: a.end, why: `fraction: ${numerator} × "${ctx.toks[k].text}"` };
  return null;
}
