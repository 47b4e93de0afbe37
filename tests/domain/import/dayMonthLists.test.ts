/**
 * Days written without their year in a list of dates («các ngày 22/9, 06/10, 20/10 và 01/12/2025») are dates, not
 * fractions of counts: held-out 492 had its giao ban count taken from «06/10». Both sides: fractions of counts, a
 * lone pair, and a list of fractions with no «ngày» and no closing date are read as before.
 */
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const counts = (text: string) => findNumbers(text).filter((t) => t.kind === "count").map((t) => t.text);
const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const meetings = (line: string) =>
  recognizeFigures(`II. KẾT QUẢ THỰC HIỆN\n2. Về giao ban: ${line}\n`, QUARTERLY).get("bcdc:giaoBan.soCuoc");

describe("days in a list of dates", () => {
  it("are no counts when the list is led by «ngày» or closed by a date with its year", () => {
    expect(counts("đã họp giao ban vào các ngày 22/9, 06/10, 20/10, 03/11, 17/11 và 01/12/2025, do Chủ tịch chủ trì")).toEqual([]);
    expect(counts("tổ chức vào ngày 05/3 và 19/3 tại hội trường")).toEqual([]);
    expect(counts("họp các buổi 22/9, 06/10 và 01/12/2025")).toEqual([]);
  });

  it("leave fractions of counts, a lone pair and an unled list of fractions as they were", () => {
    expect(counts("đạt 27/31 lượt; 46/55 biên chế")).toEqual(["27", "31", "46", "55"]);
    expect(counts("trong quý đã họp 06/10 cuộc giao ban theo kế hoạch")).toEqual(["06", "10"]);
    expect(counts("phát sinh tại 03/12 xã, 05/11 phường")).toEqual(["03", "12", "05", "11"]);
    expect(counts("số liệu từ ngày 15/9 đến ngày 14/12/2025")).toEqual(["15", "9"]);
  });

  it("no longer give the giao ban count, while a count written beside them still does", () => {
    expect(meetings("trong quý đã họp giao ban vào các ngày 22/9, 06/10, 20/10 và 01/12/2025.")?.state).toBe("notFound");
    expect(boundValue(meetings("trong quý đã họp 04 cuộc giao ban vào các ngày 22/9, 06/10, 20/10 và 01/12/2025."))).toBe("04");
  });
});
