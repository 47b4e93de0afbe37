/**
 * The staff year's hole (rejectedChoiceStays.test.ts) looked for in every other kind of figure: a leader's rejection
 * must survive the next «Cập nhật văn bản» and a reopened pane. Through the real store and gateway on the Word
 * simulation, tracking on.
 */
import { REPORT, SAMPLE } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, parseMarkup, type SimParagraph, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const RESOLVED = "bcdc:motCuaVp.daGiaiQuyet";
const SHARE = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
const UNITS = "bcdc:donViSuNghiep.danhSach";
const UNIT_COUNT = "bcdc:donViSuNghiep.so";
const ASSIGNED = "bcdc:bienChe.congChucGiao";
let clock = Date.parse("2026-03-20T08:00:00Z");

const doc = (...lines: string[]): SimParagraph[] => lines.map((line) => parseMarkup(line, () => ""));

async function openPane(sim: WordSimulation) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date((clock += 60_000)), report: REPORT });
  store.getState().setAuthor("Chuyên viên A");
  await store.getState().start();
  return store;
}

async function tracked(paragraphs: SimParagraph[]) {
  const sim = createWordSimulation(paragraphs, { author: "Chuyên viên" });
  const store = await openPane(sim);
  await store.getState().setTrackChanges(true);
  const texts = (tag: string) => sim.controls().filter((c) => c.tag === tag).map((c) => c.text);
  const changes = () => sim.trackedChanges().map((c) => `${c.type}:${c.text}`);
  return { sim, store, texts, changes };
}

describe("a computed figure's correction rejected alone", () => {
  const report = () => doc(`Tiếp nhận [[${RECEIVED}|81]] hồ sơ, đã giải quyết [[${RESOLVED}|77]] hồ sơ, chiếm [[${SHARE}|95,00%]].`);

  it("is not written again, is said so, and stands after reopening until its figures change", async () => {
    const { sim, store, texts, changes } = await tracked(report());
    await store.getState().updateDocument();
    expect(changes()).toEqual(["Deleted:95,00%", "Added:95,06%"]);
    await store.getState().resolveReview("all", false);
    expect(texts(SHARE)).toEqual(["95,00%"]);

    await store.getState().updateDocument();
    expect(changes()).toEqual([]);
    expect(store.getState().notice?.text).toContain("Lãnh đạo đã từ chối sửa nên văn bản giữ nguyên: «Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)» 95,00% (không sửa thành 95,06%).");
    expect(store.getState().notice?.text).not.toContain("Văn bản đã đúng số liệu");
    // Its warning no longer sends the clerk to «Cập nhật văn bản», which would not change it.
    const warning = store.getState().documentProblems.find((p) => p.key === `doc.computed:${SHARE}`)?.message;
    expect(warning).toBe(
      "Văn bản ghi «Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)» là 95,00%, nhưng theo số liệu phải là 95,06% (77 / 81). Lãnh đạo đã từ chối sửa thành 95,06%, nên «Cập nhật văn bản» giữ 95,00%.",
    );

    const reopened = await openPane(sim);
    expect(reopened.getState().documentProblems.find((p) => p.key === `doc.computed:${SHARE}`)?.message).toBe(warning);
    await reopened.getState().updateDocument();
    expect(changes()).toEqual([]);
    // New figures give another share: a new change, written and shown to the leader.
    reopened.getState().setFigure(RESOLVED, "78");
    await reopened.getState().updateDocument();
    expect(changes()).toEqual(["Deleted:77", "Added:78", "Deleted:95,00%", "Added:96,30%"]);
  });

  it("rejected with the typed figure it is computed from: that figure typed again writes both", async () => {
    const { store, texts, changes } = await tracked(doc(`Tiếp nhận [[${RECEIVED}|81]] hồ sơ, đã giải quyết [[${RESOLVED}|77]] hồ sơ, chiếm [[${SHARE}|95,06%]].`));
    store.getState().setFigure(RESOLVED, "78");
    await store.getState().updateDocument();
    await store.getState().resolveReview([RESOLVED], false);
    expect([texts(RESOLVED), texts(SHARE), store.getState().raw[RESOLVED]]).toEqual([["77"], ["95,06%"], "77"]);
    await store.getState().updateDocument();
    expect(changes()).toEqual([]);
    store.getState().setFigure(RESOLVED, "78");
    await store.getState().updateDocument();
    expect(changes()).toEqual(["Deleted:77", "Added:78", "Deleted:95,06%", "Added:96,30%"]);
  });
});

it("a period change rejected: the pane's period is the document's again, before and after reopening", async () => {
  const { sim, store, texts, changes } = await tracked(seedParagraphs(REPORT, SAMPLE));
  store.getState().setPeriod({ quarter: 2, year: 2026 });
  await store.getState().updateDocument();
  await store.getState().answerPeriod("pane");
  expect(texts("bcdc:ky.quy")).toEqual(["III", "III"]);
  await store.getState().resolveReview(["bcdc:ky.quy"], false);
  expect(texts("bcdc:ky.quy")).toEqual(["I", "I"]);
  expect([store.getState().period, store.getState().documentPeriod]).toEqual([
    { quarter: 1, year: 2026 },
    { quarter: 1, year: 2026 },
  ]);

  await store.getState().updateDocument();
  expect(store.getState().periodQuestion).toBeNull();
  expect(changes()).toEqual([]);
  const reopened = await openPane(sim);
  expect(reopened.getState().period).toEqual({ quarter: 1, year: 2026 });
  await reopened.getState().updateDocument();
  expect(changes()).toEqual([]);
});

it("a list written in two styles, its change rejected: the box holds the document's list, nothing is asked or written", async () => {
  const { store, changes } = await tracked(
    doc(`Có [[${UNIT_COUNT}|03]] đơn vị sự nghiệp: [[${UNITS}|Trung tâm A, Nhà khách B và Nhà khách C]].`, `Gồm: [[${UNITS}|Trung tâm A; Nhà khách B; Nhà khách C]].`),
  );
  expect(store.getState().raw[UNITS]).toBeUndefined();
  store.getState().setFigure(UNITS, "Trung tâm A\nNhà khách B\nNhà khách C\nTrung tâm D");
  store.getState().resolveConflict(UNITS, "overwrite");
  await store.getState().updateDocument();
  expect(changes()).toHaveLength(6);
  await store.getState().resolveReview([UNITS], false);
  expect(changes()).toEqual([]);
  expect(store.getState().raw[UNITS]).toBe("Trung tâm A\nNhà khách B\nNhà khách C");
  await store.getState().updateDocument();
  expect(changes()).toEqual([]);
  expect(store.getState().conflicts).toEqual([]);
});

it("a new report's first figure rejected: the box is empty again, not «…»", async () => {
  const { store, changes } = await tracked(doc(`Công chức được giao là [[${ASSIGNED}|…]].`));
  store.getState().setFigure(ASSIGNED, "55");
  await store.getState().updateDocument();
  expect(changes()).toEqual(["Deleted:…", "Added:55"]);
  await store.getState().resolveReview([ASSIGNED], false);
  expect(store.getState().raw[ASSIGNED] ?? "").toBe("");
  expect(store.getState().review.problems.filter((p) => p.fields.includes(ASSIGNED) && p.severity === "error")).toEqual([]);
  await store.getState().updateDocument();
  expect(changes()).toEqual([]);
});
