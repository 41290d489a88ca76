// Rule ids: every line of a claim's or a quantity's `why` starts with the stable id of the rule
// that produced it ("attr.according-to.generic: …"), so that a wrong claim can be traced to the
// rule that made it, in `--explain`, in the JSON and in the store. Ids are dotted, lower case,
// grouped by what they decide: attr (claimant), via (outlet), item, role, date, stance, kind.
// An id never changes meaning; a rule that is removed leaves its id unused.

export const RULES = {
  // The number stage.
  "num.weak-point-word": "a point word that is also an ordinary word is a decimal only where the decimal part ends the number (es \"1 con 5\" = 1.5, but \"tres con dos heridos\" is 3 and 2)",
  "num.fraction-before": "a fraction word before a number adds to its first unit at that unit's scale (\"পৌনে চার লাখ\" = 375,000)",
  // Who claims it.
  "attr.subject-verb": "an actor in subject case before a speech verb",
  "attr.inverted": "an actor right after a speech verb that opens its clause (\"…,\" said X)",
  "attr.final-subject": "in a verb-final language, an actor after the speech verb that ends the sentence (\"… অস্বীকার করেছে উত্তর কোরিয়া।\")",
  "attr.verb-second": "the subject right after a speech verb in second place, after an adverbial that opens the clause (\"Am Dienstag teilte die Polizei mit\")",
  "attr.impersonal-locative": "an impersonal verb whose source is a body after a locative preposition (\"в Минобороны заявили\")",
  "attr.ellipsis": "the subject of the frame before carried over a conjunction (\"denied …, but said …\")",
  "attr.according-to": "\"according to\" a known person or body",
  "attr.according-after-content": "sources named after their figures (\"8 000 selon la police, 40 000 selon les organisateurs\"): each owns the words since the source before it",
  "attr.according-to.generic": "\"according to\" an unknown body or a descriptive noun phrase, kept by its words",
  "attr.noun-phrase": "a descriptive noun phrase or an unknown acronym as the subject of a speech verb (\"the coastguard said\")",
  "attr.relayed-source": "a source an outlet cites (\"citing X\", \"со ссылкой на X\"): the source speaks, the outlet relays",
  "attr.credited-next": "a sentence that only credits the one before gives it its speaker (\"Об этом заявил X\")",
  "attr.headline-colon": "a source alone on one side of a headline colon",
  "attr.headline-trailing": "a headline that ends in \"…, claims X\": X claims the headline",
  "attr.headline-dash": "a headline that ends in a dash and a known source alone (\"… зросла до 13 — ДСНС\"): that source claims it",
  "attr.headline-lede": "the first sentence of the body restating a figure of the headline, with no speaker of its own, has the headline's source",
  "attr.carried": "a sentence that continues the report before it keeps its claimant",
  "attr.article": "no speaker in the sentence: the article's own voice",
  "attr.question": "a question with no speaker: the article asks it",
  // Through which outlet.
  "via.according-to": "\"according to\" an outlet",
  "via.relays": "an outlet that is the subject of a sentence whose speaker is someone else",
  "via.reports": "an outlet that reports what someone said",
  "via.credited-next": "an outlet credited in the next sentence",
  "via.addressee": "an outlet the speaker told it to (\"told AFP\", \"এএফপিকে বলেছেন\", \"nói với đài BBC\")",
  "via.same-speaker": "a speaker who told an outlet earlier in the article speaks through it again",
  "via.source-line": "an agency named as the source line or dateline credit of the page",
  // What is counted.
  "item.after": "the item noun after the number",
  "item.before": "the item noun before the number",
  "item.count-noun": "the item named with a count noun (\"the number of dead rose to 38\")",
  "item.negated": "the item implied by a negated count",
  "item.whole": "a part counts what its whole counts",
  "item.anaphoric": "\"of them\" refers back to the item counted before",
  "item.ellipsis": "a bare count before a verb counts what the count before it counted",
  "item.restated": "generic persons after \"that is\" (\"тобто\", \"то есть\") are what the noun before counted (\"73% of voters, that is 12 million persons\")",
  "item.continues": "the count continues the item before it (\"another 14\")",
  "item.people-fate": "a count of people takes its fate as its item (killed -> people_killed, injured -> people_injured)",
  "item.classifier": "a classifier that says what it counts when no noun does (bn \"১৮০ জন\" = 180 people)",
  "item.classifier-elided": "a classifier with no noun after it counts what the paragraph was counting (\"দুটিকে\", \"14 chiếc\")",
  "item.speed": "a distance unit per hour is a speed (km_per_hour)",
  "item.indefinite-casualty": "an indefinite \"one\" before a casualty noun is a count (\"un mort\", \"একজন নিহত\"): nobody writes \"a dead\" but to count it",
  "item.bodies-recovered": "bodies recovered count the dead (\"210 शव बरामद\" = 210 killed), and so do the parts of that count",
  "item.anaphoric-fate": "a part of the injured counted before (\"of these, 177 were discharged\") is still counted among the injured",
  "item.protest-crowd": "people who attend a protest or take to the streets are protesters",
  "item.open": "a counted noun outside the item list, kept as its own snake_case item",
  // What the number says about the items.
  "role.own-word": "the item phrase is itself the role (\"1,018 injured\")",
  "role.whole-first": "the verb before a whole named first governs it",
  "role.partitive-whole": "the whole of a partitive takes the launch",
  "role.partitive-part": "the part of a partitive takes what happened to it",
  "role.nearest": "the nearest role word",
  "role.continues": "a count after a continuation word (\"ще\", \"ещё\", \"another\") takes the verb of its own clause after it, not the clause before",
  "role.partitive-inherit": "a part with no verb of its own takes what happened to its whole (\"13 injured, among them two children\")",
  "role.fixed": "a role fixed by the item or the negation",
  "role.default": "no role word: the item's default role",
  "role.people-sent": "people who are sent are deployed",
  "role.people-destroyed": "people or fighters \"destroyed\" or \"shot down\" are killed",
  "role.people-lost": "people who are lost are missing",
  "role.weapon-attacks": "a count of attacks by a weapon is that weapon launched",
  // When.
  "date.stated": "a date stated in the sentence",
  "date.weekday": "a weekday: the last such day on or before publication",
  "date.carried": "the date the text was talking about, carried forward",
  "date.published-in-text": "the publication date printed in the text (a dateline, \"Published …\", a timestamp line)",
  // How it is said.
  "stance.future": "future in the reported clause: a forecast",
} as const;

export type RuleId = keyof typeof RULES;

/** One `why` line: the rule's id, then what it saw. */
export function because(id: RuleId, detail: string): string {
  return `${id}: ${detail}`;
}
