// Whether two statements about the same measure can both be true, and why, in words.
import { contains, formatNumber, overlaps, phrase } from "./intervals.js";
import type { Statement, Verdict, VerdictKind } from "./types.js";

function said(s: Statement): string {
  if (s.value === null || s.qualifier === null) return `${s.claimant} denies it`;
  const verb = s.stance === "deny" ? "denies" : "says";
  return `${s.claimant} ${verb} ${phrase(s.value, s.qualifier)}${s.date ? ` (${s.date}${s.dateInferred ? ", date of publication" : ""})` : ""}`;
}

function verdict(a: Statement, b: Statement, kind: VerdictKind, why: string): Verdict {
  return { a: a.id, b: b.id, verdict: kind, explanation: `${said(a)}; ${said(b)}: ${why}` };
}

/** An assertion that the count is zero ("no troops were sent") is what a denial says too. */
function assertsNone(s: Statement): boolean {
  return s.interval !== null && s.interval.lo === 0 && s.interval.hi === 0;
}

/**
 * The verdict alone, without building its explanation: what counting a large measure needs.
 * Must agree with compareStatements (tested).
 */
export function judge(a: Statement, b: Statement): VerdictKind | null {
  if ((a.stance !== "assert" && a.stance !== "deny") || (b.stance !== "assert" && b.stance !== "deny")) return null;
  const aBare = a.value === null, bBare = b.value === null;
  if (aBare || bBare) {
    if (aBare && bBare) return "agree";
    const other = aBare ? b : a;
    if (other.stance === "deny" || assertsNone(other)) return "agree";
    return "contradict";
  }
  if ((a.qualifier === "fraction") !== (b.qualifier === "fraction")) return null;
  const meet = overlaps(a.interval!, b.interval!);
  if (a.stance === "deny" || b.stance === "deny") {
    if (a.stance === "deny" && b.stance === "deny") return meet ? "agree" : null;
    return meet ? "contradict" : "consistent";
  }
  if (a.value === b.value && a.qualifier === b.qualifier) return "agree";
  return meet ? "consistent" : "contradict";
}

/**
 * Compares two statements about one measure. Returns null when they cannot be compared: a share
 * ("one third") against a count, or two figures of which one is a question or forecast.
 */
export function compareStatements(a: Statement, b: Statement): Verdict | null {
  if (a.stance !== "assert" && a.stance !== "deny") return null;
  if (b.stance !== "assert" && b.stance !== "deny") return null;

  // A denial that states no number denies the whole thing.
  const aBare = a.value === null, bBare = b.value === null;
  if (aBare || bBare) {
    if (aBare && bBare) return verdict(a, b, "agree", "both deny it");
    const [denial, other] = aBare ? [a, b] : [b, a];
    if (other.stance === "deny") return verdict(a, b, "agree", "both deny it");
    if (assertsNone(other)) return verdict(a, b, "agree", `${other.claimant}'s count of zero is what ${denial.claimant}'s denial says`);
    return verdict(a, b, "contradict", `${denial.claimant} denies what ${other.claimant} counts; both cannot be true`);
  }

  const ia = a.interval!, ib = b.interval!;
  if ((a.qualifier === "fraction") !== (b.qualifier === "fraction")) return null;

  if (a.stance === "deny" || b.stance === "deny") {
    if (a.stance === "deny" && b.stance === "deny") {
      return overlaps(ia, ib) ? verdict(a, b, "agree", "both deny the same figure") : null;
    }
    return overlaps(ia, ib)
      ? verdict(a, b, "contradict", "one denies the figure the other asserts")
      : verdict(a, b, "consistent", "the figure denied is not the one asserted");
  }

  if (a.value === b.value && a.qualifier === b.qualifier) return verdict(a, b, "agree", "the same figure");
  if (!overlaps(ia, ib)) {
    const [low, high] = ia.hi < ib.lo || (ia.hi === ib.lo) ? [a, b] : [b, a];
    const lowP = phrase(low.value!, low.qualifier!), highP = phrase(high.value!, high.qualifier!);
    return verdict(a, b, "contradict",
      `both cannot be true: "${highP}" is more than "${lowP}" allows (at most ${formatNumber(low.interval!.hi)})`);
  }
  // A stated figure (8,000) within the other's range (up to 8,000) reads better than the overlap of two ranges.
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if ((x.qualifier === "exact" || x.qualifier === "approx") && y.qualifier !== "exact" && y.qualifier !== "approx" &&
      overlaps({ lo: x.value!, hi: x.value!, loOpen: false, hiOpen: false }, y.interval!)) {
      return verdict(a, b, "consistent", `${formatNumber(x.value!)} lies within "${phrase(y.value!, y.qualifier!)}"`);
    }
  }
  if (contains(ib, ia) || contains(ia, ib)) {
    const [inner, outer] = contains(ib, ia) ? [a, b] : [b, a];
    return verdict(a, b, "consistent",
      `"${phrase(inner.value!, inner.qualifier!)}" lies within "${phrase(outer.value!, outer.qualifier!)}"`);
  }
  return verdict(a, b, "consistent",
    `"${phrase(a.value!, a.qualifier!)}" and "${phrase(b.value!, b.qualifier!)}" can both be true (they overlap between ${formatNumber(Math.max(ia.lo, ib.lo))} and ${formatNumber(Math.min(ia.hi, ib.hi))})`);
}
