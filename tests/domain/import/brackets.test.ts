/**
 * Brackets as clerks write them: around a number alone («(34) thạc sĩ»), which only sets it off, and an aside after a
 * count («78 biên chế công chức (hiện có 71 người)»), which says more of the same thing. And the other side: brackets
 * with words of their own keep them, and an aside with its own description takes nothing from the count before.
 */
import { findNumbers } from "../../../src/domain/import/numbers";
import { findCandidates, type Candidate } from "../../../src/domain/import/meaning/candidates";
import { describeAsides } from "../../../src/domain/import/meaning/bracketAside";
import { loneBracketMarks } from "../../../src/domain/import/meaning/loneBrackets";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const candidates = (text: string): Candidate[] => {
  const found = findCandidates(text, findNumbers(text), [], false);
  describeAsides(text, found);
  return found;
};
const near = (cs: Candidate[], value: string, word: string) => cs.find((c) => c.token.text === value)?.near.get(word) ?? 0;

const value = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

describe("a number alone in brackets", () => {
  it("marks only brackets around a number alone", () => {
    const text = "có (34) thạc sĩ, ( 1.205 ) hồ sơ (hiện có 71 người)";
    expect([...loneBracketMarks(text)].map((i) => text[i])).toEqual(["(", ")", "(", ")"]);
  });

  it("is described by the words after it, as if the brackets were not there", () => {
    const text = "Đội ngũ công chức, viên chức có 02 tiến sĩ, (34) thạc sĩ và 41 người có trình độ đại học.";
    const cs = candidates(text);
    expect(near(cs, "34", "thạc sĩ")).toBe(1);
    expect(near(cs, "34", "tiến sĩ")).toBe(0);
    expect(near(cs, "41", "thạc sĩ")).toBe(0);
    expect(value(text, "bcdc:trinhDo.thacSi")).toEqual(["34"]);
    expect(value(text, "bcdc:trinhDo.daiHoc")).toEqual(["41"]);
  });

  it("keeps a bracket with words in it a clause of its own", () => {
    const cs = candidates("đã giải quyết 90 hồ sơ (trước hạn 61 hồ sơ)");
    expect(near(cs, "61", "giải quyết")).toBe(0);
  });
});

describe("a count in an aside after another count", () => {
  const text = "Về biên chế, Văn phòng được giao 78 biên chế công chức (hiện có 71 người), 24 biên chế sự nghiệp (hiện có 22 người).";

  it("takes what the count before the bracket counts", () => {
    const cs = candidates(text);
    // In full since the present figure after a group's quota is that group's own (staffPairs.ts); 0.6 before.
    expect(near(cs, "71", "công chức")).toBe(1);
    expect(near(cs, "22", "sự nghiệp")).toBe(1);
    expect(near(cs, "22", "công chức")).toBe(0);
    expect(value(text, "bcdc:bienChe.congChucThucHien")).toEqual(["71"]);
    expect(value(text, "bcdc:bienChe.suNghiepThucHien")).toEqual(["22"]);
  });

  it("takes nothing when the bracket says its own words first, nor for a percentage", () => {
    const text = "tổng số hồ sơ tiếp nhận 12.530 hồ sơ (trong đó: tiếp nhận mới 12.474 hồ sơ); đã giải quyết 90 hồ sơ (đạt 92,8%)";
    const plain = findCandidates(text, findNumbers(text), [], false).map((c) => [...c.near]);
    const cs = candidates(text);
    expect(cs.map((c) => [...c.near])).toEqual(plain);
    expect(near(cs, "12.474", "hồ sơ tiếp")).toBe(0);
  });
});
