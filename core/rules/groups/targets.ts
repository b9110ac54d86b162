import type { Rule } from "../types";

/** Rules of the targets group (see core/rules/README in the code comments of each rule). */
export const TARGETS_RULES: Rule[] = [];
