import { hasPhrase, words } from "../text/normalize";
import type { KindTemplate, RoleRule } from "./templates";
import { type ColumnSpec, type Measure, MEASURED_ROLES } from "./types";

/** What a column's header path says, read once and matched against every template. */
export interface HeaderFacts {
  words: string[];
  leaf: string;
  leafWords: string[];
  /** The leaf with hyphen-wrapped words joined ("Sa- saran" → "sasaran"). */
  leafUnwrapped: string;
  year?: number;
  yearIndex?: number;
  measure?: Measure;
  quarter?: 1 | 2 | 3 | 4;
}

const YEAR_IN_TEXT = /(?:^|[^\d])(19[5-9]\d|20\d\d|21\d\d)(?:[^\d]|$)/;
const YEAR_INDEX = /\bke\s*-?\s*(\d{1,2})\b/i;
const QUARTER = /^(?:triwulan|tw|trw)?\s*(i{1,3}|iv|[1-4])$/i;
const RP_WORDS = ["rp", "pagu", "anggaran", "dana", "biaya", "keuangan", "rupiah"];
const K_WORDS = ["target", "k", "kinerja", "capaian", "fisik", "volume"];

/** Target/K vs Rp/Pagu, from a short leaf label ("Pagu (Rp)", "K", "Target Capaian Kinerja"). */
export function leafMeasure(leafWords: string[]): Measure | undefined {
  if (leafWords.length === 0 || leafWords.length > 5 || leafWords.includes("sumber")) return undefined;
  if (leafWords.some((w) => RP_WORDS.includes(w))) return "Rp";
  if (leafWords.some((w) => K_WORDS.includes(w))) return "K";
  return undefined;
}

function quarterOf(text: string): 1 | 2 | 3 | 4 | undefined {
  const m = QUARTER.exec(text.trim());
  if (!m) return undefined;
  const q = m[1].toLowerCase();
  const map: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
  return map[q];
}

/**
 * A word wrapped with a hyphen in a narrow header cell ("Indika- tor", "Ketera-ngan") joined again.
 * Real compounds ("Penanggung-jawab", "Sub-Kegiatan") keep their split reading too: see headerFacts.
 */
function unwrapHyphens(text: string): string {
  return text.replace(/(\p{L})-\s*(\p{Ll})/gu, "$1$2");
}

export function headerFacts(path: string[]): HeaderFacts {
  const leaf = path.length ? path[path.length - 1] : "";
  const joined = path.join(" ");
  const unwrapped = unwrapHyphens(joined);
  // Rules match either reading: the text as split at its hyphens, and with wrapped words joined.
  const allWords = unwrapped === joined ? words(joined) : [...words(joined), ...words(unwrapped)];
  const facts: HeaderFacts = { words: allWords, leaf, leafWords: words(leaf), leafUnwrapped: words(unwrapHyphens(leaf)).join(" ") };
  for (let i = path.length - 1; i >= 0; i--) {
    const y = YEAR_IN_TEXT.exec(path[i]);
    if (y) {
      facts.year = Number(y[1]);
      break;
    }
    const k = YEAR_INDEX.exec(path[i]);
    if (k) {
      facts.yearIndex = Number(k[1]);
      break;
    }
  }
  facts.measure = leafMeasure(facts.leafWords);
  for (const p of path) {
    const q = quarterOf(p);
    if (q) facts.quarter = q;
  }
  return facts;
}

function ruleMatches(rule: RoleRule, f: HeaderFacts): boolean {
  if (rule.all && !rule.all.every((p) => hasPhrase(f.words, p))) return false;
  if (rule.any && !rule.any.some((p) => hasPhrase(f.words, p))) return false;
  if (rule.none && rule.none.some((p) => hasPhrase(f.words, p))) return false;
  if (rule.leafIs && !rule.leafIs.includes(f.leafWords.join(" ")) && !rule.leafIs.includes(f.leafUnwrapped)) return false;
  const hasYear = f.year !== undefined || f.yearIndex !== undefined;
  if (rule.year === "required" && !hasYear) return false;
  if (rule.year === "forbidden" && hasYear) return false;
  if (rule.measure && f.measure !== rule.measure) return false;
  if (rule.quarter === "required" && f.quarter === undefined) return false;
  return true;
}

/** Assigns a role to every column from a template's rules. Columns no rule claims are "unknown". */
export function assignRoles(template: KindTemplate, paths: string[][], numbers: (string | null)[], colOffset: number): ColumnSpec[] {
  return paths.map((path, index) => {
    const f = headerFacts(path);
    const rule = path.length ? template.rules.find((r) => ruleMatches(r, f)) : undefined;
    const spec: ColumnSpec = { index, col: index + colOffset, role: rule?.role ?? "unknown", header: path };
    if (f.year !== undefined) spec.year = f.year;
    if (f.yearIndex !== undefined) spec.yearIndex = f.yearIndex;
    if (f.measure && MEASURED_ROLES.includes(spec.role)) spec.measure = f.measure;
    if (f.quarter && rule?.quarter) spec.quarter = f.quarter;
    if (rule?.growth) {
      if (f.leafWords.includes("anggaran")) spec.growthOf = "anggaran";
      else if (f.leafWords.includes("realisasi")) spec.growthOf = "realisasi";
    }
    const n = numbers[index];
    if (n) spec.number = n.replace(/\s*=.*$/, "").replace(/[()\s]/g, "");
    return spec;
  });
}
