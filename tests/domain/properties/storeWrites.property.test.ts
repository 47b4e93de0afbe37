/**
 * Hostile input through the whole chain: the store, the real gateway and the Word simulation. A figure in error is
 * never written into the document (nor the percentages that depend on it), and the report stored in the document
 * stays well-formed XML whatever was typed.
 */
import { REPORT } from "../../support/forms";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { storedReportFromXml, xmlSafe } from "../../../src/domain/storedReport";
import { createOfficeGateway } from "../../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type SimParagraph } from "../../../src/preview/wordSim";
import { createAppStore } from "../../../src/taskpane/store/createAppStore";
import { anyText, nonNumber } from "./hostile";

installWordGlobals();

const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const SOLVED = "bcdc:motCuaVp.daGiaiQuyet";
const RATE = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
const COMMUNE = "bcdc:anSinh.tenXa";

function documentWithFigures(): SimParagraph[] {
  return [
    { runs: ["Tiếp nhận ", { tag: RECEIVED, title: "Hồ sơ tiếp nhận", text: "81" }, " hồ sơ, đã giải quyết ", { tag: SOLVED, title: "Đã giải quyết", text: "77" }, "."] },
    { runs: ["Tỷ lệ ", { tag: RATE, title: "Tỷ lệ đã giải quyết", text: "95,06%" }, "; nhắc lại ", { tag: RECEIVED, title: "Hồ sơ tiếp nhận", text: "81" }, "."] },
    { runs: ["Tại ", { tag: COMMUNE, title: "Tên xã", text: "xã Chiềng Mung" }, "."] },
  ];
}

async function openPane() {
  const sim = createWordSimulation(documentWithFigures(), { author: "Chuyên viên" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z") , report: REPORT });
  await store.getState().start();
  return { sim, store };
}

const textsOf = (sim: ReturnType<typeof createWordSimulation>, tag: string) => sim.controls().filter((c) => c.tag === tag).map((c) => c.text);

/** Well-formed XML 1.0: only characters XML allows, and a parser that stops at the first error (a U+FFFD is only warned about). */
function expectWellFormed(xml: string): void {
  expect(xmlSafe(xml)).toBe(xml.replace(/\r\n?|\v/g, "\n"));
  const strict = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${level}: ${message}`);
    },
  });
  expect(strict.parseFromString(xml, "text/xml").documentElement?.localName).toBe("baoCao");
}

describe("hostile figures through the store, the gateway and the simulated document", () => {
  it("never writes a figure in error or what depends on it, and still writes the other figures", async () => {
    await fc.assert(
      fc.asyncProperty(nonNumber, async (bad) => {
        const { sim, store } = await openPane();
        store.getState().setFigure(RECEIVED, bad);
        store.getState().setFigure(SOLVED, "78");
        expect(store.getState().review.problems.some((p) => p.key === `field:${RECEIVED}`)).toBe(true);
        await store.getState().updateDocument();
        expect(textsOf(sim, RECEIVED)).toEqual(["81", "81"]);
        expect(textsOf(sim, RATE)).toEqual(["95,06%"]);
        expect(textsOf(sim, SOLVED)).toEqual(["78"]);
        const xml = sim.doc.xmlParts[0]!.xml;
        expectWellFormed(xml);
        expect(storedReportFromXml(xml)?.figures[RECEIVED]).toBe(xmlSafe(bad));
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the stored report well-formed whatever goes into a text field, and writes only text it accepted", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (typed) => {
        const { sim, store } = await openPane();
        store.getState().setFigure(COMMUNE, typed);
        const accepted = !store.getState().review.problems.some((p) => p.fields.includes(COMMUNE));
        await store.getState().updateDocument();
        expect(store.getState().notice?.intent).not.toBe("error");
        const shown = textsOf(sim, COMMUNE)[0];
        if (!accepted) expect(shown).toBe("xã Chiềng Mung");
        else if (typed.trim() !== "") expect(shown).toBe(typed.trim());
        expectWellFormed(sim.doc.xmlParts[0]!.xml);
      }),
      { numRuns: 150 },
    );
  });
});
