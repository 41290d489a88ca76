// `claimtrace history` and `claimtrace origin`: a figure over time with every source that stated
// it, and where each figure was first published and who relayed it.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { figureOrigins, historiesOf, seriesHistories, type SeriesHistory } from "../../compare/history.js";
import type { Measure } from "../../compare/types.js";

interface Opts { db?: string; json?: boolean; item?: string; all?: boolean }

async function measuresOf(db: string | undefined): Promise<Measure[]> {
  // The store and the comparison load when the command runs, not at start-up.
  const [{ openStoreForCli }, { buildMeasures }, { loadClaimsForMeasures }] = await Promise.all([
    import("../../server/open-store.js"), import("../../compare/measures.js"), import("../../compare/from-store.js"),
  ]);
  const store = await openStoreForCli(db);
  try {
    return buildMeasures(await loadClaimsForMeasures(store));
  } finally {
    await store.close();
  }
}

function showHistory(h: SeriesHistory): string {
  const span = h.from && h.to ? (h.from === h.to ? ` · ${h.from}` : ` · ${h.from} to ${h.to}`) : "";
  const out = [`${h.label}${span}  [${h.seriesId}]`, `  ${h.path}`];
  for (const p of h.points) {
    const where = p.reports.map((r) => `${r.outlet ?? "article " + r.articleId}/${r.lang}${r.published ? " " + r.published : ""}`).join(", ");
    out.push(`    ${p.date}${p.night ? " (night)" : ""}  ${p.figure}${p.rising ? " (rose to)" : ""}  ${p.claimant}  (${where})`);
  }
  if (h.undated) out.push(`    and ${h.undated} undated statement(s), not placed in time`);
  return out.join("\n") + "\n";
}

export function registerHistory(program: Command): void {
  program
    .command("history [series]")
    .description("a figure over time with every source that stated it (series: an id from this list or from `measures`)")
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--json", "print the histories as JSON")
    .option("--item <item>", "only series counting this item")
    .option("--all", "also series seen on one date only")
    .action(async (series: string | undefined, opts: Opts) => {
      const ms = await measuresOf(opts.db);
      let hs: SeriesHistory[];
      if (series) {
        // A measure id names its series too.
        const sid = ms.find((m) => m.id === series)?.seriesId ?? series;
        const members = ms.filter((m) => m.seriesId === sid);
        if (!members.length) throw new CliError(`no series ${series} (see \`claimtrace history\` for the list)`, EXIT.input);
        hs = historiesOf(sid, members);
      } else {
        hs = seriesHistories(ms, opts.all ? 1 : 2).filter((h) => !opts.item || h.seriesId.startsWith(`${opts.item}.`));
      }
      if (opts.json) process.stdout.write(JSON.stringify(hs, null, 1) + "\n");
      else process.stdout.write(hs.length ? hs.map(showHistory).join("\n") : "No series with figures on more than one date (--all lists every series).\n");
    });

  program
    .command("origin [measure]")
    .description("where each figure was first published and which outlets relayed it, across languages")
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--json", "print the origins as JSON")
    .option("--item <item>", "only measures counting this item")
    .action(async (measure: string | undefined, opts: Opts) => {
      const ms = await measuresOf(opts.db);
      let chosen = ms;
      if (measure) {
        chosen = ms.filter((m) => m.id === measure);
        if (!chosen.length) throw new CliError(`no measure ${measure} (see \`claimtrace measures\`)`, EXIT.input);
      } else if (opts.item) chosen = ms.filter((m) => m.key.item === opts.item);
      const rows = chosen.map((m) => ({ measure: m.id, label: m.label, origins: figureOrigins(m) })).filter((r) => r.origins.length);
      if (opts.json) { process.stdout.write(JSON.stringify(rows, null, 1) + "\n"); return; }
      const out: string[] = [];
      for (const r of rows) {
        out.push(`${r.label}  [${r.measure}]`);
        for (const o of r.origins) out.push(`  ${o.text}`);
        out.push("");
      }
      process.stdout.write(out.length ? out.join("\n") : "No figures: the store has no claims with numbers.\n");
    });
}
