import { openStore } from "../src/store/index.js";
for (const where of ["/work/stores/api1m.db", "postgres://postgres@127.0.0.1/bench1m"]) {
  const store: any = await openStore(where);
  for (const f of [{ kind: "interception" }, { stance: "deny" }, { q: "troops" }, { q: "said drones" }, { item: "uav" }, { place: "Kursk" }]) {
    const t0 = performance.now(); await store.timeline(f, "stance"); const t1 = performance.now(); await store.places(f); const t2 = performance.now();
    console.log(where.slice(0, 12), JSON.stringify(f), "timeline", (t1 - t0).toFixed(0), "places", (t2 - t1).toFixed(0));
  }
  await store.close();
}
process.exit(0);
