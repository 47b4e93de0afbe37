/**
 * «phát sinh tại 38/124 xã, phường (tháng trước: 41/124 xã, phường)»: a text figure followed by a bracket setting
 * another period's figures beside it is the figure before the bracket (textClauses.ts withoutOtherPeriodsBracket).
 */
import { withoutOtherPeriodsBracket } from "../../../src/domain/import/textClauses";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const HEAD = "BÁO CÁO\nKết quả tiếp công dân tháng 6/2026\n\n4. Cấp xã\n\n";
const PLACES = "Các huyện phát sinh tiếp công dân";

describe("another period's bracket closing a text figure", () => {
  it("cuts a closing bracket of last month's or the same period's figures", () => {
    const s = "38/124 xã, phường (tháng trước: 41/124 xã, phường)";
    expect(s.slice(0, withoutOtherPeriodsBracket(s))).toBe("38/124 xã, phường");
    const t = "các xã A, B (cùng kỳ năm 2025: 05 xã)";
    expect(t.slice(0, withoutOtherPeriodsBracket(t))).toBe("các xã A, B");
  });

  it("keeps a bracket that is no other period's figures, or one not closing the text", () => {
    for (const s of ["38/124 xã, phường (gồm xã A, xã B)", "các xã A (tháng trước: 02 lượt), B", "(tháng trước: 41/124 xã)"]) {
      expect(withoutOtherPeriodsBracket(s)).toBe(s.length);
    }
  });

  it("the places this month are bound without last month's", () => {
    const bound = boundByLabel(`${HEAD}Việc tiếp công dân phát sinh tại 38/124 xã, phường (tháng trước: 41/124 xã, phường); nhiều nhất là phường A 06 lượt.\n`, MONTHLY);
    expect(bound(PLACES)).toBe("38/124 xã, phường");
    const kept = boundByLabel(`${HEAD}Việc tiếp công dân phát sinh tại 38/124 xã, phường (gồm 30 xã, 8 phường); nhiều nhất là phường A 06 lượt.\n`, MONTHLY);
    expect(kept(PLACES)).toBe("38/124 xã, phường (gồm 30 xã, 8 phường)");
  });
});
