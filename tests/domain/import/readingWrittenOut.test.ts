/**
 * A several-reading short form beside words of both its readings (meaning/abbreviations.ts severalReadingUses): the
 * reading the clerk wrote out in full beside it is not what it stands for. «CC giao⇥CC có mặt⇥VC giao⇥…⇥Cao cấp
 * LLCT»: «CC» is «công chức», for «cao cấp» stands written in full in the same header. Words no corpus document uses.
 */
import { severalReadingUses } from "../../../src/domain/import/meaning/abbreviations";

/** The reading each use of `short` says: its `means`, or null. */
function says(text: string, short: string): Array<string | null> {
  const means = ["công chức", "cao cấp"];
  const tp = ["trưởng phòng", "thành phố"];
  return [...severalReadingUses(text)].filter((u) => u.written === short).map((u) => (u.says === null ? null : (short === "TP" ? tp : means)[u.says]!));
}

describe("a reading written out in full beside a short form", () => {
  it("is not its reading where both readings' words stand around it", () => {
    expect(says("TT\tĐơn vị\tCC giao\tCC có mặt\tVC có mặt\tThạc sĩ\tCao cấp LLCT\tTrung cấp LLCT", "CC")).toEqual(["công chức", "công chức"]);
  });

  it("near-miss: with neither written out, both readings' words leave it unread", () => {
    expect(says("TT\tĐơn vị\tCC giao\tCC có mặt\tVC có mặt\tThạc sĩ\tLLCT\tTrung cấp LLCT", "CC")).toEqual([null, null]);
  });

  it("near-miss: a use with one reading's words keeps it though it is written out beside it", () => {
    expect(says("Bổ nhiệm Trưởng phòng: không; bổ nhiệm Phó TP 03.", "TP")).toEqual(["trưởng phòng"]);
  });
});
