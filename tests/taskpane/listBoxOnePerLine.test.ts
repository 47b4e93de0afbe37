/**
 * Walk finding (pane58, 1): the box of a list figure («Các đơn vị sự nghiệp») showed the document's «A và B» under a
 * hint saying «Mỗi dòng một đơn vị». The box shows one item a line; a list the clerk changes is written back with the
 * separators the document used at that place, never «;» put in place of its commas without her asking.
 */
import { boxText, listInStyleOf } from "../../src/domain/listStyle";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { REPORT } from "../support/forms";

const NOW = new Date("2026-03-05T08:00:00Z");
const UNITS = "bcdc:donViSuNghiep.danhSach";
const GROUPS = "bcdc:ksthc.nhomCongViec";
const field = REPORT.byId.get(UNITS)!;

it("shows a list one item a line, whatever the document's separators", () => {
  expect(boxText(field, "Nhà khách Thanh Xuân - Hà Nội, Nhà khách UBND tỉnh và Trung tâm Thông tin")).toBe(
    "Nhà khách Thanh Xuân - Hà Nội\nNhà khách UBND tỉnh\nTrung tâm Thông tin",
  );
  expect(boxText(field, "A; B")).toBe("A\nB");
  expect(boxText(REPORT.byId.get("bcdc:hcc.tiepNhan")!, "9.780")).toBe("9.780");
});

it("writes a list with the separators of the place's own text", () => {
  expect(listInStyleOf(["A", "B", "C"], "A và B")).toBe("A, B và C");
  expect(listInStyleOf(["A", "B", "C"], "A, B")).toBe("A, B, C");
  expect(listInStyleOf(["A", "B", "C"], "A; B")).toBeNull();
  expect(listInStyleOf(["A", "B"], "…")).toBeNull();
});

describe("a list figure read from the document", () => {
  async function open(controls: { tag: string; text: string }[]) {
    const word = createFakeGateway(controls);
    const store = createAppStore({ word, now: () => NOW, report: REPORT });
    store.getState().setAuthor("Chuyên viên A");
    await store.getState().start();
    return { word, store };
  }

  it("fills the box one item a line, and an untouched update leaves the document's text as it is", async () => {
    const { word, store } = await open([{ tag: UNITS, text: "Nhà khách Thanh Xuân - Hà Nội và Nhà khách UBND tỉnh" }]);
    expect(store.getState().raw[UNITS]).toBe("Nhà khách Thanh Xuân - Hà Nội\nNhà khách UBND tỉnh");
    await store.getState().updateDocument();
    expect(word.controls[0]!.text).toBe("Nhà khách Thanh Xuân - Hà Nội và Nhà khách UBND tỉnh");
  });

  it("writes an item added in the box with the document's commas and «và», and a «;» list with «;»", async () => {
    const { word, store } = await open([
      { tag: UNITS, text: "Nhà khách Thanh Xuân - Hà Nội và Nhà khách UBND tỉnh" },
      { tag: GROUPS, text: "Chỉ đạo; Kiểm tra" },
    ]);
    store.getState().setFigure(UNITS, "Nhà khách Thanh Xuân - Hà Nội\nNhà khách UBND tỉnh\nTrung tâm Thông tin");
    store.getState().setFigure(GROUPS, "Chỉ đạo\nKiểm tra\nTập huấn");
    await store.getState().updateDocument();
    expect(word.controls.map((c) => c.text)).toEqual([
      "Nhà khách Thanh Xuân - Hà Nội, Nhà khách UBND tỉnh và Trung tâm Thông tin",
      "Chỉ đạo; Kiểm tra; Tập huấn",
    ]);
    expect(store.getState().conflicts).toEqual([]);
  });
});
