/**
 * The stored part's schema value by value (issue 14, mutation testing): every attribute type's accepted and refused
 * values at their edges with the exact Vietnamese reason, the root's period, and each element read and written.
 */
import { checkAttribute, periodFromRoot, rootAttributes } from "../../../src/domain/storedSchema";

const FIELD = "bcdc:hcc.tiepNhan";
const FORM = { isField: (id: string) => id === FIELD || id === "bc:a" || id === "abcdefghijklmnop:x" };

describe("checkAttribute", () => {
  it.each([
    ["quarter", "1"], ["quarter", "4"],
    ["year", "2000"], ["year", "2100"], ["year", "2026"],
    ["month", "1"], ["month", "9"], ["month", "10"], ["month", "12"],
    ["periodKind", "month"], ["periodKind", "halfYear"], ["periodKind", "year"],
    ["version", "1"], ["version", "999999"], ["version", "10"],
    ["fieldId", FIELD], ["fieldId", "bc:a"], ["fieldId", "abcdefghijklmnop:x"],
    ["controlTag", FIELD], ["controlTag", `${FIELD}@quyTruoc`], ["controlTag", `${FIELD}@${"a".repeat(30)}`],
    ["isoTime", "2026-03-05T08:00Z"], ["isoTime", "2026-03-05T08:00:00Z"], ["isoTime", "2026-03-05T08:00:00.1Z"],
    ["isoTime", "2026-03-05T08:00:00.123+07:00"], ["isoTime", "2024-02-29T23:59:59-05:30"],
    ["onOff", "0"], ["onOff", "1"],
    ["decision", "chapNhan"], ["decision", "tuChoi"],
    ["text", ""], ["text", "<&> bất kỳ"],
  ] as const)("accepts %s «%s»", (type, value) => {
    expect(checkAttribute(type, value, FORM)).toBeNull();
  });

  it.each([
    ["quarter", "0", "quý «0» không phải 1, 2, 3 hay 4"],
    ["quarter", "5", "quý «5» không phải 1, 2, 3 hay 4"],
    ["quarter", "11", "quý «11» không phải 1, 2, 3 hay 4"],
    ["quarter", "x1", "quý «x1» không phải 1, 2, 3 hay 4"],
    ["year", "1999", "năm «1999» không phải năm có 4 chữ số từ 2000 đến 2100"],
    ["year", "2101", "năm «2101» không phải năm có 4 chữ số từ 2000 đến 2100"],
    ["year", "02026", "năm «02026» không phải năm có 4 chữ số từ 2000 đến 2100"],
    ["year", "x2026", "năm «x2026» không phải năm có 4 chữ số từ 2000 đến 2100"],
    ["year", "2026x", "năm «2026x» không phải năm có 4 chữ số từ 2000 đến 2100"],
    ["month", "0", "tháng «0» không phải 1 đến 12"],
    ["month", "13", "tháng «13» không phải 1 đến 12"],
    ["month", "01", "tháng «01» không phải 1 đến 12"],
    ["month", "x1", "tháng «x1» không phải 1 đến 12"],
    ["month", "1x", "tháng «1x» không phải 1 đến 12"],
    ["month", "", "tháng «» không phải 1 đến 12"],
    ["periodKind", "quarter", "loại kỳ «quarter» không có"],
    ["periodKind", "Month", "loại kỳ «Month» không có"],
    ["periodKind", "", "loại kỳ «» không có"],
    ["version", "0", "phiên bản «0» không phải số nguyên dương"],
    ["version", "01", "phiên bản «01» không phải số nguyên dương"],
    ["version", "1000000", "phiên bản «1000000» không phải số nguyên dương"],
    ["version", "x1", "phiên bản «x1» không phải số nguyên dương"],
    ["version", "1x", "phiên bản «1x» không phải số nguyên dương"],
    ["version", "", "phiên bản «» không phải số nguyên dương"],
    ["fieldId", "bcdc:khong.co", "mã số liệu «bcdc:khong.co» không có trong mẫu báo cáo"],
    ["controlTag", `${FIELD}@`, `mã số liệu «${FIELD}@» không có trong mẫu báo cáo`],
    ["controlTag", `${FIELD}@quy1`, `mã số liệu «${FIELD}@quy1» không có trong mẫu báo cáo`],
    ["controlTag", `${FIELD}@${"a".repeat(31)}`, `mã số liệu «${FIELD}@${"a".repeat(31)}» không có trong mẫu báo cáo`],
    ["controlTag", `${FIELD}@a@b`, `mã số liệu «${FIELD}@a» không có trong mẫu báo cáo`],
    ["isoTime", "2026-02-30T08:00:00Z", "thời điểm «2026-02-30T08:00:00Z» không hợp lệ"],
    ["isoTime", "2026-13-01T08:00:00Z", "thời điểm «2026-13-01T08:00:00Z» không hợp lệ"],
    ["isoTime", "2026-03-05T08:00:00", "thời điểm «2026-03-05T08:00:00» không hợp lệ"],
    ["isoTime", "x2026-03-05T08:00:00Z", "thời điểm «x2026-03-05T08:00:00Z» không hợp lệ"],
    ["isoTime", "2026-03-05T08:00:00Zx", "thời điểm «2026-03-05T08:00:00Zx» không hợp lệ"],
    ["isoTime", "2026-03-05T08:00:00.1234Z", "thời điểm «2026-03-05T08:00:00.1234Z» không hợp lệ"],
    ["onOff", "2", "«2» không phải 0 hay 1"],
    ["onOff", "", "«» không phải 0 hay 1"],
    ["decision", "accepted", "kết quả duyệt «accepted» không phải chapNhan hay tuChoi"],
    ["decision", "", "kết quả duyệt «» không phải chapNhan hay tuChoi"],
  ] as const)("refuses %s «%s»: %s", (type, value, reason) => {
    expect(checkAttribute(type, value, FORM)).toBe(reason);
  });

  // Any id is a field of this form: only the id's shape decides.
  const ANY = { isField: () => true };
  it.each(["bc:a", "abcdefghijklmnop:x", "bc:A_b.c_1.2", "b1:Z9"])("accepts the id «%s» by its shape", (id) => {
    expect(checkAttribute("fieldId", id, ANY)).toBeNull();
  });
  it.each(["b:a", "abcdefghijklmnopq:x", "Bc:a", "1c:a", "bc-d:a", "bc:1a", "bc:_a", "bc:a.", "bc:a..b", "bc:a-b", "bc:", "bc", ":a", `x ${FIELD}`, `${FIELD} x`])(
    "refuses the id «%s» by its shape",
    (id) => {
      expect(checkAttribute("fieldId", id, ANY)).toBe(`mã số liệu «${id}» không có trong mẫu báo cáo`);
    },
  );

  it("asks the form whether an id of the right shape is one of its fields", () => {
    const asked: string[] = [];
    const form = { isField: (id: string) => (asked.push(id), false) };
    expect(checkAttribute("controlTag", `${FIELD}@quyTruoc`, form)).toBe(`mã số liệu «${FIELD}» không có trong mẫu báo cáo`);
    expect(asked).toEqual([FIELD]);
  });
});

describe("the root's period", () => {
  const root = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

  it.each([
    [{ quy: "2", nam: "2026" }, { quarter: 2, year: 2026 }],
    [{ quy: "2", nam: "2026", loaiKy: "halfYear" }, { kind: "halfYear", quarter: 2, year: 2026 }],
    [{ quy: "4", nam: "2026", loaiKy: "year" }, { kind: "year", quarter: 4, year: 2026 }],
    [{ quy: "1", nam: "2026", loaiKy: "month", thang: "1" }, { kind: "month", quarter: 1, year: 2026, month: 1 }],
    [{ quy: "1", nam: "2026", loaiKy: "month", thang: "3" }, { kind: "month", quarter: 1, year: 2026, month: 3 }],
    [{ quy: "2", nam: "2026", loaiKy: "month", thang: "4" }, { kind: "month", quarter: 2, year: 2026, month: 4 }],
    [{ quy: "4", nam: "2026", loaiKy: "month", thang: "12" }, { kind: "month", quarter: 4, year: 2026, month: 12 }],
  ])("reads %j as %j, reporting nothing", (attributes, period) => {
    const ignored: string[] = [];
    expect(periodFromRoot(root(attributes), FORM, ignored)).toEqual(period);
    expect(ignored).toEqual([]);
  });

  it.each([
    [{ loaiKy: "quarter" }, "«baoCao»: loại kỳ «quarter» không có; đọc như một quý"],
    [{ loaiKy: "month" }, "«baoCao»: tháng «» không phải 1 đến 12; đọc như một quý"],
    [{ loaiKy: "month", thang: "13" }, "«baoCao»: tháng «13» không phải 1 đến 12; đọc như một quý"],
  ])("reads a bad optional attribute %j as the quarter, and says so", (extra, problem) => {
    const ignored: string[] = [];
    expect(periodFromRoot(root({ quy: "3", nam: "2026", ...extra }), FORM, ignored)).toEqual({ quarter: 3, year: 2026 });
    expect(ignored).toEqual([problem]);
  });

  it("ignores a month given without the month kind", () => {
    const ignored: string[] = [];
    expect(periodFromRoot(root({ quy: "3", nam: "2026", thang: "99" }), FORM, ignored)).toEqual({ quarter: 3, year: 2026 });
    expect(periodFromRoot(root({ quy: "3", nam: "2026", loaiKy: "year", thang: "99" }), FORM, ignored)).toEqual({ kind: "year", quarter: 3, year: 2026 });
    expect(ignored).toEqual([]);
  });

  it.each([
    [{ nam: "2026" }, "quý «» không phải 1, 2, 3 hay 4"],
    [{ quy: "1" }, "năm «» không phải năm có 4 chữ số từ 2000 đến 2100"],
    [{ quy: "9", nam: "1" }, "quý «9» không phải 1, 2, 3 hay 4"],
  ])("returns the reason %j cannot be read", (attributes, reason) => {
    expect(periodFromRoot(root(attributes), FORM, [])).toBe(reason);
  });

  it.each([
    [{ quarter: 2, year: 2026 }, { quy: "2", nam: "2026" }],
    [{ kind: "quarter", quarter: 2, year: 2026 }, { quy: "2", nam: "2026" }],
    [{ kind: "halfYear", quarter: 4, year: 2026 }, { quy: "4", nam: "2026", loaiKy: "halfYear" }],
    [{ kind: "month", quarter: 1, year: 2026, month: 2 }, { quy: "1", nam: "2026", loaiKy: "month", thang: "2" }],
  ] as const)("writes %j as the attributes %j", (period, attributes) => {
    expect(rootAttributes(period)).toEqual(attributes);
  });
});
