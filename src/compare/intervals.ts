// A stated figure as the set of true values it allows. Two figures contradict when their sets do
// not meet; they are consistent when they do. The slack given to round and approximate figures is
// what keeps "8,000" and "about 8,200" from being called a contradiction.
import type { Qualifier } from "../types.js";
import type { Interval } from "./types.js";

/** "about N" allows this much either side. */
export const APPROX_SLACK = 0.1;
/** A round "exact" figure (8,000) is itself rounded: it allows half its rounding unit, at most this share of it. */
export const ROUND_SLACK_CAP = 0.05;

/** Half the rounding unit of a round number (8,000 -> 500, 48 -> 0), capped at ROUND_SLACK_CAP of the value. */
export function roundSlack(v: number): number {
  if (!Number.isInteger(v) || v < 100) return 0;
  let unit = 1;
  while (v % (unit * 10) === 0) unit *= 10;
  if (unit < 100) return 0;
  return Math.min(unit / 2, v * ROUND_SLACK_CAP);
}

export function intervalOf(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case "exact": {
      const s = roundSlack(value);
      return { lo: value - s, hi: value + s, loOpen: false, hiOpen: false };
    }
    case "approx":
      return { lo: value * (1 - APPROX_SLACK), hi: value * (1 + APPROX_SLACK), loOpen: false, hiOpen: false };
    case "more_than":
      return { lo: value, hi: Infinity, loOpen: true, hiOpen: false };
    case "at_least":
      return { lo: value, hi: Infinity, loOpen: false, hiOpen: false };
    case "up_to":
    case "at_most":
      return { lo: 0, hi: value, loOpen: false, hiOpen: false };
    case "less_than":
      return { lo: 0, hi: value, loOpen: false, hiOpen: true };
    case "fraction":
      // A share of an unstated whole: only comparable with another share.
      return { lo: value - 0.005, hi: value + 0.005, loOpen: false, hiOpen: false };
  }
}

/** True when some value lies in both. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.hi < b.lo || b.hi < a.lo) return false;
  if (a.hi === b.lo) return !a.hiOpen && !b.loOpen;
  if (b.hi === a.lo) return !b.hiOpen && !a.loOpen;
  return true;
}

/** True when every value `inner` allows, `outer` allows too. */
export function contains(outer: Interval, inner: Interval): boolean {
  const loOk = outer.lo < inner.lo || (outer.lo === inner.lo && (!outer.loOpen || inner.loOpen));
  const hiOk = outer.hi > inner.hi || (outer.hi === inner.hi && (!outer.hiOpen || inner.hiOpen));
  return loOk && hiOk;
}

/** 8000 -> "8,000" (by hand: toLocaleString is slow enough to matter over many verdicts). */
export function formatNumber(v: number): string {
  if (!Number.isInteger(v)) return String(Math.round(v * 10000) / 10000);
  if (!Number.isFinite(v)) return String(v);
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A figure as a reader would say it: "up to 8,000", "more than 1,000", "one share of 0.3333". */
export function phrase(value: number, qualifier: Qualifier): string {
  const n = formatNumber(value);
  switch (qualifier) {
    case "exact": return n;
    case "approx": return `about ${n}`;
    case "more_than": return `more than ${n}`;
    case "at_least": return `at least ${n}`;
    case "up_to": return `up to ${n}`;
    case "at_most": return `at most ${n}`;
    case "less_than": return `less than ${n}`;
    case "fraction": return `a share of ${n}`;
  }
}
