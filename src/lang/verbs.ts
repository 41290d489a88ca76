// Builds a pack's attribution-verb table from word lists grouped by what they do, so a pack lists
// words, not table entries. The longer phrase wins at match time, so "не підтвердив" (ignored)
// beats "підтвердив" (speech).
import type { AttributionVerb } from "./types.js";

export interface VerbGroups {
  /** Speech and report verbs: assert. */
  speech: string[];
  /** Calls and appeals: statements, whatever number they mention. */
  appeals?: string[];
  /** Promises, threats, predictions: forecast. */
  forecast?: string[];
  /** Denials: deny. */
  deny?: string[];
  /** Phrases that contain a speech verb but say nothing ("declined to comment"): ignored. */
  notSpeech?: string[];
}

export function verbTable(g: VerbGroups): Record<string, AttributionVerb> {
  const out: Record<string, AttributionVerb> = {};
  for (const v of g.speech) out[v] = {};
  for (const v of g.appeals ?? []) out[v] = { kind: "statement" };
  for (const v of g.forecast ?? []) out[v] = { stance: "forecast" };
  for (const v of g.deny ?? []) out[v] = { stance: "deny" };
  for (const v of g.notSpeech ?? []) out[v] = { ignore: true };
  return out;
}
