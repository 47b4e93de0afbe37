/**
 * «số người làm việc trong đơn vị sự nghiệp được giao 10» is the service units' staff quota written without «lượng»
 * (693); «Tổng số người làm việc trong các đơn vị sự nghiệp là 12.417 người» counts who works in a sector's units, no
 * quota (331).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const HEAD = "UBND TỈNH THÁI NGUYÊN\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\n\nBÁO CÁO\n\nI. TÌNH HÌNH CHUNG\n\n";

function quota(text: string): string | null {
  return boundValue(recognizeFigures(HEAD + text, REPORT).get("bcdc:bienChe.suNghiepGiao"));
}

describe("the service units' quota in the law's words", () => {
  it("binds «số người làm việc trong đơn vị sự nghiệp được giao»", () => {
    expect(quota("Năm 2026, Ban Quản lý được giao 42 biên chế công chức, có mặt 39 người; số người làm việc trong đơn vị sự nghiệp được giao 10, có mặt 09 người; hợp đồng lao động 05 người.\n")).toBe("10");
  });

  it("near-miss: the people working in a sector's units, with no «được giao», are no quota", () => {
    expect(quota("Sở quản lý 32 đơn vị sự nghiệp trực thuộc. Tổng số người làm việc trong các đơn vị sự nghiệp là 12.417 người (trong đó viên chức 11.209, hợp đồng lao động 1.208).\n")).toBeNull();
  });
});
