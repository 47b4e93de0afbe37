/**
 * `ADDIN_URL=https://… npm run build` writes dist/manifest.xml through scripts/addinManifest.js: every URL points to
 * the office's server, the trusted domain is its origin, nothing of localhost remains, and the ribbon icons exist at
 * every size the manifest names (16, 32 and 80 required; 20, 24, 40, 48, 64 supported:
 * https://learn.microsoft.com/en-us/javascript/api/manifest/icon).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { DOMParser } from "@xmldom/xmldom";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForHost } = require("../../scripts/addinManifest.js") as { manifestForHost: (template: string, url: string) => string };

const ROOT = join(__dirname, "..", "..");
const TEMPLATE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://bao-cao.ubnd.example.vn/addin";

function urlsOf(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const all = Array.from(doc.getElementsByTagName("*"));
  const fromAttributes = all.flatMap((el) => (/^https?:/.test(el.getAttribute("DefaultValue") ?? "") ? [el.getAttribute("DefaultValue")!] : []));
  const fromText = all.filter((el) => el.localName === "AppDomain").map((el) => el.textContent ?? "");
  return [...fromAttributes, ...fromText];
}

describe("the manifest for an office's server", () => {
  const manifest = manifestForHost(TEMPLATE, `${BASE}/`);

  it("points every URL to ADDIN_URL, and the app domain to its origin", () => {
    const urls = urlsOf(manifest);
    expect(urls.length).toBe(urlsOf(TEMPLATE).length);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url === "https://bao-cao.ubnd.example.vn" || url.startsWith(`${BASE}/`)).toBe(true);
    expect(manifest).not.toMatch(/localhost/i);
    expect(urls).toContain(`${BASE}/taskpane.html`);
  });

  it("keeps everything else as it was", () => {
    const strip = (xml: string) => xml.replace(/https:\/\/[^"<]+/g, "URL");
    expect(strip(manifest)).toBe(strip(TEMPLATE));
  });

  it("refuses an address Office could not load, or one that would make a wrong manifest", () => {
    expect(() => manifestForHost(TEMPLATE, "http://bao-cao.example.vn")).toThrow(/https:\/\//);
    expect(() => manifestForHost(TEMPLATE, "bao-cao.example.vn")).toThrow(/not a URL/);
    expect(() => manifestForHost(TEMPLATE, `${BASE}?v=2`)).toThrow(/without query/);
  });

  it("escapes what XML needs escaped in the address", () => {
    expect(manifestForHost(TEMPLATE, "https://example.vn/a&b")).toContain("https://example.vn/a&amp;b/taskpane.html");
  });
});

describe("icons", () => {
  it("exist in assets/ at every size the manifest names, with those pixel sizes", () => {
    const names = [...TEMPLATE.matchAll(/assets\/(icon-(\d+)\.png)/g)];
    const sizes = new Set(names.map((m) => Number(m[2])));
    for (const required of [16, 32, 80]) expect(sizes.has(required)).toBe(true);
    for (const [, file, size] of names) {
      const path = join(ROOT, "assets", file!);
      expect(existsSync(path)).toBe(true);
      const png = readFileSync(path);
      // PNG IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});
