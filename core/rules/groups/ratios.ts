import { growthMismatch } from "../growth-mismatch";
import { ratioMismatch } from "../ratio-mismatch";
import { ratioOver100 } from "../ratio-over-100";
import { ratioRounding } from "../ratio-rounding";
import { ratioUndefined } from "../ratio-undefined";
import { sumMismatch } from "../sum-mismatch";
import type { Rule } from "../types";

/**
 * Rules of the ratios group: printed ratios, sums and growth recomputed with core/compute.
 * ratio-mismatch first: it records the rounding and negative-formula conventions.
 */
export const RATIOS_RULES: Rule[] = [ratioMismatch, ratioRounding, ratioUndefined, ratioOver100, sumMismatch, growthMismatch];
