import { codeDuplicate } from "../code-duplicate";
import { codeFormat } from "../code-format";
import { codeLevel } from "../code-level";
import { codeMissing } from "../code-missing";
import { codeOrder } from "../code-order";
import { codeParent } from "../code-parent";
import { layoutColumnMissing } from "../layout-column-missing";
import { layoutYear } from "../layout-year";
import type { Rule } from "../types";

export { nomenclatureRule } from "../code-nomenclature";

/** Rules of the codes group: the table's layout first, then its codes (DOMAIN.md §3, §7). */
export const CODES_RULES: Rule[] = [
  layoutColumnMissing,
  layoutYear,
  codeFormat,
  codeMissing,
  codeDuplicate,
  codeParent,
  codeLevel,
  codeOrder,
];
