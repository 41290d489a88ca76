// The OpenAPI document: ./openapi.json with every `lang` parameter and property given the enum of
// the language registry, so the document never lists a language by hand and never goes stale.
import { readFileSync } from "node:fs";
import { LANGS, registryVersion } from "../lang/index.js";

const RAW = readFileSync(new URL("./openapi.json", import.meta.url), "utf8");

type Json = Record<string, unknown>;
let cached: { version: number; body: string } | null = null;

/** The document as served: the registered languages filled in (rebuilt only when the registry changes). */
export function openApiDocument(): string {
  if (cached?.version === registryVersion()) return cached.body;
  const doc = JSON.parse(RAW) as Json;
  const setEnum = (schema: unknown) => {
    if (schema && typeof schema === "object") (schema as Json).enum = [...LANGS];
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const o = node as Json;
    // A parameter named lang, or a schema property named lang.
    if (o.name === "lang" && o.in && o.schema) setEnum(o.schema);
    if (o.properties && typeof o.properties === "object") setEnum((o.properties as Json).lang);
    for (const v of Object.values(o)) visit(v);
  };
  visit(doc);
  cached = { version: registryVersion(), body: JSON.stringify(doc, null, 1) };
  return cached.body;
}
