// `claimtrace measures`: claims about the same count, lined up across outlets and languages, each
// measure with every source's figure and the verdicts between them.
import { printable } from "../terminal.js";
import type { Command } from "commander";
import { phrase } from "../../compare/intervals.js";
import type { Measure, Statement } from "../../compare/types.js";
import type { resolveValue } from "../../query/vocabulary.js";
import { printWarnings } from "../options.js";

interface Opts { db?: string; json?: boolean; contested?: boolean; item?: string }

function says(s: Statement): string {
  if (s.value === null || s.qualifier === null) return "denies it";
  return `${s.stance === "assert" ? "" : s.stance + ": "}${phrase(s.value, s.qualifier)}`;
}

/** Why no measure was listed: an empty store, or filters that exclude every measure it has (say which). */
function noneExplained(all: Measure[], opts: Opts, resolve: typeof resolveValue): string {
  if (!all.length) return "No measures: the store has no claims with numbers (ingest some articles first).\n";
  const why: string[] = [];
  if (opts.item) why.push(`none counts ${resolve("item", opts.item).value} (--item ${opts.item})`);
  if (opts.contested) why.push("none with a contradiction (--contested)");
  const counts = new Map<string, number>();
  for (const m of all) counts.set(m.key.item, (counts.get(m.key.item) ?? 0) + 1);
  const have = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} (${n})`).join(", ");
  return `No measures match: ${why.join(" and ")}. The store's ${all.length} measures count: ${have}.\n`;
}

function human(ms: Measure[]): string {
  const out: string[] = [];
  for (const m of ms) {
    const c = m.counts;
    out.push(`${m.label}  [${m.id}]`);
    out.push(`  ${c.sources} sources, ${c.articles} articles (${c.languages.join(", ")}); ${c.contradict} contradict, ${c.consistent} consistent, ${c.agree} agree`);
    for (const s of [...m.statements, ...m.denials, ...m.other]) {
      const where = [...new Set(s.reports.map((r) => `${r.outlet ?? "article " + r.articleId}/${r.lang}`))].join(", ");
      const marks = [s.night ? "night" : "", s.rising ? "rose to" : "", s.date ? "" : "never judged"].filter(Boolean);
      out.push(`    ${s.date ?? "undated"}  ${s.claimant}: ${says(s)}${marks.length ? ` [${marks.join(", ")}]` : ""}  (${where})`);
    }
    // A denial contradicts every count at once: one line per denial, not one per pair.
    const byId = new Map([...m.statements, ...m.denials].map((s) => [s.id, s]));
    const denied = new Map<string, Statement[]>();
    for (const v of m.verdicts) {
      if (v.verdict !== "contradict") continue;
      const d = byId.get(v.a)?.value === null ? v.a : byId.get(v.b)?.value === null ? v.b : null;
      if (!d) { out.push(`    ✗ ${v.explanation}`); continue; }
      denied.set(d, [...(denied.get(d) ?? []), byId.get(v.a === d ? v.b : v.a)!]);
    }
    for (const [d, others] of denied) {
      out.push(`    ✗ ${byId.get(d)!.claimant} denies it, which contradicts: ${others.map((o) => `${o.claimant} ${says(o)}`).join("; ")}`);
    }
    out.push("");
  }
  return out.join("\n");
}

export function registerMeasures(program: Command): void {
  program
    .command("measures")
    .description("list measures: the same count from different sources, with agreements and contradictions")
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--json", "print the measures as JSON")
    .option("--contested", "only measures with a contradiction")
    .option("--item <item>", "only measures counting this item (uav, troops, missile, …)")
    .action(async (opts: Opts) => {
      // The vocabulary (and the gazetteer behind it) loads here, not at start-up.
      const [{ openStoreForCli }, { buildMeasures }, { loadClaimsForMeasures }, { measureItem, resolveValue }, { vocabularyWarnings }] = await Promise.all([
        import("../../server/open-store.js"), import("../../compare/measures.js"), import("../../compare/from-store.js"),
        import("../../query/vocabulary.js"), import("../../query/warnings.js"),
      ]);
      const store = await openStoreForCli(opts.db);
      try {
        const all = buildMeasures(await loadClaimsForMeasures(store));
        let ms = all;
        if (opts.contested) ms = ms.filter((m) => m.counts.contradict > 0);
        if (opts.item) {
          // Any word for the item ("drones", "troop", "ракеты"), as in `claimtrace claims`.
          printWarnings(vocabularyWarnings({ item: opts.item }));
          const key = measureItem(opts.item);
          ms = ms.filter((m) => m.key.item === key);
        }
        process.stdout.write(opts.json ? JSON.stringify(ms, null, 1) + "\n" : printable(ms.length ? human(ms) : noneExplained(all, opts, resolveValue)));
      } finally {
        await store.close();
      }
    });
}
