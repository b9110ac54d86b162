import { paguFinal } from "../pagu-final";
import { paguRollup } from "../pagu-rollup";
import { paguRounding } from "../pagu-rounding";
import { paguWithoutTarget } from "../pagu-without-target";
import { targetWithoutPagu } from "../target-without-pagu";
import type { Rule } from "../types";

/** Rules of the pagu group; pagu-final runs first so its year-window convention is recorded early. */
export const PAGU_RULES: Rule[] = [paguFinal, paguRollup, paguRounding, paguWithoutTarget, targetWithoutPagu];
