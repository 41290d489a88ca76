// A claim filter as the store runs it: every user value turned into what is stored (names into
// gazetteer ids plus a folded word match, item and role words into the engine's values and their
// class). One function, used by the store's query layer, so the CLI, the API and the dashboard
// search the same way.
import type { ClaimFilter } from "../store/types.js";
import { matchName, type NameMatch } from "./names.js";
import { classMembers, resolveValue } from "./vocabulary.js";

export interface ExpandedFilter {
  claimant?: NameMatch | "article";
  via?: NameMatch;
  place?: NameMatch;
  items?: string[];
  roles?: string[];
  kind?: string;
  stance?: string;
}

export function expandFilter(f: ClaimFilter): ExpandedFilter {
  const out: ExpandedFilter = {};
  if (f.claimant) out.claimant = f.claimant.trim().toLowerCase() === "article" ? "article" : matchName("claimant", f.claimant);
  if (f.via) out.via = matchName("via", f.via);
  if (f.place) out.place = matchName("place", f.place);
  if (f.item) out.items = classMembers("item", resolveValue("item", f.item).value);
  if (f.role) out.roles = classMembers("role", resolveValue("role", f.role).value);
  if (f.kind) out.kind = resolveValue("kind", f.kind).value;
  if (f.stance) out.stance = resolveValue("stance", f.stance).value;
  return out;
}
