/**
 * Walk finding (walk48, F2): «Cập nhật văn bản» rewrote a list the clerk never touched, «06 nhóm nhiệm vụ: (1) rà soát,
 * …; (6) thông tin, báo cáo», as «rà soát, …; thông tin, báo cáo», dropping the report's numbering, and called it
 * «Số đã ghi». The numbers are how the report writes its list: the same items numbered are the same list, and a list
 * the clerk does change is written back numbered as the report numbers it.
 */
import { listInStyleOf } from "../../src/domain/listStyle";
import { numberedList } from "../../src/domain/numberedList";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { REPORT } from "../support/forms";

const NOW = new Date("2026-09-05T08:00:00Z");
const GROUPS = "bcdc:ksthc.nhomCongViec";
const NUMBERED = "(1) rà soát, đơn giản hóa thủ tục hành chính; (2) công bố, công khai thủ tục hành chính; (3) thông tin, báo cáo";

it("reads a list numbered (1), 1), a), 1. as its items, and nothing else as numbered", () => {
  expect(numberedList(NUMBERED)?.items).toEqual(["rà soát, đơn giản hóa thủ tục hành chính", "công bố, công khai thủ tục hành chính", "thông tin, báo cáo"]);
  expect(numberedList("a) Chỉ đạo; b) Kiểm tra")?.items).toEqual(["Chỉ đạo", "Kiểm tra"]);
  expect(numberedList("1. Chỉ đạo\n2. Kiểm tra")?.items).toEqual(["Chỉ đạo", "Kiểm tra"]);
  // Out of order, mixed styles, one item or no numbering: not a numbered list.
  expect(numberedList("(1) Chỉ đạo; (3) Kiểm tra")).toBeNull();
  expect(numberedList("(1) Chỉ đạo; 2) Kiểm tra")).toBeNull();
  expect(numberedList("(1) Chỉ đạo")).toBeNull();
  expect(numberedList("Chỉ đạo; Kiểm tra")).toBeNull();
});

it("writes a changed list numbered in the place's own style", () => {
  expect(listInStyleOf(["A", "B", "C"], "(1) X; (2) Y")).toBe("(1) A; (2) B; (3) C");
  expect(listInStyleOf(["A", "B", "C"], "a) X; b) Y")).toBe("a) A; b) B; c) C");
});

describe("a numbered list in the document", () => {
  async function open() {
    const word = createFakeGateway([{ tag: GROUPS, text: NUMBERED }]);
    const store = createAppStore({ word, now: () => NOW, report: REPORT });
    store.getState().setAuthor("Chuyên viên A");
    await store.getState().start();
    return { word, store };
  }

  it("is left as the report wrote it by an update the clerk did not ask for", async () => {
    const { word, store } = await open();
    expect(store.getState().raw[GROUPS]).toBe("rà soát, đơn giản hóa thủ tục hành chính\ncông bố, công khai thủ tục hành chính\nthông tin, báo cáo");
    await store.getState().updateDocument();
    expect(word.controls[0]!.text).toBe(NUMBERED);
    expect(store.getState().conflicts).toEqual([]);
  });

  it("keeps its numbering when the clerk adds an item", async () => {
    const { word, store } = await open();
    store.getState().setFigure(GROUPS, "rà soát, đơn giản hóa thủ tục hành chính\ncông bố, công khai thủ tục hành chính\nthông tin, báo cáo\nsố hóa hồ sơ");
    await store.getState().updateDocument();
    expect(word.controls[0]!.text).toBe(`${NUMBERED}; (4) số hóa hồ sơ`);
  });
});
