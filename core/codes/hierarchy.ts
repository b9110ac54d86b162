import { FULL_LENGTH, LEVEL_DIGIT, PROGRAM, SUB } from "./structure";
import type { ParsedCode } from "./types";

const segmentsOf = (normalized: string) => normalized.split(".");
const isNumber = (s: string) => /^\d+$/.test(s);

/** Numeric where both are digits ("01" = "0001" as a sub), otherwise text order (X after digits). */
function compareSegment(a: string, b: string): number {
  if (isNumber(a) && isNumber(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Normalized code one level up. The kegiatan's parent is the program: the level digit alone
 * (U.BB.PP.K) is no level of its own.
 */
export function parentCode(code: ParsedCode): string | null {
  const segments = segmentsOf(code.normalized);
  const count = segments.length;
  if (count <= 1 || count > FULL_LENGTH) return null;
  const keep = count === SUB + 1 ? SUB : count > LEVEL_DIGIT ? PROGRAM + 1 : count - 1;
  return segments.slice(0, keep).join(".");
}

/** Whether the first normalized code lies strictly above the second in the hierarchy. */
export function isAncestor(ancestorNormalized: string, normalized: string): boolean {
  const a = segmentsOf(ancestorNormalized);
  const b = segmentsOf(normalized);
  return a.length < b.length && a.every((seg, i) => compareSegment(seg, b[i]) === 0);
}

/** Segment-wise numeric order of normalized codes, a parent before its children. */
export function compareCodes(a: string, b: string): number {
  const sa = segmentsOf(a);
  const sb = segmentsOf(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const c = compareSegment(sa[i], sb[i]);
    if (c !== 0) return c;
  }
  return sa.length - sb.length;
}
