/**
 * A total's act (acts.ts, sums.ts): «nhận được 08 ý kiến, đã trả lời tại hội nghị 06 ý kiến, 02 ý kiến trả lời bằng
 * văn bản» — the opinions received are the 08 the clerk received, though the 06 share «tại hội nghị» with the form's
 * wording. A figure counting the total's act takes the total; a figure counting a part's act still takes its part.
 */
import { actOf, sameAct } from "../../../src/domain/import/meaning/acts";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findSums, totalsNotMeant } from "../../../src/domain/import/meaning/sums";
import { featureSet, syllables } from "../../../src/domain/import/meaning/words";
import { scanHeadings } from "../../../src/domain/import/headings";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const sumsOf = (text: string) => findSums(text, findCandidates(text, findNumbers(text), scanHeadings(text), false));
const bound = (text: string, id: string) => {
  const r = recognizeFigures(`III. THỰC HIỆN DÂN CHỦ\n3. Đối thoại, giải quyết thủ tục\n${text}\n`, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

describe("the act a number counts", () => {
  it("is the last one or two words before it, its trailing function words dropped", () => {
    expect(actOf(syllables("Văn phòng nhận được"))).toEqual(["phòng", "nhận"]);
    expect(actOf(syllables("đã giải quyết"))).toEqual(["giải", "quyết"]);
    expect(actOf(syllables("đã được"))).toBeNull();
  });

  it("is the same when the last word agrees, and the one before where both have two", () => {
    expect(sameAct(["nhận"], ["phòng", "nhận"])).toBe(true);
    expect(sameAct(["giải", "quyết"], ["đã", "quyết"])).toBe(false);
    expect(sameAct(["trả", "lời"], ["nhận"])).toBe(false);
  });
});

describe("a total counting the figure's act", () => {
  const received = "Văn phòng đối thoại với công chức; nhận được 08 ý kiến, đã trả lời tại hội nghị 06 ý kiến, 02 ý kiến trả lời bằng văn bản.";

  it("is the sum's act, unless a part's clause says it again", () => {
    expect(sumsOf(received).map((s) => [s.total.token.text, s.act])).toEqual([["08", ["nhận"]]]);
    const repeated = "Văn phòng nhận 08 ý kiến, nhận tại hội nghị 06 ý kiến, 02 ý kiến bằng văn bản.";
    expect(sumsOf(repeated).map((s) => [s.total.token.text, s.act])).toEqual([["08", undefined]]);
  });

  it("is meant by a figure counting that act, not by one counting a part's act", () => {
    const sums = sumsOf(received);
    const own = featureSet("tại hội nghị");
    expect(totalsNotMeant(sums, own, { acts: [["nhận"]] }).size).toBe(0);
    expect(totalsNotMeant(sums, own, { acts: [["trả", "lời"]] }).size).toBe(1);
  });

  it("binds the opinions received to the total, read in either wording", () => {
    expect(bound(received, "bcdc:doiThoai.soYKien")).toEqual(["08"]);
    expect(bound("Giám đốc Sở đối thoại với công chức; nhận 06 ý kiến, đã trả lời tại hội nghị 05, 01 ý kiến giao Văn phòng nghiên cứu.", "bcdc:doiThoai.soYKien")).toEqual(["06"]);
  });

  it("near-miss: the files returned early keep their part of the files resolved", () => {
    const text = "Tại Trung tâm phục vụ Hành chính công tỉnh đã tiếp nhận 1.284 hồ sơ, trong đó đã giải quyết 1.219 hồ sơ, gồm 806 hồ sơ trả trước hạn, 401 hồ sơ đúng hạn, 12 hồ sơ trễ và quá hạn.";
    expect(bound(text, "bcdc:hcc.truocHan")).toEqual(["806"]);
    expect(bound(text, "bcdc:hcc.daGiaiQuyet")).toEqual(["1.219"]);
  });
});
