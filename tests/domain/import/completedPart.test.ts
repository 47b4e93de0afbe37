/**
 * A count said done right after a count of the same thing in its sentence is the part finished so far
 * (meaning/completedPart.ts): no figure of how many there are. A plan's tasks in a clerk's words of our own.
 */
import { completedPart, countsCompleted } from "../../../src/domain/import/meaning/completedPart";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const done = (text: string, n: string) => {
  const start = text.lastIndexOf(n);
  return completedPart(text, start, start + n.length);
};

describe("the part done of a whole just stated", () => {
  it("«gồm 20 nhiệm vụ, đã hoàn thành 09 nhiệm vụ», «hoàn thành xong 09»", () => {
    expect(done("Kế hoạch năm 2026 gồm 20 nhiệm vụ, đến nay đã hoàn thành 09 nhiệm vụ.", "09")).toBe(true);
    expect(done("Kế hoạch đề ra 20 nhiệm vụ; hoàn thành xong 09 nhiệm vụ.", "09")).toBe(true);
  });

  it("not without the whole of the same thing before it, nor without «hoàn thành», nor the whole itself", () => {
    expect(done("Trong quý đã hoàn thành 09 nhiệm vụ.", "09")).toBe(false);
    expect(done("Kế hoạch gồm 04 nhóm công việc, đã hoàn thành 09 nhiệm vụ.", "09")).toBe(false);
    expect(done("Kế hoạch gồm 20 nhiệm vụ, đã triển khai 09 nhiệm vụ.", "09")).toBe(false);
    expect(done("Kế hoạch gồm 20 nhiệm vụ, đã hoàn thành 09 nhiệm vụ.", "20")).toBe(false);
  });

  it("a figure of what was completed keeps it", () => {
    expect(countsCompleted("Số nhiệm vụ đã hoàn thành")).toBe(true);
    expect(countsCompleted("Số nhiệm vụ cụ thể")).toBe(false);
  });

  it("the plan's tasks are bound, not the tasks done", () => {
    const value = boundByLabel(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Kiểm soát TTHC: Kế hoạch kiểm soát TTHC năm 2026 gồm 20 nhiệm vụ, đến nay đã hoàn thành 09 nhiệm vụ.\n",
      REPORT,
    );
    expect(value("Số nhiệm vụ cụ thể")).not.toBe("09");
  });
});
