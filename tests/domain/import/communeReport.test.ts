/**
 * A commune's own report under two-level local government (meaning/communeReport.ts): its centre's figures are the
 * form's centre's, while a province's report that quotes a commune's centre never gives them as its own. Written
 * here by a clerk of xã Đức Hòa and one of Tây Ninh's provincial office.
 */
import { atCommuneLevel, communeIssuer } from "../../../src/domain/import/meaning/communeReport";
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const CENTRE = ["tiepNhan", "daGiaiQuyet", "treHan", "dangGiaiQuyet"].map((f) => `bcdc:hcc.${f}`);
const states = (text: string) => {
  const r = recognizeFigures(text, REPORT) as Map<string, Recognition>;
  return CENTRE.map((id) => {
    const v = r.get(id)!;
    return v.state === "bound" ? v.occurrences.map((o) => o.text).join(" ") : v.state;
  });
};

const said = (header: string, centre: string) => `${header}

BÁO CÁO
Công tác dân chủ cơ sở và cải cách hành chính quý III năm 2025

1. Văn phòng HĐND và UBND xã có 14 công chức.

2. ${centre} (từ 01/7/2025 đến 14/9/2025) tiếp nhận 1.264 hồ sơ, đã giải quyết 1.201 hồ sơ, trễ hạn 6 hồ sơ, đang giải quyết 57 hồ sơ.
`;

describe("a commune's own report", () => {
  // The header's capitals block, as the clerk types it above the motto (documentHeader.ts reads it).
  const commune = (lines: string) => communeIssuer(documentHeader(`${lines}\nSố: 64/BC-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n`));

  it("is told by its header: a commune's committee or its office, not a province's nor a district's", () => {
    expect(commune("ỦY BAN NHÂN DÂN\nXÃ ĐỨC HÒA")).toBe(true);
    expect(commune("UBND ĐẶC KHU PHÚ QUỐC")).toBe(true);
    expect(commune("VĂN PHÒNG HĐND VÀ UBND PHƯỜNG LONG HOA")).toBe(true);
    expect(commune("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH")).toBe(false);
    expect(commune("UBND HUYỆN CHÂU THÀNH")).toBe(false);
    // A Word header cell's two paragraphs read as one line (heldout 1254): «ban» is no body inside «ủy ban».
    expect(commune("UBND TỈNH NGHỆ AN UBND XÃ YÊN THÀNH")).toBe(true);
    expect(documentHeader("UBND TỈNH NGHỆ AN UBND XÃ YÊN THÀNH Số: 46/BC-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n").lines).toEqual([
      "ủy ban nhân dân tỉnh nghệ an",
      "ủy ban nhân dân xã yên thành",
    ]);
    expect(commune("VĂN PHÒNG UBND TỈNH TÂY NINH")).toBe(false);
    expect(commune("")).toBe(false);
  });

  it("reads an office named without its level as the committee's above it in the header", () => {
    expect(commune("ỦY BAN NHÂN DÂN PHƯỜNG BẮC GIANG\nVĂN PHÒNG HĐND VÀ UBND")).toBe(true);
    expect(commune("ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC GIANG\nVĂN PHÒNG HĐND VÀ UBND")).toBe(true);
    expect(commune("UBND XÃ TÂN PHÚ\nVĂN PHÒNG")).toBe(true);
    expect(commune("ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nVĂN PHÒNG HĐND VÀ UBND")).toBe(false);
    expect(commune("UBND HUYỆN CHÂU THÀNH\nVĂN PHÒNG")).toBe(false);
    expect(commune("UBND PHƯỜNG AN KHÁNH\nVĂN PHÒNG SỞ NỘI VỤ")).toBe(false);
    expect(commune("VĂN PHÒNG HĐND VÀ UBND")).toBe(false);
  });

  it("reads the commune's own centre reporting itself as the commune's, and a province's centre as the province's", () => {
    expect(commune("UBND XÃ MƯỜNG PHĂNG\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")).toBe(true);
    expect(commune("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG TÂN AN")).toBe(true);
    expect(commune("VĂN PHÒNG UBND TỈNH ĐIỆN BIÊN\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")).toBe(false);
    expect(commune("UBND TỈNH ĐIỆN BIÊN\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")).toBe(false);
    expect(commune("UBND XÃ MƯỜNG PHĂNG\nTRUNG TÂM Y TẾ")).toBe(false);
  });

  it("reads a province-level field at the commune's level, and leaves other levels alone", () => {
    expect(atCommuneLevel({ total: false, levels: [0] })).toEqual({ total: false, levels: [2] });
    expect(atCommuneLevel({ total: true, levels: [1] })).toEqual({ total: true, levels: [1] });
  });

  it("gives its own centre's figures as the form's centre's", () => {
    const text = said("ỦY BAN NHÂN DÂN\nXÃ ĐỨC HÒA", "Trung tâm Phục vụ hành chính công xã");
    expect(states(text)).toEqual(["1.264", "1.201", "6", "57"]);
  });

  it("and so does its office's, headed by the commune's committee above «VĂN PHÒNG HĐND VÀ UBND»", () => {
    const text = said("ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH\nVĂN PHÒNG HĐND VÀ UBND", "Trung tâm Phục vụ hành chính công phường");
    expect(states(text)).toEqual(["1.264", "1.201", "6", "57"]);
  });

  it("and so does the centre's own report, under the commune's committee", () => {
    const text = said("UBND XÃ MƯỜNG PHĂNG\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Trung tâm");
    expect(states(text)).toEqual(["1.264", "1.201", "6", "57"]);
  });

  it("but a province's report that quotes a commune's centre binds none of them", () => {
    const text = said("UBND TỈNH TÂY NINH\nVĂN PHÒNG", "Trung tâm Phục vụ hành chính công xã Đức Hòa");
    expect(states(text).filter((s) => /\d/.test(s))).toEqual([]);
  });

  it("nor does a district's report, for its own one-stop desk", () => {
    const text = said("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH", "Bộ phận Một cửa huyện");
    expect(states(text).filter((s) => /\d/.test(s))).toEqual([]);
  });
});

describe("a ward's report in its own words", () => {
  const text = `ỦY BAN NHÂN DÂN
PHƯỜNG LONG HOA

BÁO CÁO
Kết quả thực hiện dân chủ cơ sở quý IV năm 2025

1. Văn phòng HĐND và UBND phường được giao 23 biên chế công chức năm 2025, hiện có 20 người.

2. Kiểm soát thủ tục hành chính: phường đã rà soát và công khai 108 TTHC thuộc thẩm quyền cấp xã; nhận và xử lý 2 phản ánh, kiến nghị về TTHC.
`;
  const r = recognizeFigures(text, REPORT) as Map<string, Recognition>;
  const shown = (id: string) => {
    const v = r.get(`bcdc:${id}`)!;
    return v.state === "bound" ? v.occurrences.map((o) => o.text).join(" ") : v.state;
  };

  it("takes «Văn phòng HĐND và UBND phường» for the form's office", () => {
    expect([shown("bienChe.congChucGiao"), shown("bienChe.congChucThucHien")]).toEqual(["23", "20"]);
  });

  it("does not count procedures published as decisions that publish them", () => {
    expect(shown("ksthc.soQuyetDinhCongBo")).not.toBe("108");
    expect(shown("ksthc.soPhanAnh")).toBe("2");
  });
});

describe("a ward's report pasted into a chat message, with no header above it", () => {
  // No capitals block: the body is named on the line under the title, in the chat's bold (documentHeader.ts).
  const pasted = (under: string) => `[16:42, 17/09/2026] Phan Thị Ngọc Hân - VP phường: Em gửi anh số liệu quý III/2026 ạ.

**BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN DÂN CHỦ QUÝ III/2026**
${under}

**5. Trung tâm Phục vụ hành chính công phường**
| Chỉ tiêu | Số lượng | Ghi chú |
|---|---|---|
| Tiếp nhận | 1.264 hồ sơ | quý II: 1.150 |
| Đã giải quyết | 1.201 hồ sơ | |
| Trễ hạn | 6 | |
| Đang giải quyết | 57 | |
`;

  it("takes the body named under the title for the issuer: a ward's office, whose centre is the form's", () => {
    const text = pasted("**Văn phòng HĐND và UBND phường Nha Trang**");
    expect(documentHeader(text).body).toBe("văn phòng hội đồng nhân dân và ủy ban nhân dân phường nha trang");
    expect(communeIssuer(documentHeader(text))).toBe(true);
    expect(states(text)).toEqual(["1.264", "1.201", "6", "57"]);
  });

  it("but not a subject line, a sentence or a capitals block under the title: the issuer stays unknown, the centre unsure", () => {
    // The capitals block: a web page's copy puts the title above the header, whose last line, not its first, is the issuer.
    const under = ["Kết quả thực hiện dân chủ cơ sở quý III năm 2026", "Văn phòng HĐND và UBND phường Nha Trang báo cáo như sau:", "UBND PHƯỜNG NHA TRANG"];
    for (const line of under) {
      const text = pasted(line);
      expect(documentHeader(text).body).toBeNull();
      expect(states(text).filter((s) => /\d/.test(s))).toEqual([]);
    }
  });
});
