import Decimal from "decimal.js";

/**
 * Reading the separators of one written number ("2.519.295.635", "66,54", "21.256"): which of "." and
 * "," is the thousands separator and which the decimal one (DOMAIN.md §5). The token is digits joined
 * by single separators, without sign, currency or unit.
 */

export type Separator = "." | ",";
export type SeparatorRole = "thousands" | "decimal";
export type Convention = "id" | "en";

export interface TokenReading {
  /**
   * plain: no separator; decided: the token alone fixes the separators; ambiguous: one separator
   * followed by exactly three digits; malformed: separators that fit no convention ("1.06.01").
   */
  status: "plain" | "decided" | "ambiguous" | "malformed";
  /** The convention of a decided token. */
  convention?: Convention;
  /** Plain or decided: the value; ambiguous: the Indonesian reading (the default convention). */
  value?: Decimal;
  /** Ambiguous only: [Indonesian reading, English reading]. */
  alternatives?: [Decimal, Decimal];
  /** What the token says about each separator it contains (decided tokens only). */
  roles: Partial<Record<Separator, SeparatorRole>>;
  /** Ambiguous only: the one separator whose role is open. */
  separator?: Separator;
}

/** The convention in which `sep` plays `role`. */
export function conventionOf(sep: Separator, role: SeparatorRole): Convention {
  return (sep === ".") === (role === "thousands") ? "id" : "en";
}

/** Integer part written with thousands separators: a first group of 1-3 digits not starting with 0, then groups of 3. */
function wellGrouped(intPart: string, sep: Separator): boolean {
  const groups = intPart.split(sep);
  return /^[1-9]\d{0,2}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function decimalOf(intDigits: string, fraction = ""): Decimal {
  return new Decimal(fraction ? `${intDigits}.${fraction}` : intDigits);
}

/** Every role of a decided token implies the same convention, so the first one names it. */
function decided(value: Decimal, roles: Partial<Record<Separator, SeparatorRole>>): TokenReading {
  const [sep, role] = Object.entries(roles)[0] as [Separator, SeparatorRole];
  return { status: "decided", convention: conventionOf(sep, role), value, roles };
}

const MALFORMED: TokenReading = { status: "malformed", roles: {} };

export function readToken(token: string): TokenReading {
  const dots = token.split(".").length - 1;
  const commas = token.split(",").length - 1;
  if (dots === 0 && commas === 0) return { status: "plain", value: new Decimal(token), roles: {} };

  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal separator and must occur once.
    const last = Math.max(token.lastIndexOf("."), token.lastIndexOf(","));
    const dec = token[last] as Separator;
    const thou: Separator = dec === "." ? "," : ".";
    const intPart = token.slice(0, last);
    if (intPart.includes(dec) || !wellGrouped(intPart, thou)) return MALFORMED;
    return decided(decimalOf(intPart.split(thou).join(""), token.slice(last + 1)), {
      [thou]: "thousands",
      [dec]: "decimal",
    });
  }

  const sep: Separator = dots > 0 ? "." : ",";
  const parts = token.split(sep);
  if (parts.length > 2) {
    // The same separator twice can only separate thousands.
    if (!wellGrouped(token, sep)) return MALFORMED;
    return decided(decimalOf(parts.join("")), { [sep]: "thousands" });
  }

  const [intPart, fraction] = parts;
  // Not three digits after it, or an integer part that cannot open a grouped number ("0,127",
  // "1234.567"): the separator is the decimal one.
  if (fraction.length !== 3 || intPart.startsWith("0") || intPart.length > 3) {
    return decided(decimalOf(intPart, fraction), { [sep]: "decimal" });
  }
  const asThousands = decimalOf(intPart + fraction);
  const asDecimal = decimalOf(intPart, fraction);
  const idValue = sep === "." ? asThousands : asDecimal;
  const enValue = sep === "." ? asDecimal : asThousands;
  return { status: "ambiguous", value: idValue, alternatives: [idValue, enValue], roles: {}, separator: sep };
}
