import { CODES_RULES } from "./groups/codes";
import { PAGU_RULES } from "./groups/pagu";
import { RATIOS_RULES } from "./groups/ratios";
import { TARGETS_RULES } from "./groups/targets";
import { VALUES_RULES } from "./groups/values";
import type { Rule } from "./types";

/**
 * Every rule, in the order they run. Convention-inferring rules run before the rules that read the
 * conventions they record (pagu-final's window before target-final, for instance).
 */
export const RULES: Rule[] = [...VALUES_RULES, ...CODES_RULES, ...PAGU_RULES, ...TARGETS_RULES, ...RATIOS_RULES];
