/**
 * Letters typed in a number box: the message says what the box expects, in its own kind, with an example in the
 * house style (walk finding: «"abc" không phải là số.» alone left the clerk guessing what to type).
 */
import { parseField } from "../../src/domain/fieldValues";
import type { FieldDef, FieldKind } from "../../src/domain/types";

const field = (kind: FieldKind): FieldDef => ({ id: "x:y", label: "Y", kind, section: "I" });
const messageOf = (kind: FieldKind, text: string) => {
  const parsed = parseField(field(kind), text);
  return parsed.ok ? undefined : parsed.message;
};

describe("what a number box expects, said when it is given letters", () => {
  it.each([
    ["count", "abc", "«abc» không phải là số. Nhập số nguyên, ví dụ 9.780."],
    ["count", "bảy mươi bảy", "«bảy mươi bảy» không phải là số. Nhập số nguyên, ví dụ 9.780."],
    // A share typed in a count's box (walk finding): said to be a share, not «không phải là số».
    ["count", "95.06%", "«95.06%» là tỷ lệ; ô này nhập số lượng, ví dụ 9.780."],
    ["count", "95,06 %", "«95,06 %» là tỷ lệ; ô này nhập số lượng, ví dụ 9.780."],
    ["percent", "abc", "«abc» không phải là số. Nhập tỷ lệ, ví dụ 95,06%."],
    ["percent", "chín lăm %", "«chín lăm» không phải là số. Nhập tỷ lệ, ví dụ 95,06%."],
    ["year", "abc", "Năm phải gồm 4 chữ số, ví dụ 2026."],
    ["date", "abc", "Ngày phải viết dạng ngày/tháng/năm, ví dụ 14/3/2026."],
  ] as const)("%s box given «%s»", (kind, text, message) => {
    expect(messageOf(kind, text)).toBe(message);
  });

  it("gives every kind that reads a number an example of what to type", () => {
    for (const kind of ["count", "percent", "year", "date"] as const) expect(messageOf(kind, "abc")).toMatch(/ví dụ \d/);
  });

  it("does not add an example twice where the message already shows how to write the number", () => {
    expect(messageOf("count", "9.78")).toBe("Số này phải là số nguyên; dấu chấm tách hàng nghìn cần đủ 3 chữ số sau nó, ví dụ 9.780.");
    expect(messageOf("percent", "95,0,6")).toBe("Cách viết số chưa đúng: dùng dấu phẩy cho phần thập phân, ví dụ 95,06.");
  });

  it("keeps a long text short in the message: the excerpt, then the example", () => {
    expect(messageOf("count", "một nghìn chín trăm tám mươi")).toBe("«một nghìn chín trăm …» không phải là số. Nhập số nguyên, ví dụ 9.780.");
  });
});
