import type { Rule } from "../types";

/** Rules of the pagu group (see core/rules/README in the code comments of each rule). */
export const PAGU_RULES: Rule[] = [];
