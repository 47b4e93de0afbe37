import { REPORT } from "../support/forms";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { GatewayError } from "../../src/office/gateway";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";

const NOW = new Date("2026-03-05T08:00:00Z");
const tiepNhan = "bcdc:hcc.tiepNhan";
const daGiaiQuyet = "bcdc:hcc.daGiaiQuyet";
const tyLe = "bcdc:hcc.tyLeDaGiaiQuyet";

function setup(controls = [
  { tag: tiepNhan, text: "9.780" },
  { tag: daGiaiQuyet, text: "7.766" },
  { tag: tyLe, text: "79,41%" },
  { tag: tiepNhan, text: "9.780" },
]) {
  const word = createFakeGateway(controls);
  const store = createAppStore({ word, now: () => NOW , report: REPORT });
  store.getState().setAuthor("Chuyên viên A");
  return { word, store };
}

describe("app store", () => {
  it("starts from the document's figures when it has no stored report", async () => {
    const { store } = setup();
    await store.getState().start();
    const state = store.getState();
    expect(state.ready).toBe(true);
    expect(state.period).toEqual({ quarter: 1, year: 2026 });
    expect(state.raw[tiepNhan]).toBe("9.780");
    expect(state.raw[tyLe]).toBeUndefined();
    expect(state.review.values.get(tyLe)).toEqual({ kind: "number", value: 79.41 });
  });

  it("updates every control of a changed figure and its percentage in one read and one write", async () => {
    const { store, word } = setup();
    await store.getState().start();
    word.syncs = 0;
    store.getState().setFigure(tiepNhan, "9800");
    await store.getState().updateDocument();
    expect(word.syncs).toBe(2);
    expect(word.controls.map((c) => c.text)).toEqual(["9.800", "7.766", "79,24%", "9.800"]);
    const stored = storedReportFromXml(word.storedXml!);
    expect(stored?.figures[tiepNhan]).toBe("9800");
    expect(stored?.written[tiepNhan]).toBe("9.800");
    expect(stored?.history).toEqual([
      { field: tiepNhan, from: "9.780", to: "9.800", at: NOW.toISOString(), by: "Chuyên viên A", period: { quarter: 1, year: 2026 } },
      { field: tyLe, from: "79,41%", to: "79,24%", at: NOW.toISOString(), by: "Chuyên viên A", period: { quarter: 1, year: 2026 } },
    ]);
    // Two figures, one of them in two places: counted as figures, the places after (pane52); each named, the share
    // that followed apart from the figure typed (walk42).
    expect(store.getState().notice).toEqual({
      intent: "success",
      text:
        "Đã cập nhật 2 số liệu (3 chỗ trong văn bản). Số đã ghi: «Hồ sơ tiếp nhận (Trung tâm PVHCC)» 9.780 → 9.800. " +
        "Số tự tính ghi lại: «Tỷ lệ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)» 79,41% → 79,24%.",
    });
  });

  it("shows a message for a figure in error and does not write it or what follows from it", async () => {
    const { store, word } = setup();
    await store.getState().start();
    store.getState().setFigure(daGiaiQuyet, "-5");
    expect(store.getState().review.problems).toEqual([
      { key: `field:${daGiaiQuyet}`, severity: "error", fields: [daGiaiQuyet], message: "Số liệu không được âm." },
    ]);
    store.getState().setFigure(tiepNhan, "9800");
    await store.getState().updateDocument();
    expect(word.controls.map((c) => c.text)).toEqual(["9.800", "7.766", "79,41%", "9.800"]);
  });

  it("never overwrites a control edited by hand without asking, then follows the clerk's choice", async () => {
    const { store, word } = setup();
    await store.getState().start();
    word.controls[3]!.text = "9.999"; // typed by hand after the pane read the document
    store.getState().setFigure(tiepNhan, "9800");
    await store.getState().updateDocument();
    expect(word.controls[3]!.text).toBe("9.999");
    expect(store.getState().conflicts).toEqual([
      { field: tiepNhan, controlId: 4, documentText: "9.999", target: "9.800" },
    ]);
    store.getState().resolveConflict(tiepNhan, "overwrite");
    await store.getState().updateDocument();
    expect(word.controls[3]!.text).toBe("9.800");
    expect(store.getState().conflicts).toEqual([]);
  });

  it("takes the document's value into the form when the clerk prefers it", async () => {
    const { store, word } = setup();
    await store.getState().start();
    word.controls[3]!.text = "9.999";
    store.getState().setFigure(tiepNhan, "9800");
    await store.getState().updateDocument();
    store.getState().resolveConflict(tiepNhan, "takeDocument");
    expect(store.getState().raw[tiepNhan]).toBe("9.999");
    await store.getState().updateDocument();
    expect(word.controls.map((c) => c.text)).toEqual(["9.999", "7.766", "77,67%", "9.999"]);
  });

  it("comes back with the stored figures when the pane is reopened", async () => {
    const { store, word } = setup();
    await store.getState().start();
    store.getState().setFigure(tiepNhan, "9800");
    store.getState().setPeriod({ quarter: 2, year: 2026 });
    await store.getState().updateDocument();
    const reopened = createAppStore({ word, now: () => NOW , report: REPORT });
    await reopened.getState().start();
    expect(reopened.getState().raw[tiepNhan]).toBe("9800");
    expect(reopened.getState().period).toEqual({ quarter: 2, year: 2026 });
    expect(reopened.getState().history).toHaveLength(2);
  });

  it("inserts a field at the cursor with its label, tag and formatted value", async () => {
    const { store, word } = setup([]);
    await store.getState().start();
    store.getState().setFigure(tiepNhan, "9780");
    await store.getState().insertField(tiepNhan);
    expect(word.inserted).toEqual([{ tag: tiepNhan, title: "Hồ sơ tiếp nhận (Trung tâm PVHCC)", text: "9.780" }]);
    expect(store.getState().observations.get(tiepNhan)).toEqual([{ text: "9.780", where: "chỗ 1" }]);
  });

  it("tells the clerk what Word refused, and keeps the figures", async () => {
    const { store, word } = setup();
    await store.getState().start();
    store.getState().setFigure(tiepNhan, "9800");
    word.failNext = new GatewayError("Văn bản đang ở chế độ chỉ đọc", "readOnly");
    await store.getState().updateDocument();
    expect(store.getState().notice).toEqual({ intent: "error", text: "Văn bản đang ở chế độ chỉ đọc" });
    expect(store.getState().raw[tiepNhan]).toBe("9800");
    expect(store.getState().busy).toBeNull();
  });
});

describe("a document opened without stored figures", () => {
  it("keeps the quarter it names instead of today's, so the first update rewrites no period text", async () => {
    const word = createFakeGateway([
      { tag: "bcdc:ky.quy", text: "I" },
      { tag: "bcdc:ky.nam", text: "2026" },
      { tag: tiepNhan, text: "9.780" },
    ]);
    const store = createAppStore({ word, now: () => new Date("2026-11-25T08:00:00Z") , report: REPORT });
    await store.getState().start();
    expect(store.getState().period).toEqual({ quarter: 1, year: 2026 });
    await store.getState().updateDocument();
    expect(word.controls.map((c) => c.text)).toEqual(["I", "2026", "9.780"]);
  });
});
