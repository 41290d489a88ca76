// Which number and date vocabulary each language uses: one map from language code to its lexicons.
// (The engine will later read these from the full language-pack registry.)
import type { Lang } from "../../types.js";
import type { NumberLex } from "./index.js";
import * as bn from "../../lang/bn/numbers.js";
import * as en from "../../lang/en/numbers.js";
import * as vi from "../../lang/vi/numbers.js";
import * as ru from "../../lang/ru/numbers.js";

export const NUMBER_LEXICONS: Record<Lang, NumberLex> = {
  bn: { numbers: bn.numbers, dates: bn.dates },
  en: { numbers: en.numbers, dates: en.dates },
  vi: { numbers: vi.numbers, dates: vi.dates },
  ru: { numbers: ru.numbers, dates: ru.dates },
};

export function numberLexFor(lang: string): NumberLex | undefined {
  return Object.prototype.hasOwnProperty.call(NUMBER_LEXICONS, lang) ? NUMBER_LEXICONS[lang as Lang] : undefined;
}
