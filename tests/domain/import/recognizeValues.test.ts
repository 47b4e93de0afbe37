/**
 * Values that are not plain counts, recognised by meaning on a form made up here (an archive's quarterly report, so
 * that nothing depends on the built-in forms' fields): the year of other figures, the two ends of a period written
 * «từ … đến …», and the words for zero — each on the sentence where it must bind and the one where it must not.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { definitionFromForm } from "../../../src/domain/form/toDefinition";
import { REPORT, tinyForm } from "../../support/forms";

const ARCHIVE = definitionFromForm(
  tinyForm(
    [
      { id: "nhanSu.nam", label: "Năm của số liệu nhân sự", kind: "year", section: "A" },
      // The staff figures' own wordings: the year is read from where they are found, however they are found.
      { id: "nhanSu.giao", label: "Nhân sự viên chức được giao", kind: "count", section: "A", wording: ["được giao:? {N}"] },
      { id: "nhanSu.co", label: "Nhân sự viên chức hiện có", kind: "count", section: "A", wording: ["hiện có:? {N}"] },
      { id: "kho.tuNgay", label: "Số liệu kho lưu trữ tính từ ngày", kind: "date", section: "B", wording: ["Kho lưu trữ tính từ ngày {D}"] },
      { id: "kho.denNgay", label: "Số liệu kho lưu trữ tính đến ngày", kind: "date", section: "B", wording: ["Kho lưu trữ tính từ ngày {d} đến ngày {D}"] },
      { id: "kho.hoSo", label: "Hồ sơ nộp lưu vào kho lưu trữ", kind: "count", section: "B", unit: "hồ sơ" },
      { id: "kyLuat.nguoi", label: "Người bị kỷ luật vì vi phạm nội quy", kind: "count", section: "C", zeroText: "không có", wording: ["{Z} người bị kỷ luật"] },
      { id: "kyLuat.don", label: "Đơn khiếu nại về kỷ luật nhận được", kind: "count", section: "C", zeroText: "không", wording: ["Đơn vị {Z} nhận được đơn khiếu nại"] },
      { id: "chuyenDi.nguoi", label: "Viên chức chuyển công tác đi", kind: "count", section: "C" },
    ],
    [],
    {
      sections: [
        { id: "A", number: "I", title: "Nhân sự" },
        { id: "B", number: "II", title: "Kho lưu trữ" },
        { id: "C", number: "III", title: "Kỷ luật, khiếu nại" },
      ],
    },
  ),
);

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const read = (text: string, ...ids: string[]) => {
  const r = recognizeFigures(text, ARCHIVE);
  return ids.map((id) => shown(r.get(`bcdc:${id}`)));
};
const TITLE = "Hà Nội, ngày 05 tháng 4 năm 2026\nBÁO CÁO\nKết quả công tác lưu trữ quý I năm 2026\n";

describe("the year of other figures", () => {
  it("is the year heading their sentence, not the report's date line nor its title", () => {
    const text = `${TITLE}I. NHÂN SỰ\nNhân sự năm 2026: viên chức được giao 20, hiện có 18.`;
    expect(read(text, "nhanSu.giao", "nhanSu.co", "nhanSu.nam")).toEqual(["20", "18", "2026"]);
  });

  it("is the year heading the list or table the figures are in", () => {
    const list = `${TITLE}I. NHÂN SỰ\n- Nhân sự năm 2025:\n+ Viên chức được giao: 20\n+ Viên chức hiện có: 18`;
    expect(read(list, "nhanSu.nam")).toEqual(["2025"]);
    const table = `${TITLE}I. NHÂN SỰ\nBảng 1. Nhân sự và lao động năm 2025\nLoại\tĐược giao\tHiện có\nViên chức\t20\t18`;
    expect(read(table, "nhanSu.nam")).toEqual(["2025"]);
  });

  it("is not found when no year heads the figures, or the only one is a comparison's or a plan's", () => {
    expect(read(`${TITLE}I. NHÂN SỰ\nViên chức được giao 20, hiện có 18.`, "nhanSu.co", "nhanSu.nam")).toEqual(["18", "-"]);
    const compared = `${TITLE}I. NHÂN SỰ\nSo với năm 2025, nhân sự viên chức được giao 20, hiện có 18.`;
    expect(read(compared, "nhanSu.nam")).toEqual(["-"]);
    const plan = `${TITLE}I. NHÂN SỰ\nThực hiện Kế hoạch năm 2025, viên chức được giao 20, hiện có 18.`;
    expect(read(plan, "nhanSu.nam")).toEqual(["-"]);
  });

  it("is left unclear when two different years head the figures", () => {
    const text = `${TITLE}I. NHÂN SỰ\nNăm 2026 nhân sự viên chức được giao 20.\nNăm 2025 nhân sự viên chức hiện có 18.`;
    expect(read(text, "nhanSu.nam")).toEqual(["? 2026 2025"]);
  });
});

describe("the two ends of a period", () => {
  it("reads «từ X đến Y» as the start and the end, whatever the date style", () => {
    const slashed = "II. KHO LƯU TRỮ\nKho lưu trữ, từ 01/01/2026 đến 31/3/2026: nhận 120 hồ sơ nộp lưu.";
    expect(read(slashed, "kho.tuNgay", "kho.denNgay")).toEqual(["01/01/2026", "31/3/2026"]);
    const words = "II. KHO LƯU TRỮ\nTại kho lưu trữ, từ ngày 01 tháng 01 năm 2026 đến ngày 31 tháng 3 năm 2026, đã nhận 120 hồ sơ nộp lưu.";
    expect(read(words, "kho.tuNgay", "kho.denNgay")).toEqual(["1/1/2026", "31/3/2026"]);
    const dashed = "II. KHO LƯU TRỮ\nKho lưu trữ (từ 01-01-2026 đến 31-3-2026): nhận 120 hồ sơ nộp lưu.";
    expect(read(dashed, "kho.tuNgay", "kho.denNgay")).toEqual(["1/1/2026", "31/3/2026"]);
    // A range alone in brackets is described by the words before them, and a dash joins its two ends.
    const dotted = "II. KHO LƯU TRỮ\nSố liệu kho lưu trữ (01.01.2026 – 31.3.2026): nhận 120 hồ sơ nộp lưu.";
    expect(read(dotted, "kho.tuNgay", "kho.denNgay")).toEqual(["1/1/2026", "31/3/2026"]);
  });

  it("gives a start field no end date and no date that is neither, such as a meeting's", () => {
    const text = "II. KHO LƯU TRỮ\nSố liệu kho lưu trữ tính đến ngày 31/3/2026: nhận 120 hồ sơ nộp lưu. Hội nghị ngày 18/02/2026.";
    expect(read(text, "kho.tuNgay", "kho.denNgay")).toEqual(["-", "31/3/2026"]);
    expect(read("II. KHO LƯU TRỮ\nKho lưu trữ họp ngày 18/02/2026 về hồ sơ nộp lưu.", "kho.tuNgay", "kho.denNgay")).toEqual(["-", "-"]);
  });
});

describe("the words for zero", () => {
  it("binds «không có …» to the field whose own words follow, and «X: không» to X", () => {
    expect(read("III. KỶ LUẬT\n- Kỷ luật: không có người bị kỷ luật.", "kyLuat.nguoi")).toEqual(["không có"]);
    const commas = "III. KỶ LUẬT\nTrong quý không có viên chức, người lao động bị kỷ luật vì vi phạm nội quy.";
    expect(read(commas, "kyLuat.nguoi")).toEqual(["không có"]);
    expect(read("III. KỶ LUẬT\nĐơn vị không nhận được đơn khiếu nại về kỷ luật.", "kyLuat.don")).toEqual(["không"]);
    // A field without words for zero in the form takes «không» only as an item's value.
    expect(read("III. KỶ LUẬT\n- Viên chức chuyển công tác đi: không;\n- Kỷ luật: không có.", "chuyenDi.nguoi")).toEqual(["không"]);
  });

  it("binds no «không» that negates something else, or says only the others had none", () => {
    expect(read("III. KỶ LUẬT\nĐơn vị không để xảy ra vi phạm nội quy, kỷ luật.", "kyLuat.nguoi")).toEqual(["-"]);
    expect(read("III. KỶ LUẬT\nCác phòng khác không phát sinh đơn khiếu nại về kỷ luật.", "kyLuat.don")).toEqual(["-"]);
    const earlier = "III. KỶ LUẬT\nTrong quý có 02 người bị kỷ luật vì vi phạm nội quy (cùng kỳ năm trước cũng không có).";
    expect(read(earlier, "kyLuat.nguoi")).toEqual(["02"]);
    expect(read("III. KỶ LUẬT\nViên chức chuyển công tác đi không nhiều.", "chuyenDi.nguoi")).toEqual(["-"]);
  });
});

/** Three reports written here in other clerks' styles (not from the corpus), read with the built-in quarterly form. */
describe("years, periods and zeros in reports written otherwise", () => {
  const read = (text: string, ...ids: string[]) => {
    const r = recognizeFigures(text, REPORT);
    return Object.fromEntries(ids.map((id) => [id, shown(r.get(`bcdc:${id}`))]));
  };

  it("reads a table under a year, a «kể từ … tới …» period and an item's «không có»", () => {
    const text = [
      "Hòa Bình, ngày 17 tháng 6 năm 2027",
      "BÁO CÁO",
      "Kết quả thực hiện dân chủ quý II năm 2027",
      "I. ĐẶC ĐIỂM, TÌNH HÌNH",
      "Tình hình biên chế năm 2027 của Văn phòng như sau:",
      "Loại biên chế\tĐược giao\tCó mặt",
      "Công chức\t60\t52",
      "Sự nghiệp\t17\t15",
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "1. Công tác cán bộ: điều động đến và bổ nhiệm 01 Phó Chánh Văn phòng; điều động, luân chuyển đi: không có.",
      "2. Phòng, chống tham nhũng: trong kỳ báo cáo không có trường hợp công chức nào bị xử lý vì hành vi tham nhũng; Văn phòng không để xảy ra tiêu cực.",
      "3. Trung tâm Phục vụ hành chính công tỉnh (kể từ ngày 15/3/2027 tới ngày 14/6/2027): tiếp nhận 8.200 hồ sơ, đã giải quyết 7.950 hồ sơ.",
      "4. Khiếu nại, tố cáo: trong quý không nhận được đơn thư khiếu nại, tố cáo.",
    ].join("\n");
    expect(read(text, "bienChe.nam", "dieuDong.di", "thamNhung.soBiXuLy", "hcc.tuNgay", "hcc.denNgay", "khieuNai.soDon")).toEqual({
      "bienChe.nam": "2027",
      "dieuDong.di": "không có",
      "thamNhung.soBiXuLy": "không có",
      "hcc.tuNgay": "15/3/2027",
      "hcc.denNgay": "14/6/2027",
      "khieuNai.soDon": "không",
    });
  });

  it("takes the staffing decision's year, not a comparison's, and dates in words or with dashes", () => {
    const text = [
      "Yên Bái, ngày 15 tháng 9 năm 2027",
      "Kết quả công tác dân chủ quý III năm 2027 (số liệu từ ngày 15 tháng 6 năm 2027 đến ngày 14 tháng 9 năm 2027)",
      "I. ĐẶC ĐIỂM, TÌNH HÌNH",
      "Theo Quyết định giao biên chế năm 2027, Văn phòng được giao 48 biên chế công chức, có mặt 45 công chức. So với năm 2026, biên chế công chức được giao giảm 02.",
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "- Tiếp nhận công chức: không.",
      "- Phòng, chống tham nhũng: không có người nào bị xử lý.",
      "- Trung tâm Phục vụ hành chính công tỉnh: từ 15-6-2027 đến 14-9-2027 tiếp nhận 6.420 hồ sơ; đã giải quyết 6.300 hồ sơ.",
      "- Đối thoại: Văn phòng không tổ chức hội nghị đối thoại trong quý.",
    ].join("\n");
    expect(read(text, "bienChe.nam", "tiepNhan.congChuc", "thamNhung.soBiXuLy", "hcc.tuNgay", "hcc.denNgay", "doiThoai.soYKien")).toEqual({
      "bienChe.nam": "2027",
      "tiepNhan.congChuc": "không",
      "thamNhung.soBiXuLy": "không có",
      "hcc.tuNgay": "15/6/2027",
      "hcc.denNgay": "14/9/2027",
      "doiThoai.soYKien": "-",
    });
  });

  it("binds nothing from «không để xảy ra», a meeting's date or a plan's year", () => {
    const text = [
      "Cao Bằng, ngày 16 tháng 12 năm 2027",
      "Kết quả thực hiện dân chủ quý IV năm 2027",
      "I. ĐẶC ĐIỂM, TÌNH HÌNH",
      "Năm 2027, Văn phòng được giao 52 biên chế công chức, hiện có 49; năm 2026 được giao 54 biên chế công chức.",
      "Kế hoạch kiểm tra năm 2028 dự kiến 02 đơn vị.",
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "Phòng, chống tham nhũng: Văn phòng không để xảy ra tham nhũng, tiêu cực; chưa phát hiện vụ việc nào.",
      "Hội nghị đối thoại ngày 20/11/2027.",
    ].join("\n");
    expect(read(text, "bienChe.congChucGiao", "bienChe.nam", "thamNhung.soBiXuLy", "hcc.tuNgay", "hcc.denNgay")).toEqual({
      "bienChe.congChucGiao": "52",
      "bienChe.nam": "2027",
      "thamNhung.soBiXuLy": "-",
      "hcc.tuNgay": "-",
      "hcc.denNgay": "-",
    });
  });
});
