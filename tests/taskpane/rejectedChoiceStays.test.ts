/**
 * Walk finding (fix-reject): on the reference report, tracking on, a clerk chose 2026 for the staff year (the report
 * writes 2026 in section I and 2025 in II.1.a) and updated; her leader accepted «Cuộc họp giao ban» 11 → 12 and
 * rejected the year 2025 → 2026. The pane said the form followed the document again, yet its box still held 2026 and
 * the next update wrote 2025 → 2026 again, unasked. The update had changed only the place that differed, so the
 * rejection brings back two different values, and the box kept the refused one: one of the document's own values,
 * taken by the next update for the clerk's choice. Through the real store and gateway on the Word simulation.
 */
import { REPORT, SAMPLE } from "../support/forms";
import { historyChange } from "../../src/domain/historyRows";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { figuresToChoose } from "../../src/taskpane/store/documentChoices";

installWordGlobals();

const YEAR = "bcdc:bienChe.nam";
const MEETINGS = "bcdc:giaoBan.soCuoc";
let clock = Date.parse("2026-03-20T08:00:00Z");

async function openPane(sim: WordSimulation, who: string) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date((clock += 60_000)), report: REPORT });
  store.getState().setAuthor(who);
  await store.getState().start();
  return store;
}

it("keeps a leader's rejection of a chosen staff year: the box offers the document's values again, nothing is rewritten", async () => {
  const sim = createWordSimulation(seedParagraphs(REPORT, SAMPLE), { author: "Chuyên viên" });
  const texts = (tag: string) => sim.controls().filter((c) => c.tag === tag).map((c) => c.text);
  const stored = () => storedReportFromXml(sim.doc.xmlParts.find((p) => p.namespaceUri === STORE_NAMESPACE)!.xml)!;
  const clerk = await openPane(sim, "Chuyên viên A");
  await clerk.getState().setTrackChanges(true);
  clerk.getState().setFigure(YEAR, "2026");
  clerk.getState().setFigure(MEETINGS, "12");
  await clerk.getState().updateDocument();
  expect(clerk.getState().notice?.text).toContain("«Năm của số liệu biên chế» 2025 → 2026");

  await clerk.getState().loadReview();
  await clerk.getState().resolveReview([MEETINGS], true);
  await clerk.getState().resolveReview([YEAR], false);
  expect(clerk.getState().notice?.text).toBe("Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản (1 số liệu, ghi vào lịch sử).");
  // The document is back to its own two values; the box holds neither as the clerk's choice, and offers both again.
  expect(texts(YEAR)).toEqual(["2026", "2025"]);
  expect(clerk.getState().raw[YEAR] ?? "").toBe("");
  expect(figuresToChoose(REPORT, clerk.getState().raw, clerk.getState().observations)).toEqual([YEAR]);
  expect(stored().figures[YEAR]).toBeUndefined();
  expect(clerk.getState().raw[MEETINGS]).toBe("12");

  const historyBefore = clerk.getState().history.length;
  await clerk.getState().updateDocument();
  expect(texts(YEAR)).toEqual(["2026", "2025"]);
  expect(sim.trackedChanges()).toEqual([]);
  expect(clerk.getState().notice?.text).not.toContain("Năm của số liệu biên chế");
  expect(clerk.getState().history).toHaveLength(historyBefore);
  expect(clerk.getState().conflicts).toEqual([]);
  expect(
    stored()
      .history.filter((h) => h.field === YEAR)
      .map((h) => `${h.by}: ${historyChange(h)}`),
  ).toEqual(["Chuyên viên A: 2025 → 2026", "Chuyên viên A: Từ chối sửa 2025 → 2026; giữ 2025"]);

  // Closed and reopened on the same document: the same, and an update still writes nothing for the year.
  const reopened = await openPane(sim, "Chuyên viên A");
  expect(reopened.getState().raw[YEAR] ?? "").toBe("");
  expect(figuresToChoose(REPORT, reopened.getState().raw, reopened.getState().observations)).toEqual([YEAR]);
  expect(reopened.getState().raw[MEETINGS]).toBe("12");
  await reopened.getState().updateDocument();
  expect(texts(YEAR)).toEqual(["2026", "2025"]);
  expect(reopened.getState().history.filter((h) => h.field === YEAR)).toHaveLength(2);

  // Choosing 2026 again is the clerk's new decision: written, and shown to the leader as a change again.
  reopened.getState().setFigure(YEAR, "2026");
  await reopened.getState().updateDocument();
  expect(sim.trackedChanges().map((c) => `${c.type}:${c.text}`)).toEqual(["Deleted:2025", "Added:2026"]);
});
