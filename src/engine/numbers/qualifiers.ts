// Qualifiers around a number: "about", "more than", "প্রায়", "khoảng", "около" before it;
// "এরও বেশি", "পর্যন্ত", "or more", "trở lên", "с лишним" after it. The number's own span
// excludes them; they are reported in `qualifierSpan`.
import type { Qualifier } from "../../types.js";
import { type Ctx } from "./context.js";

export interface QualifierHit {
  qualifier: Qualifier;
  start: number;
  end: number;
  side: "before" | "after";
}

/** The longest qualifier phrase ending just before token `start` (not before `floor`), else the one right after `end`. */
export function findQualifier(ctx: Ctx, start: number, end: number, floor: number): QualifierHit | null {
  const b = ctx.n.qualBefore.matchBefore(ctx.toks, start, floor);
  if (b) return { qualifier: b.value, start: b.start, end: b.end, side: "before" };
  const a = ctx.n.qualAfter.matchAt(ctx.toks, end);
  if (a) return { qualifier: a.value, start: a.start, end: a.end, side: "after" };
  return null;
}

/** A qualifier phrase starting at token k (a part after a partitive marker: "এর মধ্যে অন্তত একটি"). */
export function qualifierAt(ctx: Ctx, k: number): number {
  return ctx.n.qualBeforeFwd.matchAt(ctx.toks, k)?.end ?? k;
}
