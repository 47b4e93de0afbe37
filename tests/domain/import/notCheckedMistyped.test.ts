/** A check that lacks a figure because the value typed for it is impossible says so, never that the figure is missing. */
import { uncheckedChecks } from "../../../src/domain/import/notChecked";
import { REPORT } from "../../support/forms";

const LATE = "bcdc:hcc.treHan";
const read = (id: string) => id !== LATE;

it("says the document writes the figure and which check the typed value fails", () => {
  const impossible = (id: string) => (id === LATE ? { typed: "12.345.678", reason: "Số quá lớn (tối đa 10.000.000).", shown: "130" } : null);
  const item = uncheckedChecks(REPORT, read, undefined, undefined, impossible).find((u) => u.key === "unchecked:hcc.tong")!;
  expect(item.message).toBe(
    "Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)» = «Hồ sơ đã giải quyết» + «Hồ sơ trễ và quá hạn» + «Hồ sơ đang giải quyết»: " +
      "văn bản ghi «Hồ sơ trễ và quá hạn» là 130, nhưng số nhập trong ngăn «12.345.678» không dùng được: Số quá lớn (tối đa 10.000.000).",
  );
  expect(item.message).not.toContain("thiếu");
  expect(item.missing).toEqual([LATE]);
});

it("still says «thiếu» for a figure neither typed nor in the document", () => {
  const item = uncheckedChecks(REPORT, read).find((u) => u.key === "unchecked:hcc.tong")!;
  expect(item.message).toMatch(/: thiếu «Hồ sơ trễ và quá hạn»\.$/);
});

// walk40: a figure found twice and waiting for the clerk's choice in «Chưa rõ» was said to be missing.
it("says a figure waiting in «Chưa rõ» waits there, not that it is missing", () => {
  const waiting = (id: string) => id === LATE;
  const item = uncheckedChecks(REPORT, read, undefined, undefined, undefined, waiting).find((u) => u.key === "unchecked:hcc.tong")!;
  expect(item.message).toMatch(/: «Hồ sơ trễ và quá hạn» còn chờ chọn ở «Chưa rõ»\.$/);
  expect(item.message).not.toContain("thiếu");
  const both = uncheckedChecks(REPORT, (id) => id !== LATE && id !== "bcdc:hcc.dangGiaiQuyet", undefined, undefined, undefined, waiting).find((u) => u.key === "unchecked:hcc.tong")!;
  expect(both.message).toMatch(/: thiếu «Hồ sơ đang giải quyết»; «Hồ sơ trễ và quá hạn» còn chờ chọn ở «Chưa rõ»\.$/);
});
