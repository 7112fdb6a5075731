import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { EXIT, REFERENCE_WORKBOOK, main } from "../../src/cli/main";

const dir = mkdtempSync(path.join(tmpdir(), "rp-cli-"));

async function run(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, (s) => (out += s + "\n"), (s) => (err += s + "\n"), cwd);
  return { code, out, err };
}

describe("command line", () => {
  it("answers a missing file with one Italian line and exit code 2", async () => {
    const r = await run([path.join(dir, "manca.xlsx")]);
    expect(r.code).toBe(EXIT.fileError);
    expect(r.err.trim().split("\n")).toEqual([`Errore: File non trovato: ${path.join(dir, "manca.xlsx")}`]);
  });

  it("refuses a file that is not an xlsx, and an old or password-protected one, writing nothing", async () => {
    const csv = path.join(dir, "dati.xlsx");
    writeFileSync(csv, "Voce;Maschi\nNati;46\n");
    const ole = path.join(dir, "protetto.xlsx");
    writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const out = path.join(dir, "non-scritto.xlsx");
    expect(await run([csv, "-o", out])).toMatchObject({ code: EXIT.fileError, err: expect.stringContaining("non è una cartella di lavoro Excel .xlsx") });
    expect(await run([ole, "-o", out])).toMatchObject({ code: EXIT.fileError, err: expect.stringContaining("protetto da password") });
    expect(existsSync(out)).toBe(false);
  });

  it("answers a wrong option or a folder as output in one Italian line", async () => {
    const bad = await run([REFERENCE_WORKBOOK, "--formato", "pdf"]);
    expect(bad.code).toBe(EXIT.fileError);
    expect(bad.err.trim().split("\n")).toHaveLength(1);
    expect(bad.err).toMatch(/^Errore: argomenti non validi .*Uso: npm run report --/);
    const folder = await run([REFERENCE_WORKBOOK, "-o", dir]);
    expect(folder.code).toBe(EXIT.fileError);
    expect(folder.err).toContain(`Errore: ${dir} è una cartella`);
  });

  it("reads and writes paths relative to the folder where the command was typed", async () => {
    const here = mkdtempSync(path.join(tmpdir(), "rp-cwd-"));
    writeFileSync(path.join(here, "dati.xlsx"), readFileSync(REFERENCE_WORKBOOK));
    const r = await run(["dati.xlsx", "-o", "relazione.xlsx"], here);
    expect(r.code).toBe(EXIT.ok);
    expect(existsSync(path.join(here, "relazione.xlsx"))).toBe(true);
  });

  it("never overwrites its input", async () => {
    const r = await run([REFERENCE_WORKBOOK, "-o", REFERENCE_WORKBOOK]);
    expect(r.code).toBe(EXIT.fileError);
  });

  it("exits 1 when the data has errors, still writing the valid parts, and leaves no temporary file", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REFERENCE_WORKBOOK);
    wb.getWorksheet("Demografia")!.getCell("D3").value = 106;
    const broken = path.join(dir, "rotto.xlsx");
    await wb.xlsx.writeFile(broken);
    const out = path.join(dir, "uscita", "rotto-relazione.xlsx");
    const r = await run([broken, "-o", out]);
    expect(r.code).toBe(EXIT.dataErrors);
    expect(r.out).toContain("[errore] DEMO_SOMMA_SESSI Demografia!D3");
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(out);
    expect(result.getWorksheet("Calcolo bilancio")).toBeDefined();
    expect(readdirSync(path.dirname(out))).toEqual(["rotto-relazione.xlsx"]);
  });
});
