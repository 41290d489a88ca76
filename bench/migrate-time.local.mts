// LOCAL tool (api-agg, issue #11): time the pending migrations of an existing store: `npx tsx bench/migrate-time.local.mts <file or pg url>`.
import { openDriver } from "../src/store/index.js";
import { migrate } from "../src/store/migrations.js";
const d = await openDriver(process.argv[2]);
const c0 = process.cpuUsage(), t0 = performance.now();
await migrate(d);
const c = process.cpuUsage(c0);
const [r] = await d.all<{ n: number; c: number }>("SELECT count(*) AS n, (SELECT count(*) FROM claims) AS c FROM claim_counts");
console.log(`migrate: ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${((c.user + c.system) / 1e6).toFixed(2)} s CPU (node process); ${r.n} count cells for ${r.c} claims`);
await d.close();
