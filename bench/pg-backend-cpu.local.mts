// LOCAL tool (api-agg, issue #11), not run by `npm run bench`: `npx tsx bench/pg-backend-cpu.local.mts <pg url>`.
// Wall time means little on a loaded machine and a query's CPU is spent in the server process:
// mean PostgreSQL backend CPU per query: utime+stime (clock ticks, /proc) of this database's backends, summed over many queries.
import { readdirSync, readFileSync } from "node:fs";
import { openStore } from "../src/store/index.js";
const db = new URL(process.argv[2]).pathname.slice(1);
const ticks = () => {
  let t = 0;
  for (const pid of readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes(`: postgres ${db} `)) continue;
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      t += Number(f[11]) + Number(f[12]);
    } catch { /* gone */ }
  }
  return t * 10; // ms (USER_HZ 100)
};
const s = await openStore(process.argv[2]);
const names = ["Ukrainian Air Force", "Pentagon", "Kremlin", "NATO", "Yonhap", "Lloyd Austin", "Dmitry Peskov", "UN OHCHR", "Antony Blinken", "Kim Yong-hyun"];
const day = (i: number) => new Date(Date.UTC(2024, 8, 1) + i * 86_400_000).toISOString().slice(0, 10);
await s.facets({ claimant: "Pentagon" });
const cases: Array<[string, (i: number) => Promise<unknown>]> = [
  ["facets claimant+from", (i) => s.facets({ claimant: names[i % 10], from: day(i % 100) })],
  ["facets by lang", (i) => s.facets({ lang: ["en", "ru", "bn", "vi"][i % 4] as any })],
  ["facets all", () => s.facets({})],
  ["timeline by stance", () => s.timeline({}, "stance")],
  ["timeline by kind, claimant", (i) => s.timeline({ claimant: names[i % 10] }, "kind")],
  ["places by lang", (i) => s.places({ lang: ["en", "ru", "bn", "vi"][i % 4] as any })],
];
for (const [name, fn] of cases) {
  const N = 100; const t0 = ticks(); const c0 = process.cpuUsage(); const w0 = performance.now();
  for (let i = 0; i < N; i++) await fn(i);
  const c = process.cpuUsage(c0);
  console.log(`${name}: PG backend CPU ${((ticks() - t0) / N).toFixed(1)} ms/query, node CPU ${((c.user + c.system) / 1000 / N).toFixed(1)} ms/query, wall ${((performance.now() - w0) / N).toFixed(1)} ms/query (mean of ${N}, uncached store calls)`);
}
await s.close();
