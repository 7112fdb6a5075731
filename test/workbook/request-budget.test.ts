import { RequestBudget, rowBlocks } from "../../src/workbook/request-budget";

const lengths = (grid: unknown[][]): number[] => grid.map((row) => JSON.stringify(row).length);

describe("rowBlocks", () => {
  const values = Array.from({ length: 40 }, (_, i) => [`Voce ${i}`, i * 1000.5, i % 3 === 0 ? null : "testo"]);
  const formats = values.map((row) => row.map((v) => (typeof v === "string" ? "@" : v === null ? null : "#,##0.00")));

  it("counts each block exactly as the JSON of its grids, and keeps each under the limit", () => {
    const blocks = rowBlocks([lengths(formats), lengths(values)], 300);
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks) {
      const json = JSON.stringify(formats.slice(b.from, b.to)).length + JSON.stringify(values.slice(b.from, b.to)).length;
      expect(b.chars).toBe(json);
      expect(b.chars).toBeLessThanOrEqual(300);
    }
    expect(blocks.map((b) => [b.from, b.to]).flat()).toEqual([0, ...blocks.slice(1).flatMap((b) => [b.from, b.from]), 40]);
  });

  it("makes one block when everything fits, and gives the first block only the room left", () => {
    expect(rowBlocks([lengths(formats), lengths(values)], 1_000_000)).toEqual([
      { from: 0, to: 40, chars: JSON.stringify(formats).length + JSON.stringify(values).length },
    ]);
    const [first, second] = rowBlocks([lengths(formats), lengths(values)], 1_000_000, 100);
    expect(first.chars).toBeLessThanOrEqual(100);
    expect(second).toMatchObject({ from: first.to, to: 40 });
  });

  it("puts a row longer than the limit in a block of its own", () => {
    const grid = [["a"], ["x".repeat(500)], ["b"]];
    // ["a"] is 5 characters, the long row 504; a grid of one row adds 2 brackets
    expect(rowBlocks([lengths(grid)], 100)).toEqual([
      { from: 0, to: 1, chars: 7 },
      { from: 1, to: 2, chars: 506 },
      { from: 2, to: 3, chars: 7 },
    ]);
  });

  it("returns no block for no rows", () => {
    expect(rowBlocks([[], []])).toEqual([]);
  });
});

describe("RequestBudget", () => {
  it("syncs only when a reservation would take the pending request over the limit", async () => {
    let syncs = 0;
    const budget = new RequestBudget({ sync: async () => void syncs++ }, 100);
    await budget.reserve(60);
    await budget.reserve(40);
    expect(syncs).toBe(0);
    expect(budget.room).toBe(0);
    await budget.reserve(1);
    expect(syncs).toBe(1);
    // an oversized reservation goes alone into a fresh request
    await budget.reserve(500);
    expect(syncs).toBe(2);
    expect(budget.room).toBe(-400);
  });
});
