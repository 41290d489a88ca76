// Write access: a bearer token fixed when the server starts. Compared in constant time (on SHA-256
// digests, so neither the length nor a common prefix leaks through timing).
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Refuses the request unless it carries `Authorization: Bearer <token>`; with no token configured, writes are off. */
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return c.json({ error: "writes are disabled: start the server with --token or CLAIMTRACE_TOKEN" }, 403);
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
    if (!m || !tokenMatches(m[1], token)) {
      c.header("WWW-Authenticate", 'Bearer realm="claimtrace"');
      return c.json({ error: "a valid bearer token is required" }, 401);
    }
    await next();
  };
}
