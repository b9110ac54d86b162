/**
 * What a spreadsheet number format ("0%", `"Rp"#,##0.00`, `_("Rp"* #,##0.00_)`, `0 "Dokumen"`) says
 * about a typed number. Hosts hand over the stored value (0.85 for a cell showing 85 %), so the format
 * is the only way to know it is a percentage, an amount of money or a count of a unit.
 */

export interface FormatMeaning {
  /** Excel multiplies by 100 for an unquoted "%". */
  scalePercent: boolean;
  /** A quoted or escaped "%" (`0.00"%"`, `0.00\%`) shows the stored number as a percentage without scaling it. */
  percentLiteral: boolean;
  money: boolean;
  /** A quoted unit word: `0 "Dokumen"` → "Dokumen". */
  unit?: string;
}

/** The first (positive) section; ";" inside quotes does not end it. */
function firstSection(format: string): string {
  const m = /^(?:"[^"]*"|\\.|[^;"\\])*/.exec(format);
  return m ? m[0] : format;
}

// A workbook uses a handful of formats over hundreds of thousands of cells: read each once.
const cache = new Map<string, FormatMeaning>();
const CACHE_LIMIT = 10_000;

export function readNumberFormat(format: string | null | undefined): FormatMeaning {
  const key = format ?? "";
  let meaning = cache.get(key);
  if (!meaning) {
    meaning = interpret(key);
    if (cache.size < CACHE_LIMIT) cache.set(key, meaning);
  }
  return meaning;
}

function interpret(format: string): FormatMeaning {
  const section = firstSection(format);
  const quoted = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1].trim());
  // What is left once literals, escaped characters and bracketed codes are gone.
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
  // "[$Rp-421]" names a currency; "[$-421]" is only a locale tag.
  const currencyTag = /\[\$[^\]-]+/.test(section);
  const moneyLiteral = quoted.some((q) => /^rp\.?$/i.test(q));
  const unit = quoted.find((q) => /\p{L}/u.test(q) && !/^rp\.?$/i.test(q));
  return {
    scalePercent: bare.includes("%"),
    percentLiteral: quoted.includes("%") || /\\%/.test(section),
    money: currencyTag || moneyLiteral || bare.includes("$"),
    ...(unit ? { unit } : {}),
  };
}
