/**
 * The update notice after one figure of the reference report was changed: the figures left as the document has them
 * are put down to the errors the summary counts, each named by its box, and not to the figure just written.
 */
import type { Problem } from "../../src/domain/types";
import { describeUpdate } from "../../src/taskpane/store/messages";
import { REPORT } from "../support/forms";

const RECEIVED = "bcdc:hcc.tiepNhan";
const RESOLVED = "bcdc:hcc.daGiaiQuyet";
const PENDING = "bcdc:hcc.dangGiaiQuyet";
const PENDING_SHARE = "bcdc:hcc.tyLeDangGiaiQuyet";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const sum: Problem = { key: "sum", severity: "error", fields: [RECEIVED, RESOLVED, PENDING], message: "…" };
const period: Problem = { key: "cutoff", severity: "warning", fields: ["bcdc:hcc.denNgay"], message: "…" };
const decision = {
  texts: new Map(),
  written: {},
  changes: [{ field: MEETINGS, from: "12", to: "13" }],
  conflicts: [],
  restyles: [],
  blocked: [RECEIVED, RESOLVED, PENDING_SHARE],
  waiting: [
    { field: RECEIVED, from: "9.780", to: "9.781" },
    { field: RESOLVED, from: "7.766", to: null },
    { field: PENDING_SHARE, from: "9,7%", to: "9,82%" },
  ],
};

it("says what was written, and which errors kept the other figures as the document has them", () => {
  const notice = describeUpdate(REPORT, decision, 1, [], [sum, period]);
  expect(notice.intent).toBe("warning");
  expect(notice.text).toBe(
    "Đã cập nhật 1 số liệu. Số đã ghi: «Cuộc họp giao ban trong quý» 12 → 13. " +
      // walk42: the share computed from 9.781, the figure the error is said under, is not counted among those to write.
      "2 số liệu được giữ nguyên như văn bản đang ghi vì 1 lỗi, không liên quan đến số vừa ghi. " +
      "Sửa lỗi rồi cập nhật lại để ghi các số này:",
  );
  expect(notice.text).not.toMatch(/đang có lỗi/);
});

// Walk finding (pane52, 1): with four errors the lead named four boxes, ten lines at 350 px before the list. The count
// and what to do are said; the summary just below names each error under its box.
it("names no box in its lead, however many errors there are: the count and what to do", () => {
  const errors: Problem[] = [RECEIVED, RESOLVED, PENDING].map((field) => ({ key: "sum", severity: "error", fields: [field], message: "…" }));
  const text = describeUpdate(REPORT, decision, 1, [], [...errors, period]).text;
  expect(text).toBe(
    "Đã cập nhật 1 số liệu. Số đã ghi: «Cuộc họp giao ban trong quý» 12 → 13. " +
      "2 số liệu được giữ nguyên như văn bản đang ghi vì 3 lỗi, không liên quan đến số vừa ghi. Sửa lỗi rồi cập nhật lại để ghi các số này:",
  );
  expect(text).not.toContain("Hồ sơ");
});

it("counts an error that only a computed figure depends on, and never says it is apart from a figure it names", () => {
  const share = { ...decision, blocked: [PENDING_SHARE], waiting: [{ field: PENDING_SHARE, from: "9,7%", to: "9,81%" }], changes: [{ field: PENDING, from: "960", to: "961" }] };
  const onPending: Problem = { ...sum, fields: [PENDING] };
  const text = describeUpdate(REPORT, share, 1, [], [onPending]).text;
  expect(text).toMatch(/1 số liệu được giữ nguyên như văn bản đang ghi vì 1 lỗi\. Sửa lỗi rồi/);
  expect(text).not.toMatch(/không liên quan/);
});

it("says nothing of held figures when nothing was held back, and still names the figure written (walk42)", () => {
  expect(describeUpdate(REPORT, { ...decision, blocked: [], waiting: [] }, 1, [], [period]).text).toBe(
    "Đã cập nhật 1 số liệu. Số đã ghi: «Cuộc họp giao ban trong quý» 12 → 13.",
  );
});

// Walk finding (pane46, 1): 18 figures listed at 350 px after one change, most of them the report's own figures the
// document already shows as the pane holds them. Only what fixing the errors would write is listed, short, under its
// section; the rest waits behind «Xem thêm».
it("lists only the figures fixing the errors would write, the document's text → the pane's, the rest apart", () => {
  const notice = describeUpdate(REPORT, { ...decision, blocked: [RECEIVED, RESOLVED, PENDING, PENDING_SHARE], waiting: [decision.waiting[2]!, decision.waiting[1]!] }, 1, [], [sum]);
  expect(notice.text).toContain("2 số liệu được giữ nguyên như văn bản đang ghi vì 1 lỗi, không liên quan đến số vừa ghi.");
  expect(notice.groups).toEqual([
    {
      heading: "III.2.c. Trung tâm Phục vụ hành chính công tỉnh",
      items: ["Hồ sơ đã giải quyết: giữ 7.766 (số nhập chưa đúng)", "Tỷ lệ đang giải quyết: 9,7% → 9,82%"],
    },
  ]);
  // walk40: the figures the error names are not «không cần sửa riêng» (the fix may be theirs); here they are all of the rest.
  expect(notice.more).toBeUndefined();
  const apart = describeUpdate(REPORT, { ...decision, blocked: [RECEIVED, RESOLVED, PENDING_SHARE, "bcdc:hcc.tyLeDaGiaiQuyet"], waiting: [decision.waiting[2]!, decision.waiting[1]!] }, 1, [], [sum]);
  expect(apart.more).toEqual({
    label: "1 số liệu liên quan không cần sửa riêng",
    groups: [{ heading: "III.2.c. Trung tâm Phục vụ hành chính công tỉnh", items: ["Tỷ lệ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)"] }],
  });
});

it("says no figure waits when every figure the errors hold back is already as the pane has it", () => {
  const notice = describeUpdate(REPORT, { ...decision, waiting: [] }, 1, [], [sum]);
  expect(notice.text).toBe(
    "Đã cập nhật 1 số liệu. Số đã ghi: «Cuộc họp giao ban trong quý» 12 → 13. " +
      "Còn 1 lỗi, không liên quan đến số vừa ghi, nhưng không số nào phải chờ ghi: các số liên quan trong văn bản đã đúng như trong ngăn.",
  );
  expect(notice.groups).toBeUndefined();
  // The share computed from them; the error's own figures are not said to need no fix.
  expect(notice.more?.label).toBe("1 số liệu liên quan không cần sửa riêng");
});

// Walk finding (walk40, 1032): a share recomputed from the document's own counts was named by the recomputed note and
// again in «Số đã ghi»; and «…» after three written figures hid how many more there were.
it("names each written figure once, and counts the written figures it does not name", () => {
  const OLD_SHARE = "bcdc:hcc.tyLeDaGiaiQuyet";
  const recomputed = { ...decision, changes: [{ field: MEETINGS, from: "12", to: "13" }, { field: OLD_SHARE, from: "4,71%", to: "4,17%" }] };
  const text = describeUpdate(REPORT, recomputed, 2, [], [sum]).text;
  expect(text.match(/4,71% → 4,17%/g)).toHaveLength(1);
  expect(text).toContain("Số đã ghi khác: «Cuộc họp giao ban trong quý» 12 → 13.");
  const many = ["bcdc:giaoBan.soCuoc", "bcdc:hcc.dangGiaiQuyet", "bcdc:motCuaVp.tiepNhan", "bcdc:motCuaVp.dungHan", "bcdc:motCuaVp.treHan"];
  const five = { ...decision, changes: many.map((field, i) => ({ field, from: String(i), to: String(i + 10) })) };
  const written = describeUpdate(REPORT, five, 5, [], [sum]).text;
  expect(written).toMatch(/^Đã cập nhật 5 số liệu\. Số đã ghi: «[^»]+» 0 → 10; «[^»]+» 1 → 11; «[^»]+» 2 → 12 và 2 số liệu khác\. /);
  expect(written).not.toContain("…");
});
