import { numberAmbiguous } from "../number-ambiguous";
import { numberFormatMixed } from "../number-format-mixed";
import type { Rule } from "../types";
import { valueError } from "../value-error";
import { valueMissing } from "../value-missing";
import { valueText } from "../value-text";

/** Rules of the values group: what each value cell holds, before any arithmetic is checked. */
export const VALUES_RULES: Rule[] = [valueError, valueText, valueMissing, numberAmbiguous, numberFormatMixed];
