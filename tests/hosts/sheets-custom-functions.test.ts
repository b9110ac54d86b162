import { capaianFunction, predikatFunction } from "../../core/functions/custom-functions";
import { CAPAIAN, PREDIKAT } from "../../sheets-addon/custom-functions";

describe("CAPAIAN and PREDIKAT in Sheets", () => {
  test("one cell: exactly the core's worksheet functions", () => {
    expect(CAPAIAN(80, 100)).toBe(capaianFunction(80, 100));
    expect(CAPAIAN("35,12%", "40,5%", "negatif", "inverse")).toBe(capaianFunction("35,12%", "40,5%", "negatif", "inverse"));
    expect(CAPAIAN(0, 5)).toBe("");
    expect(PREDIKAT("87,25%")).toBe(predikatFunction("87,25%"));
    expect(PREDIKAT(80, "berhasil")).toBe("Berhasil");
  });

  test("ranges (and ARRAYFORMULA) answer cell by cell; a single value stands for every cell", () => {
    expect(CAPAIAN([[100], [0], [""]], [[90], [5], [3]], "positif")).toEqual([[capaianFunction(100, 90)], [""], [""]]);
    expect(PREDIKAT([[95, 70]], [["permendagri", "baik"]])).toEqual([[predikatFunction(95), predikatFunction(70, "baik")]]);
  });

  test("an input that is not a number, or ranges of different shapes, fail with an Indonesian message", () => {
    expect(() => CAPAIAN("banyak", 5)).toThrow(/bukan angka/);
    expect(() => CAPAIAN(new Date(2024, 0, 1), 5)).toThrow(/bukan angka/);
    expect(() => CAPAIAN([[1], [2]], [[1]])).toThrow(/berukuran sama/);
  });
});
