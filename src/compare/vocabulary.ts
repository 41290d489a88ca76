// How items and roles are grouped into measures, and how they read in a label. Grouping is
// deliberately narrower than the scorer's (which lets cruise_missile match missile): a claim about
// "missiles" and one about "cruise missiles" are not the same count, and merging them would
// produce false contradictions.
import type { Kind } from "../types.js";
import type { MeasureShape } from "./types.js";

/** Synonyms the engine may emit under another name: same count, one class. */
const ITEM_CLASS: Record<string, string> = {
  drone: "uav", drones: "uav", uavs: "uav",
  soldiers: "troops", soldier: "troops", troop: "troops",
  shells: "artillery_shell", artillery_shells: "artillery_shell",
  missiles: "missile",
};

/** Roles that state the same fact in other words (spec: destroyed = intercepted = shot down; deployed = present). */
const ROLE_CLASS: Record<string, string> = {
  intercepted: "destroyed", shot_down: "destroyed", downed: "destroyed",
  present: "deployed", stationed: "deployed", sent: "deployed",
};

export function itemClass(item: string): string {
  const k = item.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return ITEM_CLASS[k] ?? k;
}

export function roleClass(role: string): string {
  const k = role.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return ROLE_CLASS[k] ?? k;
}

/**
 * Troops present and weapons handed over accumulate: a figure stays comparable across a report's
 * days and the measure is a running series. Everything else (drones launched, people killed) is an
 * event counted per day.
 */
const STOCK_ROLES = new Set(["deployed", "transferred"]);
export function shapeOf(role: string): MeasureShape {
  return STOCK_ROLES.has(role) ? "stock" : "event";
}

/** The measures a denial without a number bears on ("North Korea denied sending troops"). */
export const DENIAL_ROLES: Partial<Record<Kind, string[]>> = {
  deployment: ["deployed"],
  arms_transfer: ["transferred"],
  air_attack: ["launched", "hit"],
  strike: ["hit", "damaged"],
  interception: ["destroyed"],
  casualties: ["killed", "injured", "total"],
};

/**
 * Items that are units, not things: "2.32 per cent" and "91.5 per cent" of one commission are shares
 * of different wholes (invalid ballots, protocols counted); without the noun they measure, two
 * figures are not judged (identical ones still agree).
 */
export const UNIT_ITEMS = new Set(["percent", "km", "usd", "eur"]);

/** What a denial of an item also denies: sending no troops is sending no generals either. */
export const DENIAL_COVERS: Record<string, string[]> = {
  troops: ["troops", "generals"],
};

const ITEM_LABEL: Record<string, string> = {
  uav: "UAVs", missile: "missiles", cruise_missile: "cruise missiles", ballistic_missile: "ballistic missiles",
  guided_bomb: "guided bombs", aircraft: "aircraft", helicopter: "helicopters", artillery_shell: "artillery shells",
  tank: "tanks", armoured_vehicle: "armoured vehicles", ship: "ships", troops: "troops", generals: "generals",
  people_killed: "people killed", people_injured: "people injured", casualties: "casualties", civilians: "civilians",
  prisoners: "prisoners", fuel_tank: "fuel tanks", facility: "facilities", usd: "US dollars", eur: "euros",
  km: "kilometres", percent: "per cent",
};

const ROLE_LABEL: Record<string, string> = {
  launched: "launched", destroyed: "destroyed or intercepted", lost: "lost (did not reach)", hit: "hitting targets",
  damaged: "damaged", transferred: "transferred", deployed: "deployed or present", killed: "killed", injured: "injured",
  amount: "amount", distance: "distance", total: "in total",
};

export function itemLabel(item: string): string {
  return ITEM_LABEL[item] ?? item.replace(/_/g, " ");
}

export function roleLabel(role: string): string {
  return ROLE_LABEL[role] ?? role.replace(/_/g, " ");
}

/** "UAVs launched · Ukraine · 2024-11-01", "troops deployed or present · Kursk". */
export function measureLabel(item: string, role: string, place: string | null, day: string | null,
  side: string | null = null, shape: MeasureShape = shapeOf(role)): string {
  // Roles that already name the item's fate read badly twice ("people killed killed").
  const redundant = (item === "people_killed" && role === "killed") || (item === "people_injured" && role === "injured");
  // "lost (did not reach)" is what drones do; an army's losses are just lost.
  const roleWords = side && role === "lost" ? "lost" : roleLabel(role);
  const head = (redundant ? itemLabel(item) : `${itemLabel(item)} ${roleWords}`) + (shape === "total" ? " (running total)" : "");
  const whose = side ? [`${side.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())}'s`] : [];
  return [head, ...whose, place ?? "place not stated", ...(day ? [day] : [])].join(" · ");
}
