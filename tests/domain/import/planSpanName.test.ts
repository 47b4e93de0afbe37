/**
 * A span of months in a plan's name is the plan's own (periodMarkers.ts markerScope): «Kế hoạch kiểm soát TTHC 6 tháng
 * cuối năm 2025 với 07 nhóm công việc và 28 nhiệm vụ» counts the plan's groups and tasks, in the quarter's report; no
 * six months' figure. A span outside a plan's name, or what was done over the span, is still the span's. Each text is
 * what stands before the number asked about, as periodScope.ts reads it. A clerk's sentences, not the corpus's.
 */
import { MARKER, markerScope } from "../../../src/domain/import/meaning/periodMarkers";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const spans = (text: string) => [...text.matchAll(MARKER)].map((m) => markerScope(m, text));

describe("a span in a plan's name", () => {
  it("names the plan whose groups and tasks follow it, no period of the figures", () => {
    expect(spans("ban hành Kế hoạch kiểm soát TTHC 6 tháng cuối năm 2025 với ")).toEqual([null, expect.anything()]);
    expect(spans("ban hành Kế hoạch kiểm soát TTHC 6 tháng cuối năm 2025 với 07 nhóm công việc và ")).toEqual([null, expect.anything()]);
    expect(spans("thực hiện Chương trình công tác 6 tháng đầu năm gồm ")).toEqual([null]);
  });
  it("names no period of a clause after the plan's", () => {
    expect(spans("ban hành Kế hoạch kiểm soát TTHC 6 tháng cuối năm 2025 với 07 nhóm công việc; tham mưu ban hành ")).toEqual([null, expect.anything()]);
  });
  it("near-match: what was done over the plan's span is that span's", () => {
    expect(spans("Các nhiệm vụ của Kế hoạch kiểm soát TTHC 6 tháng cuối năm 2025 của UBND tỉnh đã hoàn thành ")[0]).toEqual({ months: 6 });
  });
  it("near-match: a span read as the sentence's period, a plan named apart from it", () => {
    expect(spans("Trong 6 tháng đầu năm, tiếp nhận 300 hồ sơ")).toEqual([{ months: 6 }]);
    expect(spans("Theo Kế hoạch, 6 tháng cuối năm kiểm tra 03 đơn vị")).toEqual([{ months: 6 }]);
    expect(spans("báo cáo 6 tháng gửi Sở Nội vụ")).toEqual([{ months: 6 }]);
  });
});

it("the plan's groups and tasks are the quarter's report's figures", () => {
  const text = [
    "UBND TỈNH AN PHÚ",
    "VĂN PHÒNG",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2025",
    "4. Cải cách hành chính, kiểm soát thủ tục hành chính",
    "b) Văn phòng tham mưu Chủ tịch UBND tỉnh ban hành Kế hoạch kiểm soát TTHC 6 tháng cuối năm 2025 với 07 nhóm công việc và 28 nhiệm vụ cụ thể.",
  ].join("\n");
  const bound = boundByLabel(text, REPORT);
  expect([bound("Số nhóm công việc"), bound("Số nhiệm vụ cụ thể")]).toEqual(["07", "28"]);
});
