/**
 * A commune's own report under two-level local government (meaning/communeReport.ts): its centre's figures are the
 * form's centre's, while a province's report that quotes a commune's centre never gives them as its own. Written
 * here by a clerk of xã Đức Hòa and one of Tây Ninh's provincial office.
 */
import { atCommuneLevel, communeIssuer } from "../../../src/domain/import/meaning/communeReport";
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
  it("is told by its header: a commune's committee or its office, not a province's nor a district's", () => {
    expect(communeIssuer("ủy ban nhân dân xã đức hòa")).toBe(true);
    expect(communeIssuer("ủy ban nhân dân đặc khu phú quốc")).toBe(true);
    expect(communeIssuer("văn phòng hđnd và ubnd phường long hoa")).toBe(true);
    expect(communeIssuer("ủy ban nhân dân tỉnh tây ninh")).toBe(false);
    expect(communeIssuer("ủy ban nhân dân huyện châu thành")).toBe(false);
    expect(communeIssuer("văn phòng ủy ban nhân dân tỉnh tây ninh")).toBe(false);
    expect(communeIssuer(null)).toBe(false);
  });

  it("reads an office named without its level as the committee's above it in the header", () => {
    const header = (lines: string) => `${lines}\nsố: 64/bc-vp\ncộng hòa xã hội chủ nghĩa việt nam\n`;
    expect(communeIssuer("văn phòng hđnd và ubnd", header("ủy ban nhân dân phường bắc giang\nvăn phòng hđnd và ubnd"))).toBe(true);
    expect(communeIssuer("văn phòng", header("ubnd xã tân phú\nvăn phòng"))).toBe(true);
    expect(communeIssuer("văn phòng hđnd và ubnd", header("ủy ban nhân dân tỉnh bắc ninh\nvăn phòng hđnd và ubnd"))).toBe(false);
    expect(communeIssuer("văn phòng", header("ubnd huyện châu thành\nvăn phòng"))).toBe(false);
    expect(communeIssuer("văn phòng sở nội vụ", header("ubnd phường an khánh\nvăn phòng sở nội vụ"))).toBe(false);
    expect(communeIssuer("văn phòng hđnd và ubnd", null)).toBe(false);
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
