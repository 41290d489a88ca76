// The benches time the built package (dist/: what `claimtrace` and `import "claimtrace"` run), not
// src/ compiled on the fly by tsx. tsx compiles with esbuild's keepNames, which wraps every
// function in a call that sets its name, closures made per sentence included: the same engine
// took 1.53 ms CPU per English article from src/ under tsx and 0.97 ms from dist/.
// `npm run bench` rebuilds dist/ when a file under src/ is newer; a bench run on its own
// (`npx tsx bench/api.bench.ts`) stops with one line instead of timing stale code.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const stamp = join(root, "dist/index.js");

/** The newest file under a folder (path and mtime), in one walk. */
function newest(dir: string): { path: string; mtime: number } {
  let best = { path: dir, mtime: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    const n = e.isDirectory() ? newest(p) : { path: p, mtime: statSync(p).mtimeMs };
    if (n.mtime > best.mtime) best = n;
  }
  return best;
}

/** Why dist/ cannot be timed (missing, or older than a source file), or null when it is current. */
export function staleDist(): string | null {
  if (!existsSync(stamp)) return "dist/ is missing";
  const src = newest(join(root, "src"));
  return src.mtime > statSync(stamp).mtimeMs ? `dist/ is older than ${src.path.slice(root.length)}` : null;
}

/** Builds dist/ when it is stale (used by `npm run bench` before any bench loads it). */
export function buildIfStale(): void {
  const why = staleDist();
  if (!why) return;
  console.log(`${why}: npm run build`);
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) { console.error("bench: npm run build failed"); process.exit(1); }
}

/** A module of dist/, typed as its source module: `await fromDist<typeof import("../src/x.js")>("x.js")`. */
export async function fromDist<T>(rel: string): Promise<T> {
  const why = staleDist();
  if (why) { console.error(`bench: ${why}; run \`npm run build\` (npm run bench does it)`); process.exit(1); }
  return (await import(pathToFileURL(join(root, "dist", rel)).href)) as T;
}
