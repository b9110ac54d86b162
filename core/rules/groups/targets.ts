import { targetFinal } from "../target-final";
import { targetTrend } from "../target-trend";
import type { Rule } from "../types";
import { unitMismatch } from "../unit-mismatch";

/** Rules of the targets group: kondisi akhir targets, target trends and units (DOMAIN.md §2, §4). */
export const TARGETS_RULES: Rule[] = [targetFinal, targetTrend, unitMismatch];
