import type { Rule } from "../types";

/** Rules of the codes group (see core/rules/README in the code comments of each rule). */
export const CODES_RULES: Rule[] = [];
