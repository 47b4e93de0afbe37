/**
 * Rules that read the whole text, or the line before a number, rewritten to read less: they answer as they did.
 * A note's glued mark found from its brackets (endNotes.ts), notes read once per text by each reader, a table laid
 * out with spaces looked for from its gaps (spaceAligned.ts), the line before a correction read back 120 characters
 * at most (corrections.ts), a name's «số» looked at before the name's pattern (nameNumbers.ts), and the clause of a
 * renewal read only for a figure of appointments (vetoRenewal.ts).
 */
import { endNotes, notesReader } from "../../../src/domain/import/meaning/endNotes";
import { hasAlignedGap } from "../../../src/domain/import/meaning/spaceAligned";
import { isCorrection } from "../../../src/domain/import/meaning/corrections";
import { isNameNumber } from "../../../src/domain/import/meaning/nameNumbers";
import { renewalForAppointment } from "../../../src/domain/import/meaning/vetoRenewal";

const NOTED = "Tổ chức 12 cuộc giao ban(1).\n_____\n(1) Gồm 02 cuộc đột xuất.";

describe("a note's mark glued to what it annotates", () => {
  it("is glued after a letter, a «%» or a bracket, before a space, a stop or the text's end", () => {
    expect(endNotes(NOTED)).toHaveLength(1);
    expect(endNotes("đạt 95,31%(1);\n(1) Gồm 02 hồ sơ.")).toHaveLength(1);
    expect(endNotes("Tổ chức 12 cuộc (giao ban)(1)\n(1) Gồm 02 cuộc.")).toHaveLength(1);
  });

  it("is no mark after a digit or a space, nor before a letter", () => {
    expect(endNotes("Tổ chức 12(1).\n(1) Gồm 02 cuộc.")).toEqual([]);
    expect(endNotes("Tổ chức 12 cuộc (1).\n(1) Gồm 02 cuộc.")).toEqual([]);
    expect(endNotes("Tổ chức 12 cuộc(1)x.\n(1) Gồm 02 cuộc.")).toEqual([]);
  });

  it("is read once per text by a reader, and anew for another text", () => {
    const read = notesReader();
    const notes = read(NOTED);
    // The same text built anew (as each recognition builds it): the notes already read.
    expect(read(`${NOTED} `.slice(0, -1))).toBe(notes);
    expect(read(NOTED.replace("(1).", "."))).toEqual([]);
    expect(read(NOTED)).not.toBe(notes);
  });
});

describe("a gap of spaces before a digit, as a table laid out with spaces has", () => {
  it("is one after a letter or a digit", () => {
    expect(hasAlignedGap("Công chức  55")).toBe(true);
    expect(hasAlignedGap("55\u00a0\u00a0 46")).toBe(true);
    expect(hasAlignedGap("Số 𝐀   7")).toBe(true);
  });

  it("is none after punctuation, with one space, or before a letter", () => {
    expect(hasAlignedGap("Công chức:  55")).toBe(false);
    expect(hasAlignedGap("Công chức 55, đang thực hiện 46")).toBe(false);
    expect(hasAlignedGap("55  công chức")).toBe(false);
  });
});

describe("the words of a correction before its number", () => {
  const pad = "x".repeat(130);

  it("are read in the number's line, up to 120 characters before it", () => {
    const text = `Số liệu ${pad}. Đính chính: tiếp nhận 125 hồ sơ.`;
    expect(isCorrection(text, text.indexOf("125"), text.indexOf("125") + 3)).toBe(true);
  });

  it("are not read further back, nor in the line above", () => {
    const far = `Đính chính ${pad} 125 hồ sơ.`;
    expect(isCorrection(far, far.indexOf("125"), far.indexOf("125") + 3)).toBe(false);
    const above = "Đính chính:\ntiếp nhận 125 hồ sơ.";
    expect(isCorrection(above, above.indexOf("125"), above.indexOf("125") + 3)).toBe(false);
  });
});

describe("a number after a name's «số»", () => {
  const at = (t: string, n: string) => isNameNumber(t, t.lastIndexOf(n), t.lastIndexOf(n) + n.length);

  it("is the name's however many spaces stand around «số»", () => {
    expect(at("gồm Phòng Công chứng số  2 và Phòng Công chứng số\u00a01", "2")).toBe(true);
    expect(at("gồm Phòng Công chứng số\u00a01", "1")).toBe(true);
  });

  it("is no name's without «số» right before it", () => {
    expect(at("gồm Phòng Công chứng số 1 và Phòng Công chứng 2", "2")).toBe(false);
    expect(at("gồm Phòng Công chứng sổ 2", "2")).toBe(false);
  });
});

describe("the clause before a renewal", () => {
  it("is read for a figure of appointments", () => {
    const clause = jest.fn(() => "đã bổ nhiệm lại ");
    expect(renewalForAppointment("Số công chức được bổ nhiệm", clause)).toBe(true);
    expect(clause).toHaveBeenCalledTimes(1);
  });

  it("is not read for another figure", () => {
    const clause = jest.fn(() => "đã bổ nhiệm lại ");
    expect(renewalForAppointment("Số công chức được điều động", clause)).toBe(false);
    expect(clause).not.toHaveBeenCalled();
  });
});
