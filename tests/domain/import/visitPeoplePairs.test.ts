/**
 * «06 lượt, 07 người», «41 lượt với 57 người», «06 lượt/07 người»: the people written right after bound visits are the
 * people figure the form pairs with those visits (meaning/visitPeoplePairs.ts). Sentences reworded from the corpus's
 * Trà Vinh and Nghệ An issues (other connectives, order, numbering), and near-matches that must not bind.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { visitPeoplePairs } from "../../../src/domain/import/meaning/visitPeoplePairs";
import { boundValue } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function read(text: string) {
  const r = recognizeFigures(text, MONTHLY);
  return (label: string) => {
    const field = MONTHLY.fields.find((f) => f.label === label);
    if (!field) throw new Error(label);
    return boundValue(r.get(field.id));
  };
}

const label = (id: string) => MONTHLY.byId.get(`tcd:${id}`)!.label;

describe("people written right after their visits", () => {
  it("pairs read from the form's data: each level's «lượt ≤ người» rule, the sums over the levels, last month's carried pair", () => {
    const pairs = [...visitPeoplePairs(MONTHLY)].map(([v, p]) => [MONTHLY.byId.get(v)!.label, MONTHLY.byId.get(p)!.label]);
    expect(pairs).toContainEqual([label("tinh.luot"), label("tinh.nguoi")]);
    expect(pairs).toContainEqual([label("tong.luot"), label("tong.nguoi")]);
    expect(pairs).toContainEqual([label("soSanh.luotThangTruoc"), label("soSanh.nguoiThangTruoc")]);
    // The periodic and unplanned visits have no people of their own in the form.
    expect(pairs.map(([v]) => v)).not.toContain(label("tong.dinhKy"));
    expect(visitPeoplePairs(builtInDefinition("bao-cao-dan-chu-quy")).size).toBe(0);
  });

  it("after «,», «với», a count in words, in a numbered list", () => {
    const got = read(
      "1. Tổng số: các cấp tiếp 41 (bốn mươi mốt) lượt với 57 người; trong đó tiếp định kỳ 33 lượt, tiếp đột xuất 08 lượt.\n" +
        "2. Lãnh đạo UBND tỉnh: 01 (một) lượt, 04 người.\n" +
        "3. Thủ trưởng các sở, ngành: 06 (sáu) lượt, 07 người (định kỳ 04, đột xuất 02).\n" +
        "4. Chủ tịch UBND cấp huyện: 34 lượt, 46 người (định kỳ 28, đột xuất 06).\n",
    );
    expect(got(label("tong.luot"))).toBe("41");
    expect(got(label("tong.nguoi"))).toBe("57");
    expect(got(label("tinh.nguoi"))).toBe("04");
    expect(got(label("so.luot"))).toBe("06");
    expect(got(label("so.nguoi"))).toBe("07");
  });

  it("after «và» and «/», the sentences in another order", () => {
    const got = read("Thủ trưởng các sở, ngành đã tiếp 06 lượt/07 người.\nTổng hợp chung: các cấp đã tiếp 41 lượt và 57 người.\n");
    expect(got(label("so.nguoi"))).toBe("07");
    expect(got(label("tong.nguoi"))).toBe("57");
  });

  it("near-match: not another unit, not past a bracket between the two", () => {
    const got = read(
      "Lãnh đạo UBND tỉnh: 01 lượt, 04 đoàn.\n" +
        "Thủ trưởng các sở, ngành: 06 lượt (định kỳ 04), 07 người.\n",
    );
    expect(got(label("tinh.luot"))).toBe("01");
    expect(got(label("tinh.nguoi"))).toBeNull();
    expect(got(label("so.nguoi"))).toBeNull();
  });
});
