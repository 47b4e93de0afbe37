/**
 * How a telegraphic report («- label: value» lines) shortens the units' staff quota: «SNL việc giao 2026: 36; có mặt:
 * 33» is «số người làm việc (được) giao». Two habits, each with the nearest line it must leave alone:
 * - a phrase's first words by their initials, its last word written out («SNL việc»), read as the one phrase of the
 *   reports' language that fits (meaning/initialsShortForms.ts; the document's readings are read before the shared
 *   synonyms, words.ts, so the phrase read in full meets them);
 * - the passive «được» left out before «giao» (words.ts), but not «giao dịch» (dealing with the public).
 * A Quảng Ngãi clerk's habit, written here in a Bình Định centre's lines.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const quota = (line: string) => boundValue(recognizeFigures(`I. TỔ CHỨC, NHÂN SỰ\n- Lãnh đạo TT: GĐ, 01 PGĐ.\n${line}\n`, REPORT).get(byLabel("Biên chế sự nghiệp được giao").id));
const present = (line: string) => boundValue(recognizeFigures(`I. TỔ CHỨC, NHÂN SỰ\n${line}\n`, REPORT).get(byLabel("Biên chế sự nghiệp đang thực hiện").id));

describe("a quota line shortened by a clerk", () => {
  it("reads «SNL việc giao 2026: 28; có mặt: 26» as the units' quota and those present", () => {
    expect(quota("- SNL việc giao 2026: 28; có mặt: 26 VC.")).toBe("28");
    expect(present("- SNL việc giao 2026: 28; có mặt: 26 VC.")).toBe("26");
  });

  it("reads «SNL việc được giao: 28» with its «được» too", () => {
    expect(quota("- SNL việc được giao: 28.")).toBe("28");
  });

  it("near-match: capitals whose next word is not the phrase's («SNL được giao»), or whose initials spell no phrase («SNN việc»), are not read", () => {
    expect(quota("- SNL được giao 2026: 28.")).toBeNull();
    expect(quota("- SNN việc giao 2026: 28.")).toBeNull();
  });

  it("reads «Số người làm việc giao 2026: 28» without «được» as the quota", () => {
    expect(quota("- Số người làm việc giao 2026: 28.")).toBe("28");
  });

  it("near-match: «số người làm việc giao dịch» (dealing with the public at the desk) is no quota", () => {
    expect(quota("- Số người làm việc giao dịch tại Bộ phận một cửa: 04.")).toBeNull();
  });
});
