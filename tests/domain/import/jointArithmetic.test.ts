/**
 * The form's sums choosing figures together (meaning/jointArithmetic.ts), in other clerks' words than held-out 31
 * that showed it: a province-wide count read for the Centre's resolved files is replaced by the number that makes both
 * of the Centre's sums hold; a received total left between two numbers takes the one its parts add up to. And the other
 * side: a clerk's slip that breaks the sums stays as written (the check must report it), even when the number that
 * would mend it is written elsewhere; small totals are no evidence.
 */
import { neededBy } from "../../../src/domain/import/meaning/jointArithmetic";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { FieldId } from "../../../src/domain/types";
import { REPORT } from "../../support/forms";

const idOf = (suffix: string): FieldId => REPORT.fields.find((f) => f.id.endsWith(suffix))!.id;

function read(text: string) {
  const r = recognizeFigures(text, REPORT);
  return (suffix: string) => {
    const x = r.get(idOf(suffix));
    return x?.state === "bound" ? x.occurrences.map((o) => o.input).join(" | ") : x?.state;
  };
}

describe("figures the form's sums choose together", () => {
  it("replaces an online-filing count read as the Centre's resolved files by the number both sums need", () => {
    const shown = read(
      [
        "c) Tại Trung tâm Phục vụ hành chính công tỉnh",
        "- Hồ sơ tiếp nhận: 8412 hồ sơ (nộp qua cổng dịch vụ công 6120 hồ sơ, đạt 72,75%).",
        "- Đã giải quyết 8020 hồ sơ, đạt 95,34 phần trăm; trong đó 7101 hồ sơ được trả trước hạn, 812 hồ sơ được trả đúng hạn, 107 hồ sơ do công dân rút hoặc bị trả lại.",
        "- Trễ hạn 96 hồ sơ; còn 296 hồ sơ đang giải quyết.",
      ].join("\n"),
    );
    expect(shown("hcc.daGiaiQuyet")).toBe("8020");
    expect(shown("hcc.tiepNhan")).toBe("8412");
    // The share written beside the online count is that count's, not the resolved files' (8020 ÷ 8412 is 95,34 %).
    expect(shown("hcc.tyLeDaGiaiQuyet")).not.toBe("72,75");
  });

  it("settles a received total left between two numbers by its parts", () => {
    const shown = read(
      "Trung tâm Phục vụ hành chính công tỉnh nhận tổng cộng 8412 hồ sơ, riêng trực tuyến là 6120 hồ sơ (72,75%). Số đã giải quyết 8020 hồ sơ, tỷ lệ 95,34 phần trăm, cụ thể: 7101 hồ sơ được giải quyết trước hạn, 812 hồ sơ được giải quyết đúng hạn, 107 hồ sơ tổ chức, cá nhân rút hoặc bị trả lại. Có 96 hồ sơ trễ hạn; đang giải quyết 296 hồ sơ.",
    );
    expect(shown("hcc.tiepNhan")).toBe("8412");
    expect(shown("hcc.daGiaiQuyet")).toBe("8020");
  });

  it("leaves a clerk's slip as written when the number that would mend the sums stands elsewhere", () => {
    const shown = read(
      [
        "3. Trung tâm PVHCC tỉnh",
        "Trung tâm tiếp nhận 8412 hồ sơ; đã giải quyết 8030 hồ sơ, trong đó trước hạn 7101, đúng hạn 812, rút, trả lại 107; trễ hạn 96 hồ sơ; đang giải quyết 296 hồ sơ. Cùng kỳ năm trước, Trung tâm đã giải quyết 8020 hồ sơ.",
      ].join("\n"),
    );
    expect(shown("hcc.daGiaiQuyet")).toBe("8030");
  });

  it("leaves a total that holds in one sum and breaks the other as written", () => {
    const shown = read(
      "Bộ phận Một cửa nhận 53 hồ sơ, đã giải quyết 50 hồ sơ (sớm hạn 21, đúng hạn 30), đang giải quyết 03 hồ sơ; quý trước giải quyết 51 hồ sơ.",
    );
    expect(shown("motCuaVp.daGiaiQuyet")).toBe("50");
  });

  it("computes what a sum needs of a member from the others, or nothing while one is missing", () => {
    const rel = { total: "t" as FieldId, parts: ["a", "b"] as FieldId[] };
    const values = new Map<FieldId, number>([["t" as FieldId, 46], ["a" as FieldId, 44], ["b" as FieldId, 2]]);
    const value = (id: FieldId) => values.get(id) ?? null;
    expect(neededBy(rel, "t" as FieldId, value)).toBe(46);
    expect(neededBy(rel, "a" as FieldId, value)).toBe(44);
    values.delete("b" as FieldId);
    expect(neededBy(rel, "t" as FieldId, value)).toBeNull();
  });
});
