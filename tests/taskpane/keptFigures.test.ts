/** The update notice for figures emptied in the pane while the document still shows them (walkClerkDay). */
import type { FieldValue } from "../../src/domain/types";
import type { HeldFigure } from "../../src/domain/updatePlan";
import { keptFigures } from "../../src/taskpane/store/keptFigures";
import { describeUpdate } from "../../src/taskpane/store/messages";
import { REPORT } from "../support/forms";

const ON_TIME = "bcdc:motCuaVp.dungHan";
const YEAR = "bcdc:bienChe.nam";
const SHARE = "bcdc:motCuaVp.tyLeDungHan";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const values = new Map<string, FieldValue | null>([[ON_TIME, null], [YEAR, null], [SHARE, null], [MEETINGS, { kind: "number", value: 12 }]]);
const decision = { texts: new Map(), written: {}, changes: [], conflicts: [], restyles: [], blocked: [] as string[], waiting: [] as HeldFigure[] };

describe("keptFigures", () => {
  it("names an emptied figure whose controls agree on a number, and nothing else", () => {
    const controls = [
      { tag: ON_TIME, text: "71" },
      { tag: ON_TIME, text: " 71 " },
      { tag: YEAR, text: "2026" },
      { tag: YEAR, text: "2025" }, // controls that disagree are their own warning
      { tag: SHARE, text: "87,65%" }, // computed: never "emptied" by the clerk
      { tag: MEETINGS, text: "11" }, // typed: the update writes it
    ];
    expect(keptFigures(REPORT, values, [], controls)).toEqual([{ field: ON_TIME, text: "71" }]);
  });

  it("leaves out a new report's placeholder, an empty control and a figure skipped for its error", () => {
    expect(keptFigures(REPORT, values, [], [{ tag: ON_TIME, text: "…" }])).toEqual([]);
    expect(keptFigures(REPORT, values, [], [{ tag: ON_TIME, text: "" }])).toEqual([]);
    expect(keptFigures(REPORT, values, [ON_TIME], [{ tag: ON_TIME, text: "71" }])).toEqual([]);
  });
});

describe("describeUpdate", () => {
  it("never says the document is right while figures were left unwritten", () => {
    const kept = describeUpdate(REPORT, decision, 0, [{ field: ON_TIME, text: "71" }]);
    expect(kept.intent).toBe("warning");
    expect(kept.text).toBe(
      // walk40: «Các số liệu khác…» with no figure named before it; it now closes the notice.
      "Chưa ghi số liệu nào vào văn bản. 1 số liệu để trống trong ngăn nên văn bản vẫn giữ số cũ (Hồ sơ trả đúng hạn (Bộ phận một cửa của Văn phòng): 71): nhập lại số, hoặc tự xoá số đó trong văn bản. Các số liệu khác đã đúng trong văn bản, không cần ghi lại.",
    );
    const blocked = describeUpdate(REPORT, { ...decision, blocked: ["bcdc:hcc.tiepNhan"], waiting: [{ field: "bcdc:hcc.tiepNhan", from: "9.780", to: "9.781" }] }, 0);
    expect(blocked.text).toBe(
      "Chưa ghi số liệu nào vào văn bản. Các số liệu không có lỗi đã đúng như trong ngăn, không cần ghi lại. 1 số liệu được giữ nguyên như văn bản đang ghi vì còn lỗi trong số liệu; sửa lỗi rồi cập nhật lại để ghi các số này:",
    );
    expect(describeUpdate(REPORT, decision, 0)).toEqual({ intent: "success", text: "Văn bản đã đúng số liệu, không cần ghi gì." });
  });
});
