/**
 * A list the report writes as prose («A, B và C»), read into items. Walk finding (walk43, 4): «…và 01 đơn vị sự
 * nghiệp là Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp» was read as two units, so the pane counted 02 and
 * doubted the report's correct 01. A unit's own name holds «và» and commas; the items are units.
 */
import { parseField } from "../../src/domain/fieldValues";
import { listInStyleOf } from "../../src/domain/listStyle";
import { validateFigures } from "../../src/domain/validate";
import { REPORT } from "../support/forms";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../fixtures/referenceReport";

const units = REPORT.byId.get("bcdc:donViSuNghiep.danhSach")!;
const items = (text: string): string[] => {
  const parsed = parseField(units, text);
  return parsed.ok && parsed.value?.kind === "list" ? parsed.value.items : [];
};

describe("a list written as prose", () => {
  it.each([
    "Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp",
    "Trung tâm Khuyến công và Xúc tiến thương mại",
    "Trung tâm Thông tin và Tư vấn dân tộc, tôn giáo",
    "Văn phòng HĐND và UBND xã",
  ])("keeps one unit whose name holds «và» or a comma as one: %s", (name) => {
    expect(items(name)).toEqual([name]);
  });

  it("splits at «và» before another unit, and at commas before a capital", () => {
    expect(items("Trung tâm Thông tin - Công báo và Nhà khách UBND tỉnh")).toEqual(["Trung tâm Thông tin - Công báo", "Nhà khách UBND tỉnh"]);
    expect(items("Bảo tàng tỉnh, Thư viện tỉnh, Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh")).toEqual([
      "Bảo tàng tỉnh",
      "Thư viện tỉnh",
      "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh",
    ]);
    expect(items("Phòng A, Phòng B, và Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp")).toEqual([
      "Phòng A",
      "Phòng B",
      "Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp",
    ]);
  });

  it("still reads items that are not units, «A, B và C», as three", () => {
    expect(items("A, B và C")).toEqual(["A", "B", "C"]);
  });

  it("counts the one centre as 01, as the report says", () => {
    const raw = { ...REFERENCE_FIGURES, [units.id]: "Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp" };
    expect(validateFigures(REPORT, raw, REFERENCE_PERIOD).values.get("bcdc:donViSuNghiep.so")).toEqual({ kind: "number", value: 1 });
  });

  it("reads back what the pane writes in the report's own style", () => {
    const lists = [
      ["Trung tâm Thông tin và Tư vấn dân tộc, tôn giáo", "Phòng Tổng hợp"],
      ["Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp", "Nhà khách UBND tỉnh", "Trung tâm Khuyến công và Xúc tiến thương mại"],
    ];
    for (const list of lists) expect(items(listInStyleOf(list, "A, B và C")!)).toEqual(list);
  });
});
