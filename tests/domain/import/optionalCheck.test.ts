/**
 * checkReport with figures a form marks «không bắt buộc»: a report that leaves an optional group out is read in full
 * (`complete`, exit 0), shows the group apart, and lists a check that needs it as not applicable, never as run; a
 * report that states half a group owes the rest. On the monthly form: Đắk Nông's November 2020 issue (no reception
 * board figures) is complete again; Hà Tĩnh's April 2025 issue still binds them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { definitionFromForm } from "../../../src/domain/form/toDefinition";
import { checkReport } from "../../../src/domain/import/checkReport";
import { renderCheck } from "../../../src/domain/import/render";
import { builtInDefinition, tinyForm } from "../../support/forms";

const RECEPTION = definitionFromForm(
  tinyForm(
    [
      { id: "luot", label: "Lượt lãnh đạo tiếp", kind: "count", section: "I", unit: "lượt", wording: ["lãnh đạo tiếp {N} lượt"] },
      { id: "nguoi", label: "Người được lãnh đạo tiếp", kind: "count", section: "I", unit: "người", wording: ["lãnh đạo tiếp {n} lượt với {N} người"] },
      { id: "txLuot", label: "Lượt tiếp thường xuyên", kind: "count", section: "II", unit: "lượt", wording: ["Trụ sở tiếp thường xuyên {N} lượt"] },
      { id: "txNguoi", label: "Người được tiếp thường xuyên", kind: "count", section: "II", unit: "người", wording: ["Trụ sở tiếp thường xuyên {n} lượt với {N} người"] },
    ],
    [{ id: "tx.luotNguoi", kind: "atMost", small: "txLuot", big: "txNguoi", severity: "error" }],
    {
      formatVersion: 2,
      sections: [
        { id: "I", number: "1", title: "Lãnh đạo tiếp", subsections: [{ id: "I", number: "1", title: "Lãnh đạo tiếp" }] },
        { id: "II", number: "2", title: "Tiếp thường xuyên", optional: true, subsections: [{ id: "II", number: "2", title: "Tiếp thường xuyên" }] },
      ],
    },
  ),
);
const TITLE = "BÁO CÁO tình hình tiếp công dân quý I năm 2026";

describe("checkReport with an optional section", () => {
  it("reads a report that leaves the whole section out as complete, and says the check needing it did not apply", () => {
    const check = checkReport(`${TITLE}\nTrong quý, lãnh đạo tiếp 05 lượt với 07 người.`, { report: RECEPTION });
    expect([check.typedBound, check.typedTotal, check.complete]).toEqual([2, 4, true]);
    expect(check.leftOut).toEqual(["bcdc:txLuot", "bcdc:txNguoi"]);
    expect(check.unchecked).toEqual([]);
    expect(check.leftOutChecks).toEqual([
      {
        key: "unchecked:tx.luotNguoi",
        message: "Không kiểm tra điều kiện «Lượt tiếp thường xuyên» không vượt quá «Người được tiếp thường xuyên»: văn bản không nêu «Lượt tiếp thường xuyên», «Người được tiếp thường xuyên» (không bắt buộc).",
        missing: ["bcdc:txLuot", "bcdc:txNguoi"],
        leftOut: true,
      },
    ]);
    const printed = renderCheck("a.txt", check).split("\n");
    expect(printed).toContain("Số liệu nhận ra: 2/4 ô nhập liệu, 2 ô không bắt buộc văn bản không nêu.");
    expect(printed).toContain("Không bắt buộc, văn bản không nêu: Lượt tiếp thường xuyên; Người được tiếp thường xuyên.");
    expect(printed.some((line) => line.startsWith("Không tìm thấy"))).toBe(false);
    expect(printed).toContain("  [KHÔNG ÁP DỤNG] " + check.leftOutChecks[0]!.message);
    // Never «Không phát hiện vấn đề nào.» alone while a check did not run.
    expect(printed).toContain("Không phát hiện vấn đề nào (1 kiểm tra không áp dụng: văn bản không nêu số liệu không bắt buộc cần cho chúng).");
  });

  it("owes the rest of the section once the report states part of it: read in part, the check not run", () => {
    const check = checkReport(`${TITLE}\nTrong quý, lãnh đạo tiếp 05 lượt với 07 người. Trụ sở tiếp thường xuyên 12 lượt.`, { report: RECEPTION });
    expect(check.figures.find((f) => f.id === "bcdc:txLuot")?.state).toBe("bound");
    expect(check.complete).toBe(false);
    expect(check.leftOut).toEqual([]);
    expect(check.leftOutChecks).toEqual([]);
    expect(check.unchecked.map((u) => u.message)).toEqual([
      "Không kiểm tra được điều kiện «Lượt tiếp thường xuyên» không vượt quá «Người được tiếp thường xuyên»: thiếu «Người được tiếp thường xuyên».",
    ]);
    expect(renderCheck("b.txt", check)).toContain("Không tìm thấy: Người được tiếp thường xuyên.");
  });

  it("runs the check when the section is stated whole", () => {
    const check = checkReport(`${TITLE}\nLãnh đạo tiếp 05 lượt với 07 người. Trụ sở tiếp thường xuyên 12 lượt với 10 người.`, { report: RECEPTION });
    expect([check.typedBound, check.complete, check.leftOut, check.unchecked, check.leftOutChecks]).toEqual([4, true, [], [], []]);
    expect(check.problems.map((p) => [p.key, p.severity])).toEqual([["tx.luotNguoi", "error"]]);
  });
});

describe("the monthly form's reception-board section («không bắt buộc»)", () => {
  const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
  const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus/second-form", name), "utf8");

  it("Đắk Nông's November 2020 issue never states them and is read in full", () => {
    const check = checkReport(corpus("daknong-tcd-2020-11-viet-lai.txt"), { report: MONTHLY });
    expect([check.typedBound, check.typedTotal, check.complete, check.errors]).toEqual([19, 21, true, 0]);
    expect(check.leftOut).toEqual(["tcd:thuongXuyen.luot", "tcd:thuongXuyen.nguoi"]);
  });

  it("Hà Tĩnh's April 2025 issue still has its regular reception figures bound", () => {
    const check = checkReport(corpus("38-ha-tinh-tcd-2025-04-tin-cong-thong-tin.txt"), { report: MONTHLY });
    const bound = (id: string) => check.figures.find((f) => f.id === id);
    expect(bound("tcd:thuongXuyen.luot")).toMatchObject({ state: "bound", places: [expect.objectContaining({ text: "38" })] });
    expect(bound("tcd:thuongXuyen.nguoi")).toMatchObject({ state: "bound", places: [expect.objectContaining({ text: "45" })] });
    expect(check.leftOut).toEqual([]);
  });
});
