/**
 * The traps of held-out 25–30, each written again in another clerk's words: a table aligned with spaces whose
 * columns are periods, an appendix with a column per year, a table's name «Biểu số 01». Each is refused (or bound
 * only from the report's own column), and the right figure of the same shape is still bound.
 */
import { isIdentifier } from "../../../src/domain/import/meaning/notCounts";
import { spaceAlignedTables } from "../../../src/domain/import/meaning/spaceAligned";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { FieldDef } from "../../../src/domain/types";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const header = (quarter: string, year: number) =>
  `UBND TỈNH TRÀ VINH\nVĂN PHÒNG\nSố: 77/BC-VP\nTrà Vinh, ngày 20 tháng 9 năm ${year}\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý ${quarter} năm ${year}\n\n`;

/** A field of the centre's section by its label (the one-stop desk has fields of the same labels). */
function centre(label: string): FieldDef {
  const section = REPORT.sections.find((s) => s.title === "Trung tâm Phục vụ hành chính công tỉnh")!;
  const field = REPORT.fields.find((f) => f.label === label && f.section === section.id);
  if (!field) throw new Error(label);
  return field;
}

describe("a table aligned with spaces is read as cells", () => {
  it("keeps the text's length and puts a tab where each run of spaces between cells starts", () => {
    const t = "Kết quả:\n\nNội dung            Quý này     Cùng kỳ\n  - Tiếp nhận        1.204       1.150\n  - Đã giải quyết    1.190       1.101\n\nHết.";
    const read = spaceAlignedTables(t);
    expect(read.length).toBe(t.length);
    expect(read.split("\n")[3]).toBe("  - Tiếp nhận\t       1.204\t      1.150");
    expect(read.split("\n")[2]!.split("\t").map((c) => c.trim())).toEqual(["Nội dung", "Quý này", "Cùng kỳ"]);
  });
  it("leaves prose with double spaces, a lone aligned line and rows of words as they are", () => {
    const prose = "Văn phòng có  05  phòng,  tiếp nhận  81  hồ sơ.\nĐã giải quyết  77  hồ sơ,  đạt  95%.";
    expect(spaceAlignedTables(prose)).toBe(prose);
    const lone = "Số: 12/BC-VP                 Hà Nội, ngày 3 tháng 4 năm 2026\nTiếp nhận     81     77";
    expect(spaceAlignedTables(lone)).toBe(lone);
  });
  it("a row with a figure left blank keeps its figure under its own column's header", () => {
    const t = "Chỉ tiêu          Quý I/2026    Quý II/2026\nTiếp nhận             8.000         9.100\nTrễ hạn                  50\nĐang giải quyết         300           310\n";
    const rows = spaceAlignedTables(t).split("\n").map((l) => l.split("\t").map((c) => c.trim()));
    expect(rows[2]).toEqual(["Trễ hạn", "50"]);
    const late = "Chỉ tiêu          Quý I/2026    Quý II/2026\nTiếp nhận             8.000         9.100\nTrễ hạn                                 40\nĐang giải quyết         300           310\n";
    expect(spaceAlignedTables(late).split("\n")[2]!.split("\t").map((c) => c.trim())).toEqual(["Trễ hạn", "", "40"]);
  });
});

describe("a figure binds only from the column of the report's own period", () => {
  // Another clerk's version of held-out 30: the quarter in the middle, the same quarter a year ago and the cumulative
  // total beside it, aligned with spaces, rows indented under a group.
  const table = [
    "3. Trung tâm Phục vụ hành chính công tỉnh",
    "Số liệu của Trung tâm như sau:",
    "",
    "Nội dung                      Cùng kỳ 2024     Quý III/2025     Lũy kế 9 tháng",
    "Tiếp nhận hồ sơ                   8.004            9.112             26.950",
    "Đã giải quyết                     7.802            8.890             26.301",
    "   Trong đó: đúng hạn               412              377              1.180",
    "Trễ hạn                              96               41                190",
    "Đang giải quyết                     202              222                649",
    "",
  ].join("\n");
  const t = `${header("III", 2025)}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n${table}`;
  const r = recognizeFigures(t, REPORT);
  const own: Record<string, string> = {
    "Hồ sơ tiếp nhận (Trung tâm PVHCC)": "9.112",
    "Hồ sơ đã giải quyết": "8.890",
    "Hồ sơ trả đúng hạn": "377",
    "Hồ sơ trễ và quá hạn": "41",
    "Hồ sơ đang giải quyết": "222",
  };
  it.each(Object.keys(own))("«%s» is the quarter's figure or left for the clerk, never another column's", (label) => {
    const got = boundValue(r.get(centre(label).id));
    expect([null, own[label]]).toContain(got);
  });
  it("a figure left blank in the quarter's column is not taken from the column beside it", () => {
    const rows = "Chỉ tiêu            Quý I/2026    Quý II/2026\nTiếp nhận               8.000         9.100\nTrễ hạn                    50\nĐã giải quyết           7.700         8.800\n";
    const blank = recognizeFigures(`${header("II", 2026)}III. THỰC HIỆN DÂN CHỦ\n2. Trung tâm Phục vụ hành chính công tỉnh\n${rows}`, REPORT);
    expect(boundValue(blank.get(centre("Hồ sơ trễ và quá hạn").id))).toBeNull();
    expect(boundValue(blank.get(centre("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id))).toBe("9.100");
  });
  it("a column of changes («Tăng/giảm», signed figures) gives no figure", () => {
    const rows = "Chỉ tiêu              Quý II/2026     Tăng/giảm\nTiếp nhận                9.100          +820\nĐã giải quyết            8.800          +640\nĐang giải quyết            300           -12\n";
    const r = recognizeFigures(`${header("II", 2026)}III. THỰC HIỆN DÂN CHỦ\n2. Trung tâm Phục vụ hành chính công tỉnh\n${rows}`, REPORT);
    expect([null, "300"]).toContain(boundValue(r.get(centre("Hồ sơ đang giải quyết").id)));
    expect(boundValue(r.get(centre("Hồ sơ đã giải quyết").id))).toBe("8.800");
  });
  it("the quarter's own column is still read", () => {
    expect(boundValue(r.get(centre("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id))).toBe("9.112");
    expect(boundValue(r.get(centre("Hồ sơ đã giải quyết").id))).toBe("8.890");
  });
});

describe("an appendix with a column per year binds only the report's year", () => {
  const appendix = (head: string, quarter: string, year: number) =>
    `${header(quarter, year)}I. ĐẶC ĐIỂM TÌNH HÌNH\nTrình độ của công chức, viên chức chi tiết tại Phụ biểu 02.\n\nPHỤ BIỂU 02\nTrình độ công chức, viên chức\n${head}\nTiến sĩ\t01\t03\nThạc sĩ\t28\t35\nĐại học\t60\t52\nCao cấp lý luận chính trị\t19\t24\n`;
  it("bare years as headers: last year's column is never taken, this year's is", () => {
    const r = recognizeFigures(appendix("Trình độ\t2025\t2026", "I", 2026), REPORT);
    for (const [label, value] of [["Thạc sĩ", "35"], ["Đại học", "52"], ["Cao cấp lý luận chính trị", "24"]] as const) {
      expect([null, value]).toContain(boundValue(r.get(byLabel(label).id)));
    }
    expect(boundValue(r.get(byLabel("Thạc sĩ").id))).toBe("35");
  });
  it("beside a later year's column (a fourth quarter giving next year's), neither column is taken", () => {
    const r = recognizeFigures(appendix("Nội dung\tNăm 2025\tNăm 2026", "IV", 2025), REPORT);
    for (const label of ["Thạc sĩ", "Đại học", "Cao cấp lý luận chính trị"]) expect(boundValue(r.get(byLabel(label).id))).toBeNull();
  });
});

describe("periods named for each side or each row", () => {
  const centreAt = (body: string) => recognizeFigures(`${header("II", 2026)}III. THỰC HIỆN DÂN CHỦ\n2. Trung tâm Phục vụ hành chính công tỉnh\n${body}`, REPORT);
  it("«(quý I/quý II): 8.000/9.100»: the earlier quarter's side of a fraction is not taken", () => {
    const r = centreAt("Tiếp nhận (quý I/quý II): 8.000/9.100 hồ sơ; đã giải quyết 7.700/8.800 hồ sơ.\n");
    expect([null, "9.100"]).toContain(boundValue(r.get(centre("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id)));
    expect([null, "8.800"]).toContain(boundValue(r.get(centre("Hồ sơ đã giải quyết").id)));
  });
  it("a table with a row per year: the year labelling a row is no count, and last year's row is not this year's", () => {
    const t = `${header("II", 2026)}I. ĐẶC ĐIỂM TÌNH HÌNH\nNăm          Biên chế giao     Có mặt     Thạc sĩ\n2025               58             55          20\n2026               60             57          22\n`;
    const r = recognizeFigures(t, REPORT);
    expect([null, "22"]).toContain(boundValue(r.get(byLabel("Thạc sĩ").id)));
    expect([null, "60"]).toContain(boundValue(r.get(byLabel("Biên chế công chức được giao").id)));
  });
});

describe("a table's or an appendix's number is its name", () => {
  it.each(["Biểu số 01", "biểu 02", "Mẫu số 03", "Phụ biểu số 1", "Bảng 2", "biểu mẫu số 04"])("«%s»", (name) => {
    const t = `chi tiết tại ${name} kèm theo`;
    const digits = /\d+/.exec(name)![0];
    expect(isIdentifier(t, t.indexOf(digits), t.indexOf(digits) + digits.length)).toBe(true);
  });
  it("a count written after such a name is still a count", () => {
    const t = "theo Biểu số 01: 12 công chức";
    expect(isIdentifier(t, t.indexOf("12"), t.indexOf("12") + 2)).toBe(false);
  });
  it("in a report: «… của công chức, viên chức thể hiện tại Bảng 01» is no seconded official", () => {
    const staff =
      "Năm 2026, Văn phòng được giao 61 biên chế công chức, hiện có 58 người; số người làm việc trong các đơn vị sự nghiệp được giao 22, có mặt 21; lao động hợp đồng 09 người.";
    const t = `${header("II", 2026)}I. ĐẶC ĐIỂM TÌNH HÌNH\n${staff} Trình độ chuyên môn của công chức, viên chức thể hiện tại Bảng 01 kèm theo.\n`;
    const r = recognizeFigures(t, REPORT);
    expect(boundValue(r.get(byLabel("Viên chức biệt phái").id))).toBeNull();
    expect(boundValue(r.get(byLabel("Biên chế công chức được giao").id))).toBe("61");
  });
});
