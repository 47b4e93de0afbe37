/**
 * A level's paragraph telling its sessions day by day gives each count for its day, not the month's (datedSessions.ts);
 * one dated sentence alone may be the month's only session. A Hà Nam clerk's lines, not the held-out report's.
 */
import { datedSession } from "../../../src/domain/import/meaning/datedSessions";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const at = (text: string, n: string) => datedSession(text, text.indexOf(n));

const DAYS =
  "Lãnh đạo UBND tỉnh: ngày 10/3/2026, Chủ tịch UBND tỉnh tiếp định kỳ 02 lượt với 05 người. Ngày 21/3/2026, Phó Chủ tịch UBND tỉnh tiếp đột xuất 01 đoàn 09 người.";

describe("sessions told day by day", () => {
  it("reads each dated sentence's counts as its day's", () => {
    expect(at(DAYS, "05 người")).toBe(true);
    expect(at(DAYS, "09 người")).toBe(true);
  });

  it("near-match: one dated sentence, or a count after the days are told, is not judged", () => {
    expect(at("Lãnh đạo UBND tỉnh: ngày 10/3/2026, Chủ tịch UBND tỉnh tiếp 02 lượt với 05 người.", "05 người")).toBe(false);
    expect(at(`${DAYS} Tổng cộng lãnh đạo tỉnh tiếp 03 lượt với 14 người.`, "14 người")).toBe(false);
  });

  it("leaves the province leaders' people to the clerk rather than take one day's", () => {
    const r = recognizeFigures(`2. Các cấp\n${DAYS}\n`, MONTHLY).get("tcd:tinh.nguoi");
    expect(boundValue(r)).not.toBe("05");
  });
});
