// Identity of an article: a hash of its text (so a syndicated copy at another URL, or the same page
// saved twice with different ads around it, is one article) and normalised URLs.
import { createHash } from "node:crypto";

/**
 * SHA-256 of the text after NFC normalisation and white-space collapsing: re-wrapped lines,
 * CRLF vs LF or a trailing newline do not make a new article, any change of words does.
 */
export function contentHash(text: string): string {
  const norm = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  return createHash("sha256").update(norm, "utf8").digest("hex");
}

// Query parameters that only track the click (they make one article look like many URLs).
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|yclid|mc_cid|mc_eid|igshid|_ga|ref_src|cmpid)$/i;

/**
 * Normalised form of an absolute http(s) URL: lower-case scheme and host (URL does that), default
 * port, fragment and tracking parameters dropped. Anything that is not an http(s) URL gives null.
 */
export function normalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : "";
  return u.toString();
}
