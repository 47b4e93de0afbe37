/**
 * The requirement-set decision (README, «Word APIs used»): the manifest requires WordApi 1.4, and Word does not load
 * an add-in whose requirements it lacks (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements),
 * so the code checks at run time only sets above 1.4, and on exactly 1.4 everything the pane needs works. The stored
 * part (1.4) keeps the history and the leaders' decisions: a fallback without it would lose them, so there is none.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { emptyStoredReport, storedReportFromXml, storedReportToXml } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const ROOT = join(__dirname, "../..");
const manifestMin = () => /<Set Name="WordApi" MinVersion="([\d.]+)"\/>/.exec(readFileSync(join(ROOT, "manifest.xml"), "utf8"))?.[1];
const asNumber = (version: string) => Number(version.split(".")[1]);

describe("WordApi requirement", () => {
  it("is 1.4 in the manifest", () => {
    expect(manifestMin()).toBe("1.4");
  });

  it("leaves no run-time WordApi check at or below the manifest's requirement in src/office", () => {
    const dir = join(ROOT, "src/office");
    // Recursive: src/office/selfCheck holds checks of its own.
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
    const checks = files.flatMap((file) =>
      [...readFileSync(join(dir, file), "utf8").matchAll(/supports\("(\d\.\d+)"(?:,\s*"(\w+)")?\)/g)]
        .filter((m) => (m[2] ?? "WordApi") === "WordApi")
        .map((m) => ({ file, version: m[1]! })),
    );
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((c) => asNumber(c.version) <= asNumber(manifestMin()!))).toEqual([]);
  });

  it("gives the pane everything on a Word with exactly WordApi 1.4: tracking mode, stored part, tracked update", async () => {
    const sim = createWordSimulation(smallDocument(), { maxApi: "1.4" });
    const gateway = createOfficeGateway(sim.run, sim.supports);
    expect((await gateway.read()).trackingMode).toBe("off");
    const xml = storedReportToXml(emptyStoredReport({ quarter: 1, year: 2026 }));
    const outcome = await gateway.update((read) => ({ texts: new Map([[read.controls[0]!.id, "56"]]), storedXml: xml, trackChanges: true }));
    expect(outcome).toEqual({ written: 1, syncs: 2 });
    expect(storedReportFromXml((await gateway.loadStored())!)?.period).toEqual({ quarter: 1, year: 2026 });
    expect(sim.doc.xmlParts).toHaveLength(1);
  });

  it("writes nothing on a Word below 1.4 (where Word would not load the add-in): no silent loss of the stored part", async () => {
    const sim = createWordSimulation(smallDocument(), { maxApi: "1.3" });
    const gateway = createOfficeGateway(sim.run, sim.supports);
    const before = sim.controls().map((c) => c.text);
    const plan = () => ({ texts: new Map([[1, "56"]]), storedXml: "<x/>", trackChanges: false });
    await expect(gateway.update(plan)).rejects.toMatchObject({ code: "unsupported" });
    await expect(gateway.loadStored()).rejects.toMatchObject({ code: "unsupported" });
    expect(sim.controls().map((c) => c.text)).toEqual(before);
    expect(sim.doc.xmlParts).toEqual([]);
  });
});
