/**
 * Traps a real report holds, written for the hunt of wrong bindings (meaning/vetoTarget.ts, vetoEarlier.ts): targets,
 * another agency's figures, an earlier period opening the sentence, identifiers and the «Nơi nhận» list. Each trap is
 * refused, and a right reading of the same shape is still bound.
 */
import { earlierTopic, earlierYearTopic } from "../../../src/domain/import/meaning/vetoEarlier";
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { isTarget, otherAgencySubject, ownSectorOnly } from "../../../src/domain/import/meaning/vetoTarget";

// The header as written above «BÁO CÁO» (documentHeader.ts), as the vetoes are given it.
const headerAbove = (text: string) => documentHeader(text).above;
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";



const HEADER = "UBND TỈNH LAI CHÂU\nVĂN PHÒNG\nSố: 15/BC-VP\nLai Châu, ngày 14 tháng 3 năm 2026\n\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý I năm 2026\n\n";
const at = (text: string, figure: string) => text.indexOf(figure);

describe("a target is not a result", () => {
  it("«phấn đấu», «mục tiêu», «chỉ tiêu» before the number in its clause", () => {
    const t = "Phấn đấu năm 2026 giúp đỡ 05 xã đặc biệt khó khăn; đã giúp đỡ 03 xã.";
    expect(isTarget(t, at(t, "05"))).toBe(true);
    expect(isTarget(t, at(t, "03"))).toBe(false);
    const quota = "Chỉ tiêu biên chế được giao 60, có mặt 55.";
    expect(isTarget(quota, at(quota, "60"))).toBe(false);
  });
  it("in a report: the target is not bound, the result beside it is", () => {
    const t = `${HEADER}II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN\n2. An sinh xã hội\nVăn phòng được phân công giúp đỡ 01 xã. Phấn đấu năm 2026 giúp đỡ thêm 05 xã đặc biệt khó khăn.\n`;
    const r = recognizeFigures(t, REPORT);
    expect(boundValue(r.get(byLabel("Số xã được phân công giúp đỡ").id))).toBe("01");
  });
});

describe("another agency's figures, written with it as the subject, are not the office's", () => {
  const issuer = headerAbove(HEADER + "x");
  it("reads the issuing body from the header", () => expect(issuer).toContain("văn phòng"));
  it.each([
    ["Văn phòng Tỉnh ủy tiếp nhận 03 công chức từ các huyện.", "03"],
    ["Ban Tiếp công dân tỉnh nhận được 126 đơn thư, khiếu nại, tố cáo.", "126"],
    ["Sở Nội vụ đã bổ nhiệm 02 Trưởng phòng.", "02"],
    ["UBND huyện Sìn Hồ tổ chức hội nghị đối thoại, nhận được 45 ý kiến.", "45"],
  ])("«%s»", (t, figure) => expect(otherAgencySubject(t, 0, at(t, figure), null, issuer)).toBe(true));
  it("the office itself, its own department's report, a table row and an agency that passes the number on are not refused", () => {
    const own = "Văn phòng UBND tỉnh tiếp nhận 03 công chức.";
    expect(otherAgencySubject(own, 0, at(own, "03"), null, issuer)).toBe(false);
    const dept = "Sở Nội vụ đã bổ nhiệm 03 Trưởng phòng.";
    expect(otherAgencySubject(dept, 0, at(dept, "03"), null, "ubnd tỉnh thái bình\nsở nội vụ\n")).toBe(false);
    const row = "Sở Tư pháp tiếp nhận\t3.912\t3.860";
    expect(otherAgencySubject(row, 0, at(row, "3.912"), null, issuer)).toBe(false);
    const via = "Ban Thi đua - Khen thưởng tỉnh đã thẩm định, Văn phòng đề nghị Thủ tướng tặng Bằng khen cho 05 cá nhân.";
    expect(otherAgencySubject(via, 0, at(via, "05"), null, issuer)).toBe(false);
  });
  it("in a report: the department's files under the centre's heading are not the centre's", () => {
    const t = `${HEADER}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n4. Trung tâm Phục vụ hành chính công tỉnh\nSở Tư pháp tiếp nhận 3.912 hồ sơ, đã giải quyết 3.860 hồ sơ, đang giải quyết 52 hồ sơ.\n`;
    const r = recognizeFigures(t, REPORT);
    const bound = REPORT.fields.filter((f) => r.get(f.id)?.state === "bound" && f.formula?.op !== "period");
    expect(bound.map((f) => f.label)).toEqual([]);
  });
});

describe("a sentence that opens with an earlier period states that period's figures", () => {
  it("«Cùng kỳ năm 2025,», «Quý trước,», «Cùng kỳ năm trước,» open it; «so với cùng kỳ» inside does not", () => {
    for (const t of ["Cùng kỳ năm 2025, Trung tâm tiếp nhận 9.870 hồ sơ.", "Quý trước, Văn phòng tổ chức 14 cuộc giao ban.", "Cùng kỳ năm trước, Văn phòng nâng lương cho 06 công chức."]) {
      expect(earlierTopic(t, 0, t.search(/\d+\s+(?:hồ|cuộc|công)/u))).toBe(true);
    }
    const t = "Trung tâm tiếp nhận 10.415 hồ sơ, tăng 5% so với cùng kỳ.";
    expect(earlierTopic(t, 0, at(t, "10.415"))).toBe(false);
  });
  it("«Năm 2025, … đã …» in a 2026 report; a state in that year («được giao: 55 biên chế») is still the report's", () => {
    const done = "Năm 2025, Văn phòng đã đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 03 cá nhân.";
    expect(earlierYearTopic(done, 0, at(done, "03"), 2026)).toBe(true);
    expect(earlierYearTopic(done, 0, at(done, "03"), 2025)).toBe(false);
    const state = "Năm 2025, Văn phòng được giao: 55 biên chế, đang thực hiện: 46.";
    expect(earlierYearTopic(state, 0, at(state, "55"), 2026)).toBe(false);
  });
  it("in a report: last quarter's briefings and the same period last year are not bound, this quarter's are", () => {
    const t = `${HEADER}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Họp giao ban\nCùng kỳ năm trước, Văn phòng tổ chức 14 cuộc họp giao ban. Trong quý, Văn phòng tổ chức 12 cuộc họp giao ban.\n`;
    const r = recognizeFigures(t, REPORT);
    expect(boundValue(r.get(byLabel("Cuộc họp giao ban trong quý").id))).toBe("12");
  });
});

describe("identifiers, dates and the «Nơi nhận» list are no figures", () => {
  it("binds only the centre's dates in a text of document numbers, articles, hotlines and copies", () => {
    const t = `${HEADER}Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 và Quyết định số 1291/QĐ-UBND ngày 22/12/2025.\nIII. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Giao ban\nTheo Điều 7 Quy chế làm việc (ban hành kèm Quyết định số 35/QĐ-VP).\n2. Trung tâm Phục vụ hành chính công tỉnh\nTổng đài 1022 hỗ trợ người dân; đường dây nóng 0215.3825.111.\nSố liệu từ ngày 15/12/2025 đến ngày 14/3/2026.\n\nNơi nhận:\n- 05 Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, 02 bản.\n`;
    const r = recognizeFigures(t, REPORT);
    const bound = REPORT.fields.filter((f) => r.get(f.id)?.state === "bound" && f.formula?.op !== "period");
    expect(bound.map((f) => f.kind)).toEqual(["date", "date"]);
  });
});

describe("a clause restricted to a department's own sector (asked of a named body's figures only: ownSectorFigures.test.ts)", () => {
  const dept = headerAbove("UBND TỈNH THÁI BÌNH\nSỞ NỘI VỤ\n\nSố: 96/BC-SNV\n\nBÁO CÁO\n");
  const office = headerAbove(HEADER);
  it("«lĩnh vực nội vụ» in Sở Nội vụ's report, «thuộc lĩnh vực của Sở»", () => {
    const t = "Trình Chủ tịch UBND tỉnh công bố 04 Quyết định danh mục thủ tục hành chính lĩnh vực nội vụ, lao động, người có công; tiếp nhận 06 phản ánh, kiến nghị về quy định hành chính thuộc lĩnh vực của Sở, đã xử lý xong.";
    expect(ownSectorOnly(t, at(t, "04"), at(t, "04") + 2, dept)).toBe(true);
    expect(ownSectorOnly(t, at(t, "06"), at(t, "06") + 2, dept)).toBe(true);
  });
  it("a Văn phòng UBND listing the sectors it published, and a department's figure of no sector, are not refused", () => {
    const t = "Văn phòng tham mưu ban hành 16 Quyết định công bố danh mục thủ tục hành chính thuộc các lĩnh vực nội vụ, tư pháp, xây dựng.";
    expect(ownSectorOnly(t, at(t, "16"), at(t, "16") + 2, office)).toBe(false);
    const own = "Sở tổ chức 11 cuộc giao ban giữa Ban Giám đốc với trưởng các phòng.";
    expect(ownSectorOnly(own, at(own, "11"), at(own, "11") + 2, dept)).toBe(false);
  });
});
