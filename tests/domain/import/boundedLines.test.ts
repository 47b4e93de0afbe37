import { LONGEST_LINE, withBoundedLines } from "../../../src/domain/import/boundedLines";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { REFERENCE_TEXT } from "../../fixtures/referenceText";
import { charactersRead } from "../../support/charactersRead";

describe("over-long lines", () => {
  it("leaves a report whose lines are paragraphs as it is", () => {
    expect(withBoundedLines(REFERENCE_TEXT)).toBe(REFERENCE_TEXT);
  });

  it("cuts a line of megabytes at clause ends, keeping every character's place", () => {
    const line = "Tiếp nhận 12 hồ sơ, đạt 95,06%; ".repeat(2000);
    const read = withBoundedLines(line);
    expect(read.length).toBe(line.length);
    const lines = read.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(LONGEST_LINE);
    // Each cut is the space after a «;», nothing else changed.
    for (let i = 0; i < line.length; i++) if (read[i] !== line[i]) expect([line[i - 1], line[i], read[i]]).toEqual([";", " ", "\n"]);
  });

  it("cuts at a space when no clause ends, and not at all without one", () => {
    const words = "hồ sơ ".repeat(3000);
    expect(Math.max(...withBoundedLines(words).split("\n").map((l) => l.length))).toBeLessThanOrEqual(LONGEST_LINE);
    const solid = "9".repeat(3 * LONGEST_LINE);
    expect(withBoundedLines(solid)).toBe(solid);
  });

  it("reads such a line with the work of the same clauses written one per line", () => {
    // Characters handed to the string and regex primitives per character of text (tests/support/charactersRead.ts),
    // counted, never timed. One 512 000-character line read with its line cut: about 1.4 times its clauses written
    // one per line; each number looking back to the line's start (the line not cut) made it about 34 times.
    const clause = "Tiếp nhận 12 hồ sơ, đạt 95,06%; ";
    const perCharacter = (text: string) => charactersRead(() => recognizeFigures(text, REPORT)) / text.length;
    const line = perCharacter(clause.repeat(16000));
    const paragraphs = perCharacter(Array.from({ length: 16000 }, () => clause.trimEnd()).join("\n"));
    expect(paragraphs).toBeGreaterThan(0);
    expect(line / paragraphs).toBeLessThan(3);
  });
});
