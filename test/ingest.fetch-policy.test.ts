// The fetch policy: URL ingest, every redirect hop and feed items never reach loopback, private,
// link-local or cloud-metadata addresses unless --allow-private-network says so. Everything runs
// against servers on this machine: a "secret" page on 127.0.0.1 and ::1 that must never be read,
// and a front server on 127.0.0.2 that the redirect tests alone admit (the default policy plus that
// one exception), so that the policy judges the hop it redirects to. Addresses in 10/8 and
// 169.254/16 are refused before any connection is made.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { collectUnits, type SourceOptions } from "../src/ingest/sources.js";
import { runIngest } from "../src/ingest/run.js";
import { DEFAULT_FETCH, fetchUrl } from "../src/ingest/fetch.js";
import { addressRange, isPublicAddress } from "../src/ingest/fetch-policy.js";
import { EXTRACTOR_VERSION } from "../src/version.js";

const SECRET = "The internal ministry said 42 drones were stored in the secret depot, officials said.";
let tmp = "", store: Store;
const servers: Server[] = [];
let secret4 = "", secret6 = "", front = "";
const hits = { secret: 0 };

async function listen(host: string, handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  await new Promise<void>((r) => s.listen(0, host, r));
  servers.push(s);
  const port = (s.address() as AddressInfo).port;
  return host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-policy-"));
  store = await openStore(join(tmp, "policy.db"));
  const secretHandler: Parameters<typeof createServer>[1] = (_req, res) => {
    hits.secret++;
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    res.end(SECRET);
  };
  secret4 = await listen("127.0.0.1", secretHandler);
  secret6 = await listen("::1", secretHandler);
  front = await listen("127.0.0.2", (req, res) => {
    // /to?u=URL redirects to URL.
    const to = new URL(req.url ?? "/", "http://x").searchParams.get("u");
    res.writeHead(302, { location: to ?? "/" });
    res.end();
  });
});
after(async () => {
  for (const s of servers) { s.closeAllConnections(); await new Promise((r) => s.close(r)); }
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

const REFUSED = /^refused to fetch \S+( \(\S+\))?: a (loopback|private network|link-local|unspecified) address \(pass --allow-private-network to allow it\)$/;
const opts = (fetch: Partial<SourceOptions["fetch"]> = {}): SourceOptions => ({ fetch: { ...DEFAULT_FETCH, timeoutMs: 3000, ...fetch }, maxBytes: 1 << 20 });

async function ingest(inputs: string[], feeds: string[] = [], o = opts()) {
  return runIngest(await collectUnits(inputs, feeds, o), store, { extractorVersion: EXTRACTOR_VERSION, concurrency: 2 });
}

describe("address ranges", () => {
  test("only public unicast addresses pass; mapped, decimal and octal forms are seen through", () => {
    for (const ip of ["127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.0.1", "169.254.169.254", "fd00:ec2::254", "fc00::1", "fe80::1", "::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "0.0.0.0", "::", "100.64.0.1", "64:ff9b::7f00:1", "2002:7f00:1::"]) {
      assert.equal(isPublicAddress(ip), false, `${ip} (${addressRange(ip)})`);
    }
    for (const ip of ["8.8.8.8", "1.1.1.1", "2606:4700::1111"]) assert.equal(isPublicAddress(ip), true, ip);
    // The URL parser turns decimal, octal and hex hosts into dotted quads before the check.
    for (const u of ["http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/"]) assert.equal(new URL(u).hostname, "127.0.0.1");
  });
});

describe("refused by default", () => {
  test("direct URLs: 127.0.0.1, [::1], localhost, 10.x, 169.254.169.254, [fd00:ec2::254], 0.0.0.0 and the decimal form", async () => {
    const port4 = new URL(secret4).port, port6 = new URL(secret6).port;
    const urls = [`${secret4}/secret`, `${secret6}/secret`, `http://localhost:${port4}/secret`, `http://2130706433:${port4}/secret`,
      `http://[::ffff:127.0.0.1]:${port4}/secret`, `http://0.0.0.0:${port4}/secret`, "http://10.1.2.3/internal", "http://169.254.169.254/latest/meta-data/",
      "http://[fd00:ec2::254]/latest/meta-data/", `http://[::1]:${port6}/secret`];
    const s = await ingest(urls);
    assert.equal(s.ingested, 0);
    assert.equal(s.failed.length, urls.length);
    for (const f of s.failed) {
      assert.match(f.reason, REFUSED, f.origin);
      assert.equal(f.kind, "network");
    }
    assert.equal(hits.secret, 0, "no request reached the secret page");
  });

  test("a redirect to a local address is refused at that hop", async () => {
    // The front server is admitted (the one exception); where it redirects is judged by the default policy.
    const allowAddress = (ip: string) => ip === "127.0.0.2" || isPublicAddress(ip);
    for (const target of [`${secret4}/secret`, `${secret6}/secret`, "http://10.0.0.7/", "http://169.254.169.254/latest/meta-data/"]) {
      await assert.rejects(
        fetchUrl(`${front}/to?u=${encodeURIComponent(target)}`, { ...DEFAULT_FETCH, timeoutMs: 3000, allowAddress }),
        (e: Error) => { assert.match(e.message, REFUSED, target); return true; },
      );
    }
    // Through ingest too, with the same one-line reason.
    const s = await ingest([`${front}/to?u=${encodeURIComponent(`${secret4}/secret`)}`], [], opts({ allowAddress }));
    assert.equal(s.failed.length, 1);
    assert.match(s.failed[0].reason, REFUSED);
    assert.equal(hits.secret, 0);
  });

  test("feed items linking to local addresses are refused, each with its reason", async () => {
    const links = [`${secret4}/secret`, `${secret6}/secret`, "http://10.20.30.40/a", "http://169.254.169.254/latest/meta-data/iam"];
    const feed = join(tmp, "feed.xml");
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${links.map((l, i) => `<item><title>item ${i}</title><link>${l}</link></item>`).join("")}</channel></rss>`);
    const s = await ingest([], [feed]);
    assert.equal(s.ingested, 0);
    assert.equal(s.failed.length, links.length);
    for (const f of s.failed) assert.match(f.reason, REFUSED, f.origin);
    assert.equal(hits.secret, 0);
  });

  test("the CLI: one line naming the input, exit 5; --allow-private-network fetches it", async () => {
    const db = join(tmp, "cli.db");
    // Spawned asynchronously: the servers answering it run in this process.
    const cli = async (args: string[]) => {
      const p = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      p.stderr.on("data", (d) => (stderr += d));
      const status = await new Promise<number | null>((r) => p.once("exit", r));
      return { status, stderr };
    };
    const r = await cli(["ingest", `${secret4}/secret`, "--db", db]);
    assert.equal(r.status, 5, r.stderr);
    assert.equal(r.stderr, `claimtrace: ${secret4}/secret: refused to fetch 127.0.0.1: a loopback address (pass --allow-private-network to allow it)\n`);
    assert.equal(hits.secret, 0);
    const ok = await cli(["ingest", `${secret4}/secret`, "--db", db, "--allow-private-network", "--lang", "en"]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(hits.secret, 1);
  });
});
