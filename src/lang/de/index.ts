// The de language pack: lexicon (attribution, items, roles) and number/date vocabulary.
import type { LangPack } from "../types.js";
import { lexicon } from "./lexicon.js";
import { numbers, dates } from "./numbers.js";
import { compare } from "./compare.js";

export const pack: LangPack = { ...lexicon, numbers, dates, compare };
