import type { Rule } from "../types";

/** Rules of the values group (see core/rules/README in the code comments of each rule). */
export const VALUES_RULES: Rule[] = [];
