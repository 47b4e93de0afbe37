/**
 * A clerk's short staffing sentence with a year's colon and a «;» list (meaning/candidates.ts), and a unit written
 * before the number in a table row (meaning/score.ts): each figure bound to its own number, the lookalike row not.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

function bound(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, r] of recognizeFigures(text, REPORT)) if (r.state === "bound") out[id.replace("bcdc:", "")] = r.occurrences.map((o) => o.text).join("|");
  return out;
}

describe("words across a colon and a «;» list", () => {
  it("binds the staffing figures of a clerk's short sentence on the quarterly form", () => {
    expect(bound("I. ĐẶC ĐIỂM, TÌNH HÌNH\nBiên chế năm 2026: công chức giao 55, có mặt 46; sự nghiệp giao 15, có mặt 14; hợp đồng 08.\n")).toEqual({
      "bienChe.nam": "2026",
      "bienChe.congChucGiao": "55",
      "bienChe.congChucThucHien": "46",
      "bienChe.suNghiepGiao": "15",
      "bienChe.suNghiepThucHien": "14",
      "bienChe.hopDong": "08",
    });
  });
});

describe("the law's name for a public-service staff quota", () => {
  it("reads «số lượng người làm việc … được giao 112» as the public-service quota, and a team's «15 người làm việc» as no quota", () => {
    const text = [
      "I. ĐẶC ĐIỂM, TÌNH HÌNH",
      "Văn phòng có 02 đơn vị sự nghiệp: Trung tâm A và Nhà khách B.",
      "Biên chế năm 2026: biên chế công chức được giao 86, có mặt 79; số lượng người làm việc trong đơn vị sự nghiệp được giao 112, có mặt 104; hợp đồng lao động 14 người.",
      "Bộ phận một cửa có 15 người làm việc.",
    ].join("\n");
    const found = bound(text);
    expect([found["bienChe.suNghiepGiao"], found["bienChe.congChucGiao"], found["donViSuNghiep.so"]]).toEqual(["112", "86", "02"]);
    expect(Object.values(found)).not.toContain("15");
  });
});

describe("«đang theo học» is «đang học»", () => {
  const llct = "I. ĐẶC ĐIỂM, TÌNH HÌNH\nVề trình độ lý luận chính trị có 03 đồng chí cử nhân chính trị, 29 đồng chí cao cấp lý luận chính trị, 31 đồng chí trung cấp lý luận chính trị - hành chính";

  it("binds the political-theory students however the clerk sets them off", () => {
    expect(bound(`${llct} (ngoài ra có 04 đồng chí đang theo học lớp trung cấp lý luận chính trị).\n`)["llct.dangHoc"]).toBe("04");
    expect(bound(`${llct}, riêng 05 đồng chí đang theo học lớp trung cấp tại Trường Chính trị tỉnh.\n`)["llct.dangHoc"]).toBe("05");
  });

  it("does not take a civil servant sent on another course", () => {
    const found = bound(`${llct}.\nII. KẾT QUẢ TRIỂN KHAI THỰC HIỆN\nTrong quý, Văn phòng cử 02 công chức theo học lớp bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên.\n`);
    expect(found["llct.dangHoc"]).toBeUndefined();
    expect(found["llct.trungCap"]).toBe("31");
  });
});

describe("people written as people, for a figure that names no unit", () => {
  it("binds «trung cấp 21 người» to the unit-less political-theory figure, and no unit-less figure to an award's «05 cá nhân»", () => {
    const found = bound(
      "I. ĐẶC ĐIỂM, TÌNH HÌNH\nTrình độ chuyên môn: thạc sĩ 12 người, đại học 47 người.\nLý luận chính trị: cao cấp 09 người, trung cấp 21 người.\nII. KẾT QUẢ TRIỂN KHAI THỰC HIỆN\nChủ tịch UBND tỉnh tặng Bằng khen cho 05 cá nhân có thành tích trong phong trào phòng cháy, chữa cháy.\n",
    );
    expect([found["llct.caoCap"], found["llct.trungCap"], found["trinhDo.thacSi"], found["trinhDo.daiHoc"]]).toEqual(["09", "21", "12", "47"]);
    // The award is the fire-safety figure's (the giver is no Prime Minister, so the «Bằng khen» figure of the Thủ tướng
    // does not rival it: meaning/vetoAward.ts), never a unit-less one's.
    expect(Object.entries(found).filter(([, v]) => v === "05").map(([id]) => id)).toEqual(["khenThuong.pccc"]);
  });
});

describe("an office's units counted as «phòng» for a figure counting «đơn vị»", () => {
  const opening = "I. ĐẶC ĐIỂM, TÌNH HÌNH\nVăn phòng có 03 phòng họp trực tuyến.\nII. KẾT QUẢ TRIỂN KHAI THỰC HIỆN\n1. Văn phòng tiếp tục phổ biến Luật Thực hiện dân chủ ở cơ sở.";

  it("binds the units to inspect written as rooms of the office, and not the meeting rooms", () => {
    expect(bound(`${opening} Văn phòng dự kiến kiểm tra việc thực hiện dân chủ tại 02 phòng trong quý II.\n`)).toEqual({ "kiemTra.soDonVi": "02" });
  });

  it("binds nothing to files inspected", () => {
    expect(bound(`${opening} Trong quý đã kiểm tra 02 hồ sơ công chức.\n`)).toEqual({});
  });
});

describe("a unit written before the number", () => {
  it("counts a table row's post for the figure counting that post, not for the post it is part of", () => {
    const text = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nNội dung\tSố lượng\nBổ nhiệm Trưởng phòng\t01\nBổ nhiệm Phó Trưởng phòng\t02\n";
    const found = bound(text);
    expect(found["boNhiem.phoPhong"]).toBe("02");
    expect(found["boNhiem.truongPhong"]).toBe("01");
  });
});
