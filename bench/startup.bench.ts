// CLI cold start (issue #11): `--version`, `--help` and `extract` of one article (each bundled
// sample: English, Bengali, Vietnamese; the packs differ in how much they load), each run as a
// fresh process of the built CLI (dist/, what users run), median of 10 runs after one untimed run
// (which warms the file cache). Wall time is what a user waits for, but on a shared machine it
// mostly measures the other processes; the CPU time of the child (user + system, read through
// /usr/bin/time when it is installed) is the figure to compare between runs.
//   npm run bench startup        (builds dist/ first when src/ changed; CLAIMTRACE_STARTUP_RUNS=n to change the count)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const cli = join(root, "dist/cli/main.js");
const runs = Number(process.env.CLAIMTRACE_STARTUP_RUNS ?? 10);
const TIME = "/usr/bin/time";
const withTime = existsSync(TIME);
const outDir = mkdtempSync(join(tmpdir(), "ct-startup-"));
const out = join(outDir, "time.txt");

// The targets (issue #11) are for a quiet 2-core machine where node itself starts in ~40 ms: the
// first row, node running an empty script, shows what node costs on the machine at hand.
const cases: Array<{ name: string; args: string[]; target: number; bare?: boolean }> = [
  { name: "node (empty script, for reference)", args: ["-e", "0"], target: 40, bare: true },
  { name: "claimtrace --version", args: ["--version"], target: 250 },
  { name: "claimtrace --help", args: ["--help"], target: 250 },
  ...readdirSync(join(root, "samples")).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => ({ name: `claimtrace extract samples/${f}`, args: ["extract", join(root, "samples", f)], target: 400 })),
];

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

if (!existsSync(cli)) console.log("startup: dist/cli/main.js is missing: run `npm run build` first");
else try {
  console.log(`CLI cold start, median of ${runs} fresh processes (node ${process.version}); CPU = user + system of the child${withTime ? "" : " (not measured: /usr/bin/time is not installed)"}`);
  for (const c of cases) {
    const wall: number[] = [], cpu: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const argv = c.bare ? c.args : [cli, ...c.args];
      const r = withTime
        ? spawnSync(TIME, ["-f", "%U %S", "-o", out, process.execPath, ...argv], { encoding: "utf8", cwd: root })
        : spawnSync(process.execPath, argv, { encoding: "utf8", cwd: root });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`${c.name} failed: ${r.stderr.trim().split("\n").pop()}`);
      if (i === 0) continue; // the untimed run warms the file cache
      wall.push(ms);
      if (withTime) {
        const [u, s] = readFileSync(out, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
        cpu.push((u! + s!) * 1000);
      }
    }
    const w = median(wall), cp = withTime ? median(cpu) : NaN;
    const verdict = (x: number) => (Number.isNaN(x) ? "" : x <= c.target ? "ok" : "MISSED");
    console.log(`  ${c.name.padEnd(38)} wall ${w.toFixed(0).padStart(5)} ms  CPU ${withTime ? cp.toFixed(0).padStart(5) : "    -"} ms  (target <= ${c.target} ms: CPU ${verdict(cp)}, wall ${verdict(w)})`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
