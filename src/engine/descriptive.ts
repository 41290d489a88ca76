// Descriptive sources: speakers the article names by what they are, not by name ("local media",
// "two eyewitnesses", "the country's army", "দেশটির স্থানীয় গণমাধ্যম", "quân đội nước này",
// "UBND phường Khương Đình"). News credits many claims to such sources; without them the claim
// falls to the article's voice or to a wrong name nearby. The pack lists the head nouns; the
// phrase is the head plus the modifiers the language puts on its side of it (before the head in
// Bengali, after it in Vietnamese), up to a few words, stopping at grammar words, verbs, numbers
// and punctuation. The claimant is kept by its words (id "surface:<words>"): an unknown body is a
// claimant too. A person-like head ("eyewitness") is remembered so "he"/"তিনি" can refer back to it.
import type { Sentence, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { PhraseTrie, perPack, phraseSet } from "./phrases.js";
import { normWord } from "./tokenize.js";
import type { ActorMention, Discourse } from "./mentions.js";
import { because } from "./rules.js";

const tries = perPack((pack: LangPack) => {
  const d = pack.descriptiveSources;
  const heads = new PhraseTrie<"person" | "group">(pack.inflection);
  for (const [k, v] of Object.entries(d?.heads ?? {})) heads.add(k, v);
  return {
    heads,
    // Words that end the phrase: grammar words, verbs, role words and the "according to" markers.
    stop: phraseSet([
      ...pack.nameStopWords, ...pack.prepositions, ...pack.postpositions, ...pack.attribution.conjunctions, ...pack.attribution.andWords,
      ...pack.attribution.complementizers, ...Object.keys(pack.attribution.verbs), ...Object.keys(pack.roles), ...pack.attribution.accordingBefore,
      ...pack.attribution.accordingAfter, ...pack.quotatives, ...pack.sourceNouns, ...pack.attribution.passiveMarkers, ...pack.attribution.futureWords,
    ], pack.inflection),
    closers: new Set((d?.closers ?? []).map(normWord)),
    pre: phraseSet(pack.prepositions),
    post: phraseSet(pack.postpositions),
  };
});

/**
 * Adds the descriptive sources of one sentence to its actors (sorted by position). Heads inside a
 * named actor are left alone ("Bộ Quốc phòng Nga" is already the Russian MoD); unknown names
 * inside the phrase ("Khương Đình" in "UBND phường Khương Đình") are part of it, not speakers.
 */
export function withDescriptiveSources(text: string, tokens: Token[], s: Sentence, actors: ActorMention[], numberTokens: Set<number>, pack: LangPack, discourse: Discourse): ActorMention[] {
  const d = pack.descriptiveSources;
  if (!d) return actors;
  const t = tries(pack);
  const covered = (j: number, known: boolean) => actors.some((m) => m.kind === "actor" && (!known || !m.entity.id.startsWith("surface:")) && m.tokStart <= j && j < m.tokEnd);
  const found: ActorMention[] = [];
  // A known group named by a person noun ("প্রত্যক্ষদর্শী" = witnesses) is someone "he" can refer back to.
  for (const m of actors) if (m.kind === "actor" && m.entity.type === "group") {
    const h = t.heads.scan(tokens, m.tokStart, m.tokEnd).find((x) => x.values[0] === "person");
    if (h) discourse.notePerson(m.entity, tokens, m.tokStart, m.tokEnd);
  }
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    if (tokens[i]!.kind !== "word" || covered(i, false)) continue;
    const h = t.heads.matchAt(tokens, i, s.tokEnd);
    if (!h) continue;
    let a = h.tokStart, b = h.tokEnd;
    const free = (j: number) => {
      const x = tokens[j]!;
      return x.kind === "word" && !numberTokens.has(j) && !t.stop.matchAt(tokens, j, j + 1);
    };
    if (d.modifiers === "before") {
      // Oblique names before the head are its modifiers ("মিয়ানমারের রাষ্ট্রীয় গণমাধ্যম").
      for (let n = 0; n < d.reach && a - 1 >= s.tokStart && free(a - 1) && !actors.some((m) => !m.oblique && m.tokStart <= a - 1 && a - 1 < m.tokEnd); n++) a--;
    } else {
      for (let n = 0; n < d.reach && b < s.tokEnd; n++) {
        if (t.closers.has(tokens[b]!.norm)) { b++; break; }
        if (!free(b) || covered(b, true)) break;
        b++;
      }
      // Do not end on a word that starts a gazetteer name cut in two.
      while (b > h.tokEnd && actors.some((m) => m.tokStart < b && m.tokEnd > b)) b--;
    }
    const surface = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    const type = h.values[0]!;
    const oblique = h.oblique || (a > s.tokStart && !!t.pre.matchAt(tokens, a - 1, a)) || (b < s.tokEnd && !!t.post.matchAt(tokens, b, s.tokEnd));
    const ref = { name: surface, id: `surface:${surface.toLowerCase()}`, surface, type };
    if (type === "person") discourse.notePerson(ref, tokens, a, b);
    found.push({ kind: "actor", start: tokens[a]!.start, end: tokens[b - 1]!.end, tokStart: a, tokEnd: b, text: surface, entity: ref, oblique,
      why: because("attr.noun-phrase", `"${surface}", a ${type === "person" ? "person" : "body"} named by what it is ("${tokens.slice(h.tokStart, h.tokEnd).map((x) => x.text).join(" ")}")`) });
    i = b - 1;
  }
  if (!found.length) return actors;
  // Unknown names inside a descriptive phrase belong to it.
  const kept = actors.filter((m) => !(m.entity.id.startsWith("surface:") && found.some((f) => f.tokStart <= m.tokStart && m.tokEnd <= f.tokEnd)));
  return [...kept, ...found].sort((x, y) => x.tokStart - y.tokStart || y.tokEnd - x.tokEnd);
}
