/**
 * Walk finding (walk70, held-out 631): a new clerk typed two figures as the report had them and read «Đã cập nhật 1
 * số liệu»; with tracking on, her leader found three changes to review for her two. The third was a share the report
 * had wrong (26,40 where its own 312 of 1.198 give 26,04), rewritten with the figures. A computed figure rewritten with
 * a new value while none of its inputs changed is now named with the document's old text.
 */
import { describeUpdate } from "../../src/taskpane/store/messages";
import { REPORT } from "../support/forms";
import { decisionWith } from "../support/updateDecisions";

const SHARE = { field: "bcdc:motCuaVp.tyLeTraSom", from: "26,40", to: "26,04" };
const MEETINGS = { field: "bcdc:giaoBan.soCuoc", from: "13", to: "14" };

it("names a share corrected for the report's own arithmetic, which the clerk never typed", () => {
  expect(describeUpdate(REPORT, decisionWith([SHARE]), 1).text).toBe(
    "Đã cập nhật 1 số liệu. Số tự tính được sửa cho khớp với số liệu văn bản đang ghi (bạn không nhập số này): «Tỷ lệ trả sớm hạn» 26,40 → 26,04.",
  );
  expect(describeUpdate(REPORT, decisionWith([MEETINGS, SHARE]), 2).text).toMatch(
    /^Đã cập nhật 2 số liệu\. Số tự tính .*«Tỷ lệ trả sớm hạn» 26,40 → 26,04\. Số đã ghi khác: «Cuộc họp giao ban trong quý» 13 → 14\.$/,
  );
});

// Not a correction when the share follows a figure the clerk changed, or fills a blank place: named as written (walk42).
it("names a share that follows a figure the clerk changed, or fills a blank place, as written, not corrected", () => {
  const early = { field: "bcdc:motCuaVp.traSom", from: "312", to: "320" };
  expect(describeUpdate(REPORT, decisionWith([early, { ...SHARE, to: "26,71" }]), 2).text).toBe(
    "Đã cập nhật 2 số liệu. Số đã ghi: «Hồ sơ trả sớm hạn» 312 → 320. Số tự tính ghi lại: «Tỷ lệ trả sớm hạn» 26,40 → 26,71.",
  );
  expect(describeUpdate(REPORT, decisionWith([{ ...SHARE, from: "…" }]), 1).text).toBe("Đã cập nhật 1 số liệu. Số tự tính ghi lại: «Tỷ lệ trả sớm hạn» … → 26,04.");
  expect(describeUpdate(REPORT, decisionWith([MEETINGS]), 1).text).toBe("Đã cập nhật 1 số liệu. Số đã ghi: «Cuộc họp giao ban trong quý» 13 → 14.");
});
