import Decimal from "decimal.js";
import fc from "fast-check";
import { formatMoney, formatNumber, formatNumberId, isNumeric, parseCell } from "../../core/cells";
import type { ParsedCell } from "../../core/cells";
import type { RawCell } from "../../core/grid";

/** The parsed cell with Decimals as strings, so expectations read like the sheet. */
function read(raw: RawCell, format?: string | null, reading?: "id" | "en") {
  const p: ParsedCell = parseCell(raw, format, reading);
  return {
    ...p,
    value: p.value?.toString(),
    alternatives: p.alternatives?.map((d) => d.toString()),
  };
}

describe("empty, dash, error, boolean", () => {
  test.each([null, "", "   ", "\u00a0", "'"])("%p is empty", (raw) => {
    expect(read(raw).kind).toBe("empty");
  });

  test.each(["-", "–", "—", "--", "Rp -", "Rp-", "Rp. -", " - "])("%p is a dash worth 0", (raw) => {
    const p = read(raw);
    expect(p.kind).toBe("dash");
    expect(p.value).toBe("0");
  });

  test.each([
    ["#DIV/0!", "#DIV/0!"],
    ["#REF!", "#REF!"],
    ["#VALUE!", "#VALUE!"],
    ["#N/A", "#N/A"],
    ["#NAME?", "#NAME?"],
    ["#NUM!", "#NUM!"],
    ["#NULL!", "#NULL!"],
    ["#SPILL!", "#SPILL!"],
    ["#CALC!", "#CALC!"],
    ["#GETTING_DATA", "#GETTING_DATA"],
    ["#div/0!", "#DIV/0!"],
    [" #n/a ", "#N/A"],
  ])("%p is the spreadsheet error %s", (raw, error) => {
    const p = read(raw);
    expect(p.kind).toBe("error");
    expect(p.error).toBe(error);
    expect(p.value).toBeUndefined();
  });

  test("booleans", () => {
    expect(read(true)).toMatchObject({ kind: "boolean", text: "TRUE" });
    expect(read(false)).toMatchObject({ kind: "boolean", text: "FALSE" });
  });

  test("a typed NaN or Infinity reads as #NUM!, not as a number", () => {
    expect(read(Number.NaN)).toMatchObject({ kind: "error", error: "#NUM!" });
    expect(read(Number.POSITIVE_INFINITY)).toMatchObject({ kind: "error", error: "#NUM!" });
  });
});

describe("text that is not a number", () => {
  test.each(["n/A", "N/A", "na", "tidak ada", "kegiatan", "Dokumen NPHD", "Desa/Kel", "Tahun 2021", "Perda No. 3", "Rp"])(
    "%p is text",
    (raw) => {
      const p = read(raw);
      expect(p.kind).toBe("text");
      expect(p.value).toBeUndefined();
    },
  );

  test.each([
    "1 06 01 2 01 01", // a code in one cell
    "2 13 04 2,01 01",
    "1.06.01", // dotted code: not a well-formed grouped number
    "2.5.1",
    "10 = (5+7+9)", // printed column formula
    "8 = (7/6)",
    "2. Jumlah klien pada PUSPAGA yang terlayani", // numbered list item
    "1.",
    "12/05/2023",
    "1,2.3",
  ])("%p starts with digits but is text", (raw) => {
    expect(read(raw).kind).toBe("text");
  });
});

describe("text normalisation", () => {
  test("trims, drops the leading apostrophe, collapses (non-breaking) spaces", () => {
    expect(read("'123")).toMatchObject({ kind: "number", text: "123", value: "123" });
    expect(read("  Rp\u00a087.026.000,00 ")).toMatchObject({ kind: "money", text: "Rp 87.026.000,00", value: "87026000" });
    expect(read("70,65\u00a0\u00a0%")).toMatchObject({ text: "70,65 %", value: "70.65", unit: "%" });
    expect(read("3   Dokumen")).toMatchObject({ text: "3 Dokumen", unit: "Dokumen" });
  });
});

describe("typed numbers", () => {
  test("a plain typed number is exactly what the cell stores", () => {
    expect(read(2519295635)).toEqual({ kind: "number", text: "2519295635", value: "2519295635", reading: "plain", evidence: "typed" });
    expect(read(0.1 + 0.2).value).toBe("0.30000000000000004");
    expect(read(0.1).value).toBe("0.1");
    expect(read(-33748630).value).toBe("-33748630");
    expect(read(1e21).value).toBe("1e+21");
  });

  test("a percent format means the cell holds a fraction", () => {
    expect(read(0.85, "0%")).toMatchObject({ kind: "percent", value: "85", unit: "%", reading: "plain", evidence: "typed" });
    expect(read(0.7065, "0.00%")).toMatchObject({ kind: "percent", value: "70.65", unit: "%" });
    expect(read(0.565, "0.0%").value).toBe("56.5"); // exact, where 0.565 * 100 in floats is 56.49999…
    expect(read(1.9388, "0.00%").value).toBe("193.88");
  });

  test('a quoted "%" shows the number as it is', () => {
    expect(read(85, '0" %"')).toMatchObject({ kind: "percent", value: "85", unit: "%" });
  });

  test("grouping formats leave a number a number", () => {
    expect(read(100515030, "#,##0")).toMatchObject({ kind: "number", value: "100515030", evidence: "typed" });
    expect(read(12, "General")).toMatchObject({ kind: "number", value: "12" });
    expect(read(12, null).kind).toBe("number");
  });

  test("currency and accounting formats with Rp are money", () => {
    expect(read(87026000, '"Rp"#,##0.00')).toMatchObject({ kind: "money", value: "87026000", unit: "Rp" });
    expect(read(121623186.3, '_("Rp"* #,##0.00_);_("Rp"* (#,##0.00);_("Rp"* "-"??_);_(@_)')).toMatchObject({
      kind: "money",
      value: "121623186.3",
      unit: "Rp",
    });
    expect(read(1000, "[$Rp-421]#,##0")).toMatchObject({ kind: "money", unit: "Rp" });
    expect(read(1000, "$#,##0.00")).toMatchObject({ kind: "money", unit: "Rp" });
    expect(read(0, '_-"Rp"* #,##0_-;-"Rp"* #,##0_-;_-"Rp"* "-"_-;_-@_-')).toMatchObject({ kind: "money", value: "0" });
  });

  test("a locale tag or Excel's comma style without a currency symbol is not money", () => {
    expect(read(44927, "[$-421]dd mmmm yyyy").kind).toBe("number");
    expect(read(1000, "_(* #,##0_);_(* (#,##0);_(* \"-\"??_);_(@_)").kind).toBe("number");
  });

  test("a quoted unit in a custom format is the unit", () => {
    expect(read(3, '0 "Dokumen"')).toMatchObject({ kind: "number", value: "3", unit: "Dokumen" });
    expect(read(1000, '#,##0" orang"')).toMatchObject({ unit: "orang" });
  });

  test("the reading argument does not touch typed numbers", () => {
    expect(read(21.256, null, "id")).toMatchObject({ value: "21.256", reading: "plain", evidence: "typed" });
  });
});

describe("Indonesian numbers", () => {
  test.each([
    ["2.519.295.635", "2519295635"],
    ["64.858.900.185,30", "64858900185.3"],
    ["390.646.900,00", "390646900"],
    ["1.234,56", "1234.56"],
    ["66,54", "66.54"],
    ["76,5", "76.5"],
    ["0,6395", "0.6395"],
    ["21,20", "21.2"],
    ["0,127", "0.127"], // an integer part 0 has no thousands
    ["1234,567", "1234.567"], // four digits cannot open a grouped number
  ])("%p = %s, read id from the token", (raw, value) => {
    expect(read(raw)).toMatchObject({ kind: "number", value, reading: "id", evidence: "token" });
  });

  test.each([
    ["Rp 87.026.000,00", "87026000"],
    ["Rp 121.623.186,30", "121623186.3"],
    ["Rp 53.085.700.800,86", "53085700800.86"],
    ["Rp87.026.000", "87026000"],
    ["Rp 3.071.060.300", "3071060300"],
    ["RP. 1.400.000.000", "1400000000"],
  ])("%p is money %s", (raw, value) => {
    expect(read(raw)).toMatchObject({ kind: "money", value, unit: "Rp", reading: "id", evidence: "token" });
  });

  test("Rp with a single group of three: rupiah has no third decimal, so it is thousands", () => {
    expect(read("Rp. 1.000")).toEqual({
      kind: "money",
      text: "Rp. 1.000",
      value: "1000",
      unit: "Rp",
      reading: "id",
      evidence: "unit",
      alternatives: ["1000", "1"],
    });
    expect(read("Rp 500,000")).toMatchObject({ value: "500000", reading: "en", evidence: "unit" });
    expect(read("Rp 1.000,-")).toMatchObject({ kind: "money", value: "1000", unit: "Rp" });
  });

  test.each([
    ["70,65 %", "70.65", "id"],
    ["97,07 %", "97.07", "id"],
    ["35,12%", "35.12", "id"],
    ["100%", "100", "plain"],
    ["75 %", "75", "plain"],
    ["72,00%", "72", "id"],
  ])("%p is percent %s", (raw, value, reading) => {
    expect(read(raw)).toMatchObject({ kind: "percent", value, unit: "%", reading, evidence: "token" });
  });
});

describe("English numbers in the same documents", () => {
  test.each([
    ["13,738,054,600", "13738054600", "number"],
    ["8,441,835,600", "8441835600", "number"],
    ["1,234.56", "1234.56", "number"],
    ["96.42%", "96.42", "percent"],
    ["65.38%", "65.38", "percent"],
    ["100.00%", "100", "percent"],
    ["0.00%", "0", "percent"],
    ["1.5570", "1.557", "number"],
  ])("%p = %s", (raw, value, kind) => {
    expect(read(raw)).toMatchObject({ kind, value, reading: "en", evidence: "token" });
  });
});

describe("ungrouped numbers", () => {
  test.each([
    ["2560", "2560"],
    ["0", "0"],
    ["1000 orang", "1000"],
    ["5376 Lembar", "5376"],
  ])("%p = %s, plain", (raw, value) => {
    expect(read(raw)).toMatchObject({ kind: "number", value, reading: "plain", evidence: "token" });
  });
});

describe("ambiguous tokens: one separator, three digits", () => {
  test("alone: id reading by default, both alternatives, evidence none", () => {
    expect(read("21.256")).toEqual({
      kind: "number",
      text: "21.256",
      value: "21256",
      reading: "ambiguous",
      evidence: "none",
      alternatives: ["21256", "21.256"],
    });
    expect(read("80,127")).toMatchObject({ value: "80.127", reading: "ambiguous", evidence: "none", alternatives: ["80.127", "80127"] });
    expect(read("6.054")).toMatchObject({ value: "6054", reading: "ambiguous", alternatives: ["6054", "6.054"] });
    expect(read("500,000")).toMatchObject({ value: "500", reading: "ambiguous", alternatives: ["500", "500000"] });
  });

  test("a reading passed in decides, as column evidence, and keeps the alternatives", () => {
    expect(read("80,127", null, "en")).toMatchObject({ value: "80127", reading: "en", evidence: "column", alternatives: ["80.127", "80127"] });
    expect(read("80,127", null, "id")).toMatchObject({ value: "80.127", reading: "id", evidence: "column" });
    expect(read("6.054", null, "id")).toMatchObject({ value: "6054", reading: "id", evidence: "column" });
    expect(read("500,000", null, "en")).toMatchObject({ value: "500000", reading: "en", evidence: "column" });
  });

  test("a reading passed in does not touch tokens that decide themselves", () => {
    expect(read("66,54", null, "en")).toMatchObject({ value: "66.54", reading: "id", evidence: "token" });
    expect(read("2.519.295.635", null, "en")).toMatchObject({ value: "2519295635", reading: "id", evidence: "token" });
  });

  test.each([
    ["21.256 Ruta", "21256", "id", "Ruta"],
    ["21.279 Ruta", "21279", "id", "Ruta"],
    ["11.743 KPM", "11743", "id", "KPM"],
    ["10.500 KK", "10500", "id", "KK"],
    ["34.000 KPM", "34000", "id", "KPM"],
    ["1,500 orang", "1500", "en", "orang"],
    ["2.400 Jiwa", "2400", "id", "Jiwa"],
  ])("%p: a count unit makes it whole (%s)", (raw, value, reading, unit) => {
    const p = read(raw);
    expect(p).toMatchObject({ kind: "number", value, reading, evidence: "unit", unit });
    expect(p.alternatives).toHaveLength(2);
  });

  test("the unit outranks a column reading that would make a count fractional", () => {
    expect(read("21.279 Ruta", null, "en")).toMatchObject({ value: "21279", evidence: "unit" });
  });

  test("a unit that is not a count leaves it ambiguous", () => {
    expect(read("1.500 Ha")).toMatchObject({ value: "1500", reading: "ambiguous", unit: "Ha" });
  });
});

describe("numbers with units", () => {
  test.each([
    ["3 Dokumen", "3", "Dokumen"],
    ["10 Dokumen", "10", "Dokumen"],
    ["12 bulan", "12", "bulan"],
    ["50(kalender)", "50", "(kalender)"],
    ["50 (Kalender)", "50", "(Kalender)"],
    ["500 (Leaflet dan Stiker)", "500", "(Leaflet dan Stiker)"],
    ["154 Desa", "154", "Desa"],
    ["1 Kerjasama", "1", "Kerjasama"],
    ["10 Desa/Kel", "10", "Desa/Kel"],
    ["25 Orang/bulan", "25", "Orang/bulan"],
    ["165 TP PKK Desa, kelurahan", "165", "TP PKK Desa, kelurahan"],
    ["165 TP PKK Desa, kelurahan dan Kecamatan", "165", "TP PKK Desa, kelurahan dan Kecamatan"],
    ["250 stell", "250", "stell"],
    ["43.Buku", "43", "Buku"],
    ["43 Buku", "43", "Buku"],
    ["5 m2", "5", "m2"],
  ])("%p = %s %s", (raw, value, unit) => {
    const p = read(raw);
    expect(p).toMatchObject({ kind: "number", value, unit, reading: "plain", evidence: "token" });
    expect(p.compound).toBeUndefined();
  });

  test("a trailing Rp or rupiah makes it money", () => {
    expect(read("1.000.000 rupiah")).toMatchObject({ kind: "money", value: "1000000", unit: "Rp" });
  });
});

describe("qualitative prefixes", () => {
  test.each([
    ["Baik (B) 60,15", "Baik (B)", "60.15", "number"],
    ["Sangat Baik (A) 90,5", "Sangat Baik (A)", "90.5", "number"],
    ["BB 80,5", "BB", "80.5", "number"],
    ["B 65", "B", "65", "number"],
    ["Sangat Tinggi 95,2", "Sangat Tinggi", "95.2", "number"],
    ["≥ 80%", "≥", "80", "percent"],
  ])("%p: prefix %p, value %s", (raw, prefix, value, kind) => {
    expect(read(raw)).toMatchObject({ kind, prefix, value });
  });

  test("a parenthesised header is not a prefix", () => {
    expect(read("Tahun (2022)").kind).toBe("text");
  });
});

describe("compounds", () => {
  test.each([
    ["10 & 2", "10", "& 2"],
    ["29 Pilkades, 137 BPD", "29", "Pilkades, 137 BPD"],
    ["154 pilkades-154 BPD", "154", "pilkades-154 BPD"],
    ["5 lokasi dan 3 desa", "5", "lokasi dan 3 desa"],
    ["10, 5", "10", ", 5"],
    ["50% dan 30%", "50", "% dan 30%"],
  ])("%p: first value %s, the rest %p", (raw, value, unit) => {
    expect(read(raw)).toMatchObject({ compound: true, value, unit });
  });
});

describe("negative amounts", () => {
  test.each([
    ["(56.126.048)", "-56126048", "parentheses", "number"],
    ["(9.943.070)", "-9943070", "parentheses", "number"],
    ["- 15.548.024", "-15548024", "spaced-minus", "number"],
    ["- 1.553.966.050", "-1553966050", "spaced-minus", "number"],
    ["-15.548.024", "-15548024", "minus", "number"],
    ["−5", "-5", "minus", "number"],
    ["Rp (1.000)", "-1000", "parentheses", "money"],
    ["(Rp 1.000.000)", "-1000000", "parentheses", "money"],
    ["-Rp 5.000", "-5000", "minus", "money"],
    ["Rp -5.000", "-5000", "minus", "money"],
    ["-12,5%", "-12.5", "minus", "percent"],
    // The T-C.24 PMD block puts a layout dash before every growth value; the parentheses carry the sign.
    ["- (28.369.250)", "-28369250", "parentheses", "number"],
  ])("%p = %s (%s)", (raw, value, negativeNotation, kind) => {
    expect(read(raw)).toMatchObject({ kind, value, negativeNotation });
  });

  test("an ambiguous negative keeps negative alternatives", () => {
    expect(read("- 591.315")).toMatchObject({ value: "-591315", reading: "ambiguous", alternatives: ["-591315", "-591.315"] });
  });

  test("a lone minus is a dash, not a negative", () => {
    expect(read("-").kind).toBe("dash");
  });
});

describe("isNumeric", () => {
  test("number, percent, money and dash take part in arithmetic", () => {
    expect(["12", "70,65 %", "Rp 1.000,00", "-"].map((t) => isNumeric(parseCell(t)))).toEqual([true, true, true, true]);
    expect(["", "n/A", "#DIV/0!"].map((t) => isNumeric(parseCell(t)))).toEqual([false, false, false]);
    expect(isNumeric(parseCell(true))).toBe(false);
  });
});

describe("formatting", () => {
  const d = (s: string) => new Decimal(s);

  test("formatNumberId", () => {
    expect(formatNumberId(d("100515030"))).toBe("100.515.030");
    expect(formatNumberId(d("1234.5"))).toBe("1.234,5");
    expect(formatNumberId(d("-33748630"))).toBe("-33.748.630");
    expect(formatNumberId(d("999"))).toBe("999");
    expect(formatNumberId(d("0.0000001"))).toBe("0,0000001"); // never exponent notation
    expect(formatNumberId(d("1e21"))).toBe("1.000.000.000.000.000.000.000");
  });

  test("formatNumberId with fixed decimals rounds half-up", () => {
    expect(formatNumberId(d("193.875"), 2)).toBe("193,88");
    expect(formatNumberId(d("104.1666667"), 2)).toBe("104,17");
    expect(formatNumberId(d("99.5"), 0)).toBe("100");
    expect(formatNumberId(d("-2.5"), 0)).toBe("-3");
    expect(formatNumberId(d("76.5"), 2)).toBe("76,50");
    expect(formatNumberId(d("-0.001"), 2)).toBe("0,00");
  });

  test("formatNumber en", () => {
    expect(formatNumber(d("13738054600"), "en")).toBe("13,738,054,600");
    expect(formatNumber(d("96.42"), "en", 2)).toBe("96.42");
    expect(formatNumber(d("1234.5"), "en", 2)).toBe("1,234.50");
  });

  test("formatMoney keeps cents only when they are not zero", () => {
    expect(formatMoney(d("100515030"), "id")).toBe("Rp 100.515.030");
    expect(formatMoney(d("100515030.00"), "id")).toBe("Rp 100.515.030");
    expect(formatMoney(d("1234.56"), "id")).toBe("Rp 1.234,56");
    expect(formatMoney(d("121623186.3"), "id")).toBe("Rp 121.623.186,30");
    expect(formatMoney(d("1234.565"), "id")).toBe("Rp 1.234,57");
    expect(formatMoney(d("1234.56"), "en")).toBe("Rp 1,234.56");
    expect(formatMoney(d("-5000"), "id")).toBe("-Rp 5.000");
  });

  test("money stays exact where floats would not", () => {
    const total = ["Rp 121.623.186,30", "Rp 110.566.533,00", "Rp 0,10", "Rp 0,20"]
      .map((t) => parseCell(t).value as Decimal)
      .reduce((a, b) => a.plus(b));
    expect(formatMoney(total, "id")).toBe("Rp 232.189.719,60");
  });
});

describe("properties", () => {
  test("parseCell never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom(..."0123456789.,-()% Rp&/dan'\u00a0#!") }),
          fc.double(),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
        ),
        fc.option(fc.constantFrom("0%", "0.00%", '"Rp"#,##0', '0 "Dokumen"', "General", '"', "[$", ";;")),
        fc.option(fc.constantFrom("id" as const, "en" as const), { nil: undefined }),
        (raw, format, reading) => {
          parseCell(raw, format, reading);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("formatNumberId → parseCell round-trips integers", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (n) => {
        const value = new Decimal(n.toString());
        expect(parseCell(formatNumberId(value)).value?.equals(value)).toBe(true);
      }),
    );
  });

  test("formatNumberId → parseCell round-trips two-decimal values", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        const value = new Decimal(cents.toString()).dividedBy(100);
        const p = parseCell(formatNumberId(value, 2));
        expect(p.value?.equals(value)).toBe(true);
        expect(p.reading).toBe("id");
      }),
    );
  });
});
