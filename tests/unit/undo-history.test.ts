import { HISTORY_BUDGET_CHARS, recordsToDrop } from "../../core/undo/history";

describe("recordsToDrop", () => {
  test("nothing goes while the history with the new record fits the budget", () => {
    expect(recordsToDrop([], 10, 100)).toEqual([]);
    expect(recordsToDrop([30, 30], 40, 100)).toEqual([]);
  });

  test("the oldest go first, until the rest and the new record fit", () => {
    expect(recordsToDrop([30, 30, 30], 40, 100)).toEqual([0]);
    expect(recordsToDrop([10, 50, 30], 40, 100)).toEqual([0, 1]);
  });

  test("never a gap: a large record drops every older one, even small ones that would fit", () => {
    expect(recordsToDrop([5, 5, 80, 10], 20, 100)).toEqual([0, 1, 2]);
  });

  test("the new record stays even when it alone passes the budget; then nothing older stays", () => {
    expect(recordsToDrop([1, 2, 3], 150, 100)).toEqual([0, 1, 2]);
    expect(recordsToDrop([], 150, 100)).toEqual([]);
  });

  test("an older record larger than the budget goes", () => {
    expect(recordsToDrop([150], 1, 100)).toEqual([0]);
  });

  test("the default budget is 2.5 million characters: two 50 000-row recalculations never both stay", () => {
    expect(HISTORY_BUDGET_CHARS).toBe(2_500_000);
    expect(recordsToDrop([4_600_000], 4_600_000)).toEqual([0]);
    expect(recordsToDrop([1_000_000, 1_000_000], 400_000)).toEqual([]);
  });
});
