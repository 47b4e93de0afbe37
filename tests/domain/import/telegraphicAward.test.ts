/**
 * Held-out 1091 (a busy clerk's bullets): «• BK Bộ trưởng Bộ KH&CN (đã nhận): 01 tập thể; 03 cá nhân» is the
 * minister's award, its giver written right after its title, and was read as the collective award for the council's
 * activities (the only collective count of the form). A giver right after the title gives it, as «của» did.
 */
import { awardAt } from "../../../src/domain/import/meaning/vetoAward";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const at = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return awardAt(text, start, start + figure.length);
};

describe("an award whose giver follows its title", () => {
  it("is that giver's", () => {
    expect(at("• BK Bộ trưởng Bộ KH&CN (đã nhận): 01 tập thể; 03 cá nhân.", "01")).toEqual({ title: "bằng khen", giver: "bộ trưởng" });
    expect(at("- Bằng khen của Chủ tịch UBND tỉnh: 02 tập thể.", "02")).toEqual({ title: "bằng khen", giver: "chủ tịch" });
  });

  it("near-miss: a giver further on, after other words, is not the title's", () => {
    expect(at("- Bằng khen đề nghị cho tập thể phòng, Chủ tịch dự: 02 tập thể.", "02").giver).toBeNull();
  });

  it("is not bound as the council's collective award", () => {
    const text = "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\n3. Thi đua, khen thưởng\n• BK Bộ trưởng Bộ KH&CN (đã nhận): 01 tập thể; 03 cá nhân.\n";
    expect(recognizeFigures(text, REPORT).get("bcdc:khenThuong.hdndTapThe")?.state).not.toBe("bound");
  });
});
