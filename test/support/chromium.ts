// Makes sure the browser tests have what they need on a fresh Debian machine: Debian's Chromium
// (driven by playwright-core, never a browser download) and the Noto fonts that render Bengali
// and Devanagari as text. When either is missing and we run as root, apt-get installs them, so
// `npm test` passes by itself on a fresh clone; otherwise the caller gets one line saying what to do.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";
/** A file fonts-noto-core installs: its presence means Bengali renders. */
const NOTO_BENGALI = "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf";

/** What is missing: Debian packages to install for this binary (empty when everything is there). */
export function missingPackages(binary: string, fontFile = NOTO_BENGALI): string[] {
  const missing: string[] = [];
  if (!existsSync(binary)) missing.push("chromium");
  if (!existsSync(fontFile)) missing.push("fonts-noto-core");
  return missing;
}

function apt(args: string[]): { ok: boolean; detail: string } {
  // The lock timeout lets parallel test files (or another apt run) wait instead of failing.
  const r = spawnSync("apt-get", ["-o", "DPkg::Lock::Timeout=600", ...args], {
    encoding: "utf8", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, stdio: ["ignore", "pipe", "pipe"],
  });
  if (r.error) return { ok: false, detail: r.error.message };
  const last = (r.stderr || r.stdout || "").trim().split("\n").filter(Boolean).pop() ?? "";
  return { ok: r.status === 0, detail: last };
}

/**
 * Returns the Chromium binary to use, installing Debian's chromium and fonts-noto-core first when
 * they are missing. Throws one line naming the problem when they cannot be installed.
 * CLAIMTRACE_CHROMIUM names another binary (then only the fonts are installed).
 */
export function ensureChromium(custom = process.env.CLAIMTRACE_CHROMIUM): string {
  const binary = custom ?? DEFAULT_CHROMIUM;
  const missing = missingPackages(binary).filter((p) => !(custom && p === "chromium"));
  if (missing.length > 0) {
    const how = `apt-get install ${missing.join(" ")}`;
    if (process.getuid?.() !== 0) throw new Error(`browser tests need ${missing.join(" and ")}: run '${how}' as root (or set CLAIMTRACE_CHROMIUM)`);
    process.stderr.write(`test: installing ${missing.join(" ")} with apt-get (needed by the browser tests)\n`);
    let r = apt(["install", "-y", "-qq", ...missing]);
    if (!r.ok) {
      // A fresh image often has no package lists yet.
      apt(["update", "-qq"]);
      r = apt(["install", "-y", "-qq", ...missing]);
    }
    if (!r.ok) throw new Error(`browser tests need ${missing.join(" and ")}, and '${how}' failed: ${r.detail}`);
  }
  if (!existsSync(binary)) throw new Error(`Chromium not found at ${binary}${custom ? " (CLAIMTRACE_CHROMIUM)" : " after installing chromium"}`);
  return binary;
}
