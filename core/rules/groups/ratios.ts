import type { Rule } from "../types";

/** Rules of the ratios group (see core/rules/README in the code comments of each rule). */
export const RATIOS_RULES: Rule[] = [];
