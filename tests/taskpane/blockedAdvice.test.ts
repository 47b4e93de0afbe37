/**
 * The walk on held-out 51: a share the document writes differently said «Bấm «Cập nhật văn bản» để sửa» right after
 * the update that could not write it (its count had an error). The advice now names the box to fix first.
 */
import { REPORT } from "../support/forms";
import { withBlockedAdvice } from "../../src/taskpane/store/blockedAdvice";
import type { Problem } from "../../src/domain/types";

const SHARE = "bcdc:motCuaVp.tyLeDungHan";
const SHARE_PROBLEM: Problem = {
  key: `doc.computed:${SHARE}`,
  severity: "warning",
  fields: [SHARE, "bcdc:motCuaVp.dungHan", "bcdc:motCuaVp.daGiaiQuyet"],
  message: "Văn bản ghi «Tỷ lệ trả đúng hạn» là 80,00%, nhưng theo số liệu phải là 78,33% (47 / 60). Bấm «Cập nhật văn bản» để sửa.",
};
const SUM_ERROR: Problem = {
  key: "motCuaVp.tong",
  severity: "error",
  fields: ["bcdc:motCuaVp.daGiaiQuyet", "bcdc:motCuaVp.traSom", "bcdc:motCuaVp.dungHan"],
  message: "Hồ sơ đã giải quyết, trả kết quả … là 60, nhưng … = 117 (chênh 57).",
};

it("names the box to fix when the share is computed from a figure with an error", () => {
  const [problem] = withBlockedAdvice(REPORT, [SUM_ERROR], [SHARE_PROBLEM]);
  expect(problem!.message).toBe(
    "Văn bản ghi «Tỷ lệ trả đúng hạn» là 80,00%, nhưng theo số liệu phải là 78,33% (47 / 60). Sửa lỗi ở ô «Hồ sơ đã giải quyết, trả kết quả (Bộ phận một cửa của Văn phòng)» trước: khi còn lỗi đó, «Cập nhật văn bản» không ghi số này.",
  );
  expect(problem!.fields).toEqual(SHARE_PROBLEM.fields);
});

it("keeps «Bấm «Cập nhật văn bản» để sửa» when the update can write the share", () => {
  expect(withBlockedAdvice(REPORT, [], [SHARE_PROBLEM])).toEqual([SHARE_PROBLEM]);
  const elsewhere: Problem = { key: "field:bcdc:giaoBan.soCuoc", severity: "error", fields: ["bcdc:giaoBan.soCuoc"], message: "Số liệu không được âm." };
  expect(withBlockedAdvice(REPORT, [elsewhere], [SHARE_PROBLEM])).toEqual([SHARE_PROBLEM]);
  const warningOnly: Problem = { ...SUM_ERROR, severity: "warning" };
  expect(withBlockedAdvice(REPORT, [warningOnly], [SHARE_PROBLEM])).toEqual([SHARE_PROBLEM]);
});
