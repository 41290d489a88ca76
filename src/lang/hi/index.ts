// The hi language pack: what the registry knows before loading it (./meta.ts: identity, detection,
// boilerplate), the lexicon (attribution, items, roles) and number/date vocabulary.
import type { LangPack } from "../types.js";
import { meta } from "./meta.js";
import { lexicon } from "./lexicon.js";
import { numbers, dates } from "./numbers.js";
import { compare } from "./compare.js";

export const pack: LangPack = { ...meta, ...lexicon, numbers, dates, compare };
