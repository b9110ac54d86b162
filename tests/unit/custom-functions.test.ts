import { capaianFunction, FunctionInputError, predikatFunction } from "../../core/functions/custom-functions";

describe("CAPAIAN", () => {
  test("positive: R/T × 100, from numbers or Indonesian text", () => {
    expect(capaianFunction(30, 65.84)).toBeCloseTo(219.4667, 4);
    expect(capaianFunction("92,69", "92,12")).toBeCloseTo(99.385, 3);
    expect(capaianFunction("3 Dokumen", "2 Dokumen")).toBeCloseTo(66.6667, 4);
  });

  test("percent text and a percent-formatted cell (a fraction) compare like with like", () => {
    expect(capaianFunction("35,12%", 0.1224)).toBeCloseTo(34.8519, 4);
  });

  test("negative: (2T − R)/T by default, T/R on request", () => {
    expect(capaianFunction("1,47", "0,09", "negatif")).toBeCloseTo(193.8776, 4);
    expect(capaianFunction("1,44", "1,38", "semakin rendah semakin baik", "inverse")).toBeCloseTo(104.3478, 4);
  });

  test("no capaian for a zero or missing target, or a missing realisasi: an empty cell, never #DIV/0!", () => {
    expect(capaianFunction(0, 5)).toBe("");
    expect(capaianFunction("-", 5)).toBe("");
    expect(capaianFunction(10, "")).toBe("");
    expect(capaianFunction(10, 0, "negatif", "inverse")).toBe("");
  });

  test("an input that is not a number, or an unknown arah or metode, is an error naming it", () => {
    expect(() => capaianFunction("n/A", 5)).toThrow(new FunctionInputError('Target "n/A" bukan angka.'));
    expect(() => capaianFunction(10, "10 & 2")).toThrow(FunctionInputError);
    expect(() => capaianFunction(10, 5, "stabil")).toThrow(/Arah "stabil" tidak dikenal/);
    expect(() => capaianFunction(10, 5, "negatif", "rata-rata")).toThrow(/Metode "rata-rata" tidak dikenal/);
  });
});

describe("PREDIKAT", () => {
  test("the Permendagri scale by default, the others by name", () => {
    expect(predikatFunction(91)).toBe("Sangat Tinggi");
    expect(predikatFunction("87,25%")).toBe("Tinggi");
    expect(predikatFunction("75,99")).toBe("Sedang");
    expect(predikatFunction(100, "berhasil")).toBe("Sangat Berhasil");
    expect(predikatFunction(76, "BAIK")).toBe("Baik");
  });

  test("empty for an empty input; an unknown scale is an error", () => {
    expect(predikatFunction("")).toBe("");
    expect(() => predikatFunction(80, "lkjip")).toThrow(/Skala "lkjip" tidak dikenal/);
  });
});
