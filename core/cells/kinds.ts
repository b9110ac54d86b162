import type { ParsedCell } from "./types";

/** Kinds that take part in arithmetic; a dash counts as 0 (DOMAIN.md §2). */
export function isNumeric(p: ParsedCell): boolean {
  return p.kind === "number" || p.kind === "percent" || p.kind === "money" || p.kind === "dash";
}
