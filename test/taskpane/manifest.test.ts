import { readFileSync, existsSync } from "fs";
import * as path from "path";
import { XmlElement, childrenNamed, descendants, parseXml } from "./xml";

const ROOT = path.join(__dirname, "..", "..");
const DEV_ORIGIN = "https://localhost:3000/";

const manifest = parseXml(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));

function only(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Width and height from a PNG's IHDR chunk, which must come first (PNG spec §5.6). */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The file the dev server publishes at `url`: dist/ mirrors the repository's assets/ and the pane's html. */
function localFile(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length));
}

/** Resources of VersionOverrides by id: images, urls and strings. */
function resources(): Map<string, { kind: string; value: string }> {
  const res = only(only(manifest, "VersionOverrides"), "Resources");
  const map = new Map<string, { kind: string; value: string }>();
  for (const group of res.children) {
    for (const item of group.children) {
      expect(map.has(item.attrs.id)).toBe(false);
      map.set(item.attrs.id, { kind: group.name, value: item.attrs.DefaultValue });
    }
  }
  return map;
}

describe("XML parser used by these checks", () => {
  it.each([
    ["<a><b></a></b>", /chiusura «a» ma è aperto «b»/],
    ["<a>", /non chiuso/],
    ["<a/><b/>", /secondo elemento radice/],
    ['<a x="1" x="2"/>', /ripetuto/],
    ["<a>R&D</a>", /entità non valida/],
    ['<a x="<"/>', /non ammesso/],
    ["testo<a/>", /fuori dall'elemento radice/],
  ])("rejects %p", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it("reads names, attributes, entities and text", () => {
    const el = parseXml('<?xml version="1.0"?><!-- c --><a k=\'v &amp; w\'><b>1 &lt; 2</b><c/></a>');
    expect(el.attrs).toEqual({ k: "v & w" });
    expect(el.children.map((c) => [c.name, c.text])).toEqual([
      ["b", "1 < 2"],
      ["c", ""],
    ]);
  });
});

describe("manifest.xml", () => {
  it("is a TaskPaneApp whose elements follow the schema's order", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    // OfficeApp then TaskPaneApp sequence of the appforoffice 1.1 schema
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "Dictionary",
      "VersionOverrides",
      "ExtendedOverrides",
    ];
    const positions = manifest.children.map((c) => order.indexOf(c.name));
    expect(positions).not.toContain(-1);
    positions.slice(1).forEach((p, k) => expect(p).toBeGreaterThan(positions[k]));
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"]) {
      only(manifest, required);
    }
  });

  it("has its own GUID and a four-part version", () => {
    const id = only(manifest, "Id").text.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    // the id of the Office add-in template must not be reused
    expect(id).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143");
    expect(only(manifest, "Version").text).toBe("1.0.0.0");
  });

  it("is Italian by default with English name and description", () => {
    expect(only(manifest, "DefaultLocale").text).toBe("it-IT");
    expect(only(manifest, "DisplayName").attrs.DefaultValue).toBe("Relazione sulla performance");
    for (const name of ["DisplayName", "Description"]) {
      const override = only(only(manifest, name), "Override");
      expect(override.attrs.Locale).toBe("en-US");
      expect(override.attrs.Value.length).toBeGreaterThan(0);
    }
  });

  it("asks for Excel workbooks, ExcelApi 1.7 and exactly ReadWriteDocument", () => {
    expect(childrenNamed(only(manifest, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const sets = descendants(only(manifest, "Requirements"), "Set");
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", "1.7"]]);
    expect(only(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("uses https for every URL and opens the pane from the dev server", () => {
    const urls: string[] = [];
    const walk = (el: XmlElement): void => {
      Object.entries(el.attrs)
        .filter(([k, v]) => !k.startsWith("xmlns") && v.includes("://"))
        .forEach(([, v]) => urls.push(v));
      if (el.text.includes("://")) urls.push(el.text.trim());
      el.children.forEach(walk);
    };
    walk(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    expect(only(only(manifest, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(existsSync(path.join(ROOT, "src", "taskpane", "taskpane.html"))).toBe(true);
  });

  it("declares icons that exist at their declared sizes", () => {
    expect(pngSize(localFile(only(manifest, "IconUrl").attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFile(only(manifest, "HighResolutionIconUrl").attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
    const res = resources();
    const images = descendants(only(manifest, "VersionOverrides"), "Icon").flatMap((icon) => childrenNamed(icon, "bt:Image"));
    expect(new Set(images.map((i) => i.attrs.size))).toEqual(new Set(["16", "32", "80"]));
    for (const image of images) {
      const entry = res.get(image.attrs.resid);
      expect(entry?.kind).toBe("bt:Images");
      const size = Number(image.attrs.size);
      expect(pngSize(localFile(entry!.value))).toEqual({ width: size, height: size });
    }
    // the 128 px icon is for AppSource listings
    expect(pngSize(path.join(ROOT, "assets", "icon-128.png"))).toEqual({ width: 128, height: 128 });
  });

  it("adds a 'Relazione performance' button on the Home tab that shows the pane", () => {
    const res = resources();
    const tab = descendants(manifest, "OfficeTab");
    expect(tab.map((t) => t.attrs.id)).toEqual(["TabHome"]);
    const [button] = descendants(tab[0], "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    expect(res.get(only(button, "Label").attrs.resid)?.value).toBe("Relazione performance");
    const action = only(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(res.get(only(action, "SourceLocation").attrs.resid)?.value).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("resolves every resid, within the schema's length limits", () => {
    const res = resources();
    const all: XmlElement[] = [];
    const walk = (el: XmlElement): void => {
      all.push(el);
      el.children.forEach(walk);
    };
    walk(manifest);
    const resids = all.map((el) => el.attrs.resid).filter((r): r is string => r !== undefined);
    expect(resids.length).toBeGreaterThan(0);
    for (const resid of resids) expect(res.has(resid)).toBe(true);
    for (const [id, { kind, value }] of res) {
      expect(id.length).toBeLessThanOrEqual(32);
      if (kind === "bt:ShortStrings") expect(value.length).toBeLessThanOrEqual(125);
      if (kind === "bt:LongStrings") expect(value.length).toBeLessThanOrEqual(250);
    }
  });
});
