// How the dashboard writes values: numbers, qualifiers, figures and claimants.
export const fmt = (v) => (Number.isInteger(v) ? v.toLocaleString("en-US") : String(Math.round(v * 10000) / 10000));
export const QUAL = { exact: "", approx: "about ", more_than: "more than ", at_least: "at least ", up_to: "up to ", at_most: "at most ", less_than: "less than ", fraction: "share " };
export const figure = (q) => `${QUAL[q.qualifier] ?? ""}${fmt(q.value)} ${q.item.replace(/_/g, " ")} ${q.role}`;
export const who = (c) => (c.claimant && c.claimant.name !== "article" ? c.claimant.name : "(the article itself)");
/** A kind or item as words: "air_attack" -> "air attack". */
export const words = (s) => String(s).replace(/_/g, " ");
/** An article's title, or what names it when it has none. */
export const articleTitle = (title, id) => title || `(untitled article ${id})`;
