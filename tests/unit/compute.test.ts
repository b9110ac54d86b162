import Decimal from "decimal.js";
import {
  amountGrowth,
  asQuotient,
  cagr,
  capaian,
  describeGrowth,
  evaluateFormula,
  growthCandidates,
  isSumFormula,
  matchesPrinted,
  meanYearlyGrowth,
  parseFormula,
  percentOf,
  roundHalfUp,
  roundWith,
  spanPercentGrowth,
  truncate,
} from "../../core/compute";

const d = (x: string | number) => new Decimal(x);
const s = (x: Decimal | null) => (x === null ? null : x.toString());

describe("capaian", () => {
  test("positive: R/T × 100", () => {
    expect(s(capaian(d("30"), d("65.84")))).toBe(d("65.84").div(30).times(100).toString());
    expect(roundHalfUp(capaian(d("92.69"), d("92.12"))!, 2).toString()).toBe("99.39");
  });
  test("negative, LAN (2T − R)/T is the default", () => {
    expect(roundHalfUp(capaian(d("1.47"), d("0.09"), "negative")!, 2).toString()).toBe("193.88");
    expect(capaian(d(1), d("1.48"), "negative", "lan")!.toString()).toBe("52");
  });
  test("negative, inverse T/R", () => {
    expect(roundHalfUp(capaian(d("1.44"), d("1.38"), "negative", "inverse")!, 2).toString()).toBe("104.35");
    expect(capaian(d(1), d(0), "negative", "inverse")).toBeNull();
  });
  test("no capaian for T = 0 or a missing input", () => {
    expect(capaian(d(0), d(5))).toBeNull();
    expect(capaian(d(0), d(0), "negative")).toBeNull();
    expect(capaian(null, d(5))).toBeNull();
    expect(capaian(d(5), undefined)).toBeNull();
  });
  test("percentOf", () => {
    expect(roundHalfUp(percentOf(d(2688348466), d(2843939640))!, 2).toString()).toBe("94.53");
    expect(percentOf(d(1), d(0))).toBeNull();
    expect(percentOf(null, d(3))).toBeNull();
  });
});

describe("rounding", () => {
  test("half-up at x.xx5 edges, away from zero", () => {
    expect(roundHalfUp(d("2.675"), 2).toString()).toBe("2.68"); // a float would give 2.67
    expect(roundHalfUp(d("1.005"), 2).toString()).toBe("1.01");
    expect(roundHalfUp(d("-1.005"), 2).toString()).toBe("-1.01");
    expect(roundHalfUp(d("5284562.5"), 0).toString()).toBe("5284563");
    expect(roundHalfUp(d("0.125"), 2).toString()).toBe("0.13");
  });
  test("truncation cuts", () => {
    expect(truncate(d("93.5289"), 2).toString()).toBe("93.52");
    expect(truncate(d("-1.009"), 2).toString()).toBe("-1");
    expect(roundWith(d("93.5289"), 2, "half-up").toString()).toBe("93.53");
  });
  test("matchesPrinted compares at the printed precision", () => {
    expect(matchesPrinted(d("87.2340"), d(87), 0, "half-up")).toBe(true);
    expect(matchesPrinted(d("99.9179"), d(100), 0, "half-up")).toBe(true);
    expect(matchesPrinted(d("99.9179"), d(100), 0, "truncate")).toBe(false);
  });
});

describe("growth", () => {
  const series = [null, d(726383750), d(1051228220), d(1020825000), d(747522000)];
  const years = [2016, 2017, 2018, 2019, 2020];
  test("amount (X_j − X_i)/d with span and divisor as parameters", () => {
    expect(roundHalfUp(amountGrowth(series, 1, 4, 4), 0).toString()).toBe("5284563");
    expect(amountGrowth(series, 0, 1, 1).toString()).toBe("726383750"); // empty counts as 0
    expect(amountGrowth([d(100), d(50)], 0, 1, 1).toString()).toBe("-50");
  });
  test("mean of yearly % growth", () => {
    expect(meanYearlyGrowth([d(100), d(110), d(121)], 0, 2)!.toString()).toBe("10");
    expect(meanYearlyGrowth([d(0), d(110)], 0, 1)).toBeNull();
    expect(meanYearlyGrowth(series, 0, 4)).toBeNull();
  });
  test("CAGR", () => {
    expect(roundHalfUp(cagr([d(100), d(110), d(121)], 0, 2)!, 6).toString()).toBe("10");
    expect(cagr([d(0), d(5)], 0, 1)).toBeNull();
    expect(cagr([d(5), d(-5)], 0, 1)).toBeNull();
  });
  test("span percentage (X_j − X_i)/X_i/(j − i) × 100", () => {
    expect(spanPercentGrowth([d(100), d(120), d(140)], 0, 2)!.toString()).toBe("20");
    expect(spanPercentGrowth([null, d(5)], 0, 1)).toBeNull();
  });
  test("candidates for the exhaustive search, with readable keys", () => {
    const c = growthCandidates(series, years);
    const hit = c.find((x) => x.key === "amount:2017-2020/4");
    expect(hit && roundHalfUp(hit.value, 0).toString()).toBe("5284563");
    expect(c.some((x) => x.key.startsWith("cagr:2017-2020"))).toBe(true);
    expect(describeGrowth("amount:2017-2020/4", "A")).toBe("(A2020 − A2017)/4");
  });
});

describe("printed formulas", () => {
  const cols: Record<string, Decimal | null> = { "4": d(200), "5": d(10), "6": d(8), "7": d(6), "9": d(4), "10": d(20), "13": d(150) };
  const lookup = (t: string) => cols[t];
  const value = (e: string) => {
    const r = evaluateFormula(parseFormula(e), lookup);
    return r.value === null ? r.reason : r.value.toString();
  };
  test("quotients, sums and a literal ×100", () => {
    expect(value("7/6")).toBe("0.75");
    expect(value("(7/6)")).toBe("0.75");
    expect(value("5+7+9")).toBe("20");
    expect(value("10/4")).toBe("0.1");
    expect(value("13/5*100")).toBe("1500");
    expect(value("13/5 x 100")).toBe("1500");
    expect(value("5-7")).toBe("4");
  });
  test("missing inputs and division by zero give no value", () => {
    cols["8"] = null;
    cols["3"] = d(0);
    expect(value("8/6")).toBe("missing");
    expect(value("6/3")).toBe("division-by-zero");
  });
  test("shapes", () => {
    expect(isSumFormula(parseFormula("5+7+9"))).toBe(true);
    expect(isSumFormula(parseFormula("7/6"))).toBe(false);
    expect(asQuotient(parseFormula("13/5*100"))?.timesHundred).toBe(true);
    expect(asQuotient(parseFormula("7/6"))?.timesHundred).toBe(false);
    expect(asQuotient(parseFormula("5+7"))).toBeNull();
    expect(() => parseFormula("7/")).toThrow();
    expect(() => parseFormula("abc")).toThrow();
  });
});
