import { columnLetters } from "../../src/core/cell";
import { ExcelRun } from "../../src/workbook/officejs-adapter";

/**
 * A hand-written stand-in for the part of the Excel JavaScript API that OfficeJsWorkbook uses, recording
 * every write. Like Office.js, properties asked for with load() become readable only after sync() (reading
 * one earlier throws PropertyNotLoaded) and a string written with `values` into a cell whose number
 * format is not "@" is parsed: text beginning with = + - @ becomes a formula, "2024" a number. Unlike
 * Office.js, writes apply at once instead of at sync(), which the adapter cannot observe since it reads
 * only after syncing. Each sync is recorded as a {@link FakeRequest} with the payload it carried.
 */
export type FakeValue = string | number | boolean | { error: string };

interface FakeCell {
  value: FakeValue | "";
  format: string;
  formula: boolean;
}

interface SheetModel {
  name: string;
  cells: Map<string, FakeCell>;
  deleted: boolean;
  /** Excel row numbers hidden by hand or by a filter. */
  hiddenRows?: ReadonlySet<number>;
}

interface NameModel {
  name: string;
  target?: { sheet: SheetModel; address: string };
  /** Formula of a name seeded without a target (e.g. "=#REF!$A$1"). */
  rawFormula?: string;
  comment?: string;
}

/**
 * One recorded write: `op` is "values", "numberFormat", "format" (with `prop`), "dataValidation" (with
 * `prop`: rule, errorAlert, prompt), "merge", "addSheet", "deleteSheet", "addName", "deleteName",
 * "addNote", "freezeRows", "activate", "select".
 */
export interface FakeCall {
  readonly op: string;
  readonly sheet?: string;
  readonly address?: string;
  readonly prop?: string;
  readonly value?: unknown;
}

/**
 * What one sync() sent and received: `gridChars`, the JSON length of the values and number-format grids
 * written; `chars`, the JSON length of every recorded write; `responseChars`, the JSON length of the
 * cell grids (values, valueTypes, numberFormat) loaded.
 */
export interface FakeRequest {
  readonly gridChars: number;
  readonly chars: number;
  readonly responseChars: number;
}

interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B2", "A1:E5", "A:A" and "5:7" → 1-based bounds. */
function parseAddress(address: string): Bounds {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  const part = (p: string): { r?: number; c?: number } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m || (m[1] === "" && m[2] === "")) throw new Error(`InvalidArgument: address ${address}`);
    return { c: m[1] ? colNumber(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const a = part(from);
  const b = part(to);
  return { r1: a.r ?? 1, c1: a.c ?? 1, r2: b.r ?? MAX_ROW, c2: b.c ?? MAX_COL };
}

const key = (r: number, c: number): string => `${r},${c}`;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function absolute(address: string): string {
  return address
    .split(":")
    .map((p) => p.replace(/^([A-Z]+)(\d+)$/i, "$$$1$$$2"))
    .join(":");
}

function notLoaded(prop: string): Error {
  return new Error(`PropertyNotLoaded: ${prop}`);
}

/** The state of a fake workbook plus the log of writes and the count of sync() calls. */
export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  readonly calls: FakeCall[] = [];
  readonly requests: FakeRequest[] = [];

  get syncs(): number {
    return this.requests.length;
  }

  /** The adapter's `run`: each batch gets a fresh context over this workbook. */
  readonly run: ExcelRun = (batch) => batch(new FakeContext(this) as unknown as Excel.RequestContext);

  /** Adds a user sheet whose top-left value sits at (firstRow, firstCol); null leaves a cell empty. */
  addSheet(
    name: string,
    rows: (FakeValue | null)[][] = [],
    opts: { firstRow?: number; firstCol?: number; formats?: (string | null)[][]; hiddenRows?: number[] } = {},
  ): void {
    const sheet: SheetModel = { name, cells: new Map(), deleted: false, hiddenRows: new Set(opts.hiddenRows ?? []) };
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = opts.formats?.[r]?.[c] ?? "General";
        if (value !== null || format !== "General") {
          sheet.cells.set(key((opts.firstRow ?? 1) + r, (opts.firstCol ?? 1) + c), { value: value ?? "", format, formula: false });
        }
      }),
    );
    this.sheets.push(sheet);
  }

  /** Adds a workbook-scoped name, either over a range of a sheet or with a raw formula. */
  addName(name: string, ref: { sheet: string; address: string } | { formula: string }): void {
    if ("formula" in ref) this.names.push({ name, rawFormula: ref.formula });
    else this.names.push({ name, target: { sheet: this.sheet(ref.sheet), address: ref.address } });
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const b = parseAddress(address);
    return this.sheet(sheet).cells.get(key(b.r1, b.c1));
  }

  nameFormula(n: NameModel): string {
    if (!n.target) return n.rawFormula ?? "=#REF!";
    return n.target.sheet.deleted ? "=#REF!" : `=${quoteSheet(n.target.sheet.name)}!${absolute(n.target.address)}`;
  }

  /** Names as "NAME → formula", for assertions. */
  nameList(): string[] {
    return this.names.map((n) => `${n.name} → ${this.nameFormula(n)}`);
  }

  callsOf(op: string): FakeCall[] {
    return this.calls.filter((c) => c.op === op);
  }
}

class FakeContext {
  private readonly pending: (() => void)[] = [];
  private gridChars = 0;
  private chars = 0;
  private responseChars = 0;
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection };

  constructor(readonly model: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheetCollection(this), names: new FakeNamedItemCollection(this) };
  }

  onSync(f: () => void): void {
    this.pending.push(f);
  }

  async sync(): Promise<void> {
    this.pending.splice(0).forEach((f) => f());
    this.model.requests.push({ gridChars: this.gridChars, chars: this.chars, responseChars: this.responseChars });
    this.gridChars = this.chars = this.responseChars = 0;
  }

  log(call: FakeCall): void {
    this.model.calls.push(call);
    this.chars += JSON.stringify(call).length;
    if (call.op === "values" || call.op === "numberFormat") this.gridChars += JSON.stringify(call.value).length;
  }

  received(grid: unknown): void {
    this.responseChars += JSON.stringify(grid).length;
  }
}

function requested(props: string): string[] {
  return props.split(",").map((p) => p.trim().replace(/^items\//, ""));
}

/** Base of proxies: values captured at sync() for the properties passed to load(). */
class Loadable {
  private loaded: Record<string, unknown> = {};

  protected get<T>(prop: string): T {
    if (!(prop in this.loaded)) throw notLoaded(prop);
    return this.loaded[prop] as T;
  }

  protected capture(props: string[], read: (prop: string) => unknown): void {
    for (const p of props) this.loaded[p] = read(p);
  }
}

class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(props: string): this {
    this.ctx.onSync(() => {
      this.loadedItems = this.ctx.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s);
        ws.snapshot(requested(props));
        return ws;
      });
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.model.sheet(name));
  }

  add(name: string): FakeWorksheet {
    const model = this.ctx.model;
    if (model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: worksheet ${name}`);
    const sheet: SheetModel = { name, cells: new Map(), deleted: false };
    model.sheets.push(sheet);
    this.ctx.log({ op: "addSheet", sheet: name });
    return new FakeWorksheet(this.ctx, sheet);
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetModel,
  ) {
    super();
  }

  get name(): string {
    return this.get("name");
  }

  get position(): number {
    return this.get("position");
  }

  snapshot(props: string[]): void {
    this.capture(props, (p) => (p === "position" ? this.ctx.model.sheets.indexOf(this.sheet) : p === "name" ? this.sheet.name : undefined));
  }

  load(props: string): this {
    this.ctx.onSync(() => this.snapshot(requested(props)));
    return this;
  }

  readonly freezePanes = {
    freezeRows: (count: number): void => this.ctx.log({ op: "freezeRows", sheet: this.sheet.name, value: count }),
  };

  readonly notes = {
    add: (address: string, content: string): void => this.ctx.log({ op: "addNote", sheet: this.sheet.name, address, value: content }),
  };

  activate(): void {
    this.ctx.log({ op: "activate", sheet: this.sheet.name });
  }

  delete(): void {
    const sheets = this.ctx.model.sheets;
    if (sheets.length === 1) throw new Error("InvalidOperation: a workbook must keep at least one sheet");
    sheets.splice(sheets.indexOf(this.sheet), 1);
    this.sheet.deleted = true;
    this.ctx.log({ op: "deleteSheet", sheet: this.sheet.name });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.sheet, address, parseAddress(address));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.getRange(`${columnLetters(col + 1)}${row + 1}:${columnLetters(col + cols)}${row + rows}`);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return usedRange(this.ctx, this.sheet, { r1: 1, c1: 1, r2: MAX_ROW, c2: MAX_COL }, valuesOnly);
  }
}

/** The used part of `within` (cells with a value, or with any content unless `valuesOnly`), or a null range. */
function usedRange(ctx: FakeContext, sheet: SheetModel, within: Bounds, valuesOnly?: boolean): FakeRange {
  let b: Bounds | undefined;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && cell.value === "") continue;
    const [r, c] = k.split(",").map(Number);
    if (r < within.r1 || r > within.r2 || c < within.c1 || c > within.c2) continue;
    b = b ? { r1: Math.min(b.r1, r), c1: Math.min(b.c1, c), r2: Math.max(b.r2, r), c2: Math.max(b.c2, c) } : { r1: r, c1: c, r2: r, c2: c };
  }
  const address = b ? `${columnLetters(b.c1)}${b.r1}:${columnLetters(b.c2)}${b.r2}` : "";
  return new FakeRange(ctx, sheet, address, b);
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === "") return "Empty";
  const v = cell.value;
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
  return typeof v === "boolean" ? "Boolean" : "String";
}

class FakeRange extends Loadable {
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetModel,
    private readonly address: string,
    private readonly bounds: Bounds | undefined,
  ) {
    super();
    const record = (prefix: string): Record<string, unknown> =>
      new Proxy({} as Record<string, unknown>, {
        set: (_t, prop, value) => {
          this.ctx.log({ op: "format", sheet: sheet.name, address, prop: prefix + String(prop), value });
          return true;
        },
      });
    const font = record("font.");
    const fill = record("fill.");
    const borders = { getItem: (edge: string) => record(`borders.${edge}.`) };
    this.dataValidation = new Proxy({} as Record<string, unknown>, {
      set: (_t, prop, value) => {
        this.ctx.log({ op: "dataValidation", sheet: sheet.name, address, prop: String(prop), value });
        return true;
      },
    });
    this.format = new Proxy(record(""), {
      get: (t, prop) => (prop === "font" ? font : prop === "fill" ? fill : prop === "borders" ? borders : Reflect.get(t, prop)),
    });
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(grid: unknown[][]) {
    this.write("values", grid, (cell, v) => {
      if (typeof v === "string" && cell.format !== "@") {
        // what Excel does with typed text: formulas and numbers are recognised unless the cell is Text
        if (/^[=+\-@]/.test(v)) return { ...cell, value: v, formula: true };
        if (v.trim() !== "" && Number.isFinite(Number(v))) return { ...cell, value: Number(v), formula: false };
      }
      return { ...cell, value: v as FakeValue | "", formula: false };
    });
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(grid: unknown[][]) {
    this.write("numberFormat", grid, (cell, f) => ({ ...cell, format: f === "" ? "General" : String(f) }));
  }

  load(props: string): this {
    this.ctx.onSync(() => {
      const b = this.bounds;
      this.capture(["isNullObject"], () => b === undefined);
      if (!b) return;
      const grid = (f: (cell: FakeCell | undefined) => unknown): unknown[][] =>
        Array.from({ length: b.r2 - b.r1 + 1 }, (_, r) => Array.from({ length: b.c2 - b.c1 + 1 }, (_, c) => f(this.sheet.cells.get(key(b.r1 + r, b.c1 + c)))));
      const received = (g: unknown[][]): unknown[][] => {
        this.ctx.received(g);
        return g;
      };
      this.capture(requested(props), (p) => {
        switch (p) {
          case "values":
            return received(grid((cell) => (cell === undefined ? "" : typeof cell.value === "object" ? cell.value.error : cell.value)));
          case "valueTypes":
            return received(grid(valueType));
          case "numberFormat":
            return received(grid((cell) => cell?.format ?? "General"));
          case "rowIndex":
            return b.r1 - 1;
          case "columnIndex":
            return b.c1 - 1;
          case "rowCount":
            return b.r2 - b.r1 + 1;
          case "columnCount":
            return b.c2 - b.c1 + 1;
          case "rowHidden": {
            // as Excel: true when every row of the range is hidden, false when none is, null when some are
            const hidden = [...(this.sheet.hiddenRows ?? [])].filter((r) => r >= b.r1 && r <= b.r2).length;
            return hidden === 0 ? false : hidden === b.r2 - b.r1 + 1 ? true : null;
          }
          default:
            return undefined;
        }
      });
    });
    return this;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!this.bounds) throw new Error("InvalidReference: used range of a null range");
    return usedRange(this.ctx, this.sheet, this.bounds, valuesOnly);
  }

  select(): void {
    this.ctx.log({ op: "select", sheet: this.sheet.name, address: this.address });
  }

  merge(across?: boolean): void {
    this.ctx.log({ op: "merge", sheet: this.sheet.name, address: this.address, value: across });
  }

  /** Applies a 2-D write cell by cell; null leaves a cell alone, as in Office.js. */
  private write(op: string, grid: unknown[][], apply: (cell: FakeCell, v: unknown) => FakeCell): void {
    const b = this.bounds;
    if (!b || grid.length !== b.r2 - b.r1 + 1 || grid.some((row) => row.length !== b.c2 - b.c1 + 1)) {
      throw new Error(`InvalidArgument: ${op} of ${grid.length} rows does not fit ${this.address}`);
    }
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const k = key(b.r1 + r, b.c1 + c);
        this.sheet.cells.set(k, apply(this.sheet.cells.get(k) ?? { value: "", format: "General", formula: false }, v));
      }),
    );
    this.ctx.log({ op, sheet: this.sheet.name, address: this.address, value: grid });
  }

  /** The sheet and address a name added over this range refers to. */
  target(): { sheet: SheetModel; address: string } {
    return { sheet: this.sheet, address: this.address };
  }
}

class FakeNamedItemCollection {
  private loadedItems?: FakeNamedItem[];

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(props: string): this {
    this.ctx.onSync(() => {
      this.loadedItems = this.ctx.model.names.map((n) => {
        const item = new FakeNamedItem(this.ctx, n);
        item.snapshot(requested(props));
        return item;
      });
    });
    return this;
  }

  add(name: string, reference: FakeRange | string, comment?: string): void {
    const model = this.ctx.model;
    // Excel's rule for defined names, minus the exceptions that look like cell references
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw new Error(`InvalidArgument: name ${name}`);
    if (model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${name}`);
    const entry: NameModel =
      typeof reference === "string" ? { name, rawFormula: reference, comment } : { name, target: reference.target(), comment };
    model.names.push(entry);
    this.ctx.log({ op: "addName", value: `${name} → ${model.nameFormula(entry)}` });
  }
}

class FakeNamedItem extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly entry: NameModel,
  ) {
    super();
  }

  get name(): string {
    return this.get("name");
  }

  get formula(): string {
    return this.get("formula");
  }

  snapshot(props: string[]): void {
    this.capture(props, (p) => (p === "name" ? this.entry.name : p === "formula" ? this.ctx.model.nameFormula(this.entry) : undefined));
  }

  delete(): void {
    const names = this.ctx.model.names;
    const i = names.indexOf(this.entry);
    if (i < 0) throw new Error(`ItemNotFound: name ${this.entry.name}`);
    names.splice(i, 1);
    this.ctx.log({ op: "deleteName", value: this.entry.name });
  }
}
