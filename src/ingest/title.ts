// Which text may be an article's title. Pages and scraped texts put other short lines where a
// headline would be: captions and credit lines ("Photo: Reuters/…", "© AFP"), agency bylines
// ("dpa", "AFP/Reuters", "By Jane Doe | Reuters"), section labels ("What we know") and widget text
// ("This audio is created with AI assistance"). A title comes from the page's metadata or its
// headline and is never one of those. The words are data: every language pack's photo cues and
// not-title phrases, and the gazetteer's outlets; nothing here is one language's.
import { allMetas } from "../lang/registry.js";
import { loadGazetteer } from "../gazetteer/load.js";
import { fold } from "../query/fold.js";

interface NoiseWords { cues: string[]; labels: Set<string>; prefixes: string[]; bylines: string[]; outlets: Set<string> }
let words: NoiseWords | null = null;

function noiseWords(): NoiseWords {
  if (words) return words;
  const cues: string[] = [], labels = new Set<string>(), prefixes: string[] = [], bylines: string[] = [];
  for (const pack of allMetas()) {
    for (const b of pack.boilerplate.bylineWords ?? []) bylines.push(fold(b));
    for (const c of pack.boilerplate.photoCues) cues.push(c.toLowerCase().replace(/:$/, ""));
    for (const l of pack.boilerplate.notTitles ?? []) {
      labels.add(fold(l));
      if (fold(l).split(" ").length >= 3) prefixes.push(fold(l));
    }
  }
  const outlets = new Set<string>();
  for (const e of loadGazetteer().entities) {
    if (e.type !== "outlet") continue;
    outlets.add(fold(e.name));
    for (const list of Object.values(e.aliases)) for (const a of list ?? []) outlets.add(fold(a));
  }
  words = { cues, labels, prefixes, bylines, outlets };
  return words;
}

/** True when the whole line is outlet names and separators: "dpa", "AFP/Reuters", "(Reuters)", "© AFP 2024". */
function isAgencyLine(line: string, outlets: Set<string>): boolean {
  const parts = line.replace(/©|\(c\)|\b(19|20)\d{2}\b/giu, " ").split(/[/,;|()\-–—·•&]+|\s+and\s+|\s+và\s+|\s+и\s+|\s+ও\s+/u);
  // Each part folded only until one is no outlet: a headline's first part already answers.
  let any = false;
  for (const p of parts) {
    const f = fold(p);
    if (!f) continue;
    if (!outlets.has(f)) return false;
    any = true;
  }
  return any;
}

/** Why a line is not a title ("caption", "credit", "byline", "label", "widget"), or null when it may be one. */
export function notTitleReason(line: string): string | null {
  const s = line.replace(/\s+/g, " ").trim();
  if (!s) return "empty";
  const w = noiseWords();
  const low = s.toLowerCase();
  const f = fold(s);
  if (/^(©|\(c\)|copyright\b)/iu.test(s)) return "credit";
  // "Photo: …", "Ảnh: …", "Reuters/Alina Smutko": a caption or credit starts with a cue.
  if (w.cues.some((c) => low === c || low.startsWith(`${c}:`) || low.startsWith(`${c} `) && /[:/|]/.test(s.slice(0, 40)) || (c.endsWith("/") && low.startsWith(c)))) return "caption";
  if (isAgencyLine(s, w.outlets)) return "byline";
  // "By Jane Doe", "By Jane Doe | Reuters", "Reuters staff": a byline names people or the outlet, not news.
  if (w.bylines.some((b) => f.startsWith(`${b} `)) && f.split(" ").length <= 8 && !/[.!?।]$/u.test(s)) return "byline";
  if (w.labels.has(f)) return "label";
  if (w.prefixes.some((p) => f.startsWith(p))) return "widget";
  return null;
}

/** The first candidate that may be a title (trimmed), or null. */
export function pickTitle(candidates: Array<string | null | undefined>): string | null {
  for (const c of candidates) {
    const t = c?.replace(/\s+/g, " ").trim();
    if (t && notTitleReason(t) === null) return t;
  }
  return null;
}
