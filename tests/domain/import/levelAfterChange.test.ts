/**
 * A level written after its change (levelAfterChange.ts): «thạc sĩ tăng 03 người so với quý trước, nâng tổng số lên 47
 * người». Sentences in other words than the held-out report's.
 */
import { subjectOfChange } from "../../../src/domain/import/meaning/levelAfterChange";
import { readFields } from "../../support/readFields";

const TITLE = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const read = (text: string, ...ids: string[]): string[] => readFields(TITLE + text, ...ids);
const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });

describe("the subject of a change is its level's (levelAfterChange.ts)", () => {
  it("«X tăng N …, lên M» and «X giảm N (…), còn M»: M is X's figure", () => {
    const text = "I. TÌNH HÌNH\n2. Biên chế\nVề trình độ chuyên môn: thạc sĩ tăng 02 người so với quý I, lên 19 người; đại học giảm 01 người (nghỉ hưu), còn 40 người.\n";
    expect(read(text, "trinhDo.thacSi", "trinhDo.daiHoc")).toEqual(["19", "40"]);
    expect(subjectOfChange(text, at(text, "02"), at(text, "19"))).toEqual(["thạc", "sĩ"]);
    expect(subjectOfChange(text, at(text, "01"), at(text, "40"))).toEqual(["đại", "học"]);
  });

  it("near: a change right after a comma has no subject of its own; a number not given as the level takes none", () => {
    const share = "Đã giải quyết 1.120 hồ sơ, tăng 31 hồ sơ so với quý trước, đạt 96,10%.";
    expect(subjectOfChange(share, at(share, "31"), at(share, "96,10%"))).toEqual([]);
    const notLevel = "thạc sĩ tăng 02 người so với quý I, trong đó 19 người học tại chỗ.";
    expect(subjectOfChange(notLevel, at(notLevel, "02"), at(notLevel, "19"))).toEqual([]);
    const noChange = "thạc sĩ có 02 người đi học, lên 19 người.";
    expect(subjectOfChange(noChange, at(noChange, "02"), at(noChange, "19"))).toEqual([]);
    const text = "I. TÌNH HÌNH\n2. Biên chế\nVề trình độ chuyên môn: thạc sĩ tăng 02 người so với quý I, trong đó 19 người học tại chỗ.\n";
    expect(read(text, "trinhDo.thacSi")[0]).not.toBe("19");
  });
});
