import { readFileSync } from "fs";
import { join } from "path";
import { REFERENCE_WORKBOOK } from "../../src/cli/main";
import { XlsxBytesError, loadXlsxBytes, sniffXlsx } from "../../src/workbook/xlsx-bytes";

const fixture = (name: string): Buffer => readFileSync(join(__dirname, "..", "fixtures", name));

describe("loadXlsxBytes (command line and browser mode alike)", () => {
  it("opens a real workbook", async () => {
    const wb = await loadXlsxBytes(readFileSync(REFERENCE_WORKBOOK));
    expect(wb.getWorksheet("Ente")).toBeDefined();
  });

  it.each([
    ["zip-non-xlsx.xlsx", "notXlsx"],
    ["csv-rinominato.xlsx", "notXlsx"],
    ["file-vuoto.xlsx", "notXlsx"],
    ["protetto-da-password.xlsx", "protected"],
  ])("refuses %s as %s", async (file, reason) => {
    await expect(loadXlsxBytes(fixture(file))).rejects.toEqual(new XlsxBytesError(reason as "notXlsx" | "protected"));
  });

  it("tells an OLE container from a zip by the first bytes", () => {
    expect(sniffXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe("protected");
    expect(sniffXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeUndefined();
    expect(sniffXlsx(new Uint8Array([]))).toBe("notXlsx");
  });
});
