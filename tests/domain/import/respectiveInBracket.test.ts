/**
 * «…, sau khi hợp nhất ba Văn phòng (trước đó lần lượt là 41, 37 và 29 biên chế), là 96 biên chế»: a respective list
 * opened inside a bracket pairs the bracket's own words with its figures (meaning/respective.ts), never the labels of
 * the sentence the bracket interrupts, which would claim the sentence's figure for its first number.
 */
import { respectiveLists } from "../../../src/domain/import/meaning/respective";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const labelsOf = (text: string) => respectiveLists(text).map((l) => l.labels);

describe("a respective list inside a bracket", () => {
  it("takes its labels inside the bracket, or none", () => {
    expect(labelsOf("Số biên chế công chức được giao năm 2026, sau khi hợp nhất hai Văn phòng (trước đó lần lượt là 41 và 37 biên chế), là 78 biên chế")).toEqual([null]);
    expect(labelsOf("Số người làm việc theo hợp đồng (lái xe, bảo vệ lần lượt là 12 và 15 người)")[0]).toEqual(["lái xe", "bảo vệ"]);
  });

  it("leaves the sentence's own figure to its subject", () => {
    const value = boundByLabel(
      "I. ĐẶC ĐIỂM, TÌNH HÌNH\nSố biên chế công chức mà UBND tỉnh giao cho Văn phòng năm 2026, sau khi hợp nhất ba Văn phòng (trước đó lần lượt là 41, 37 và 29 biên chế), là 96 biên chế.\n",
      REPORT,
    );
    expect(value("Biên chế công chức được giao")).toBe("96");
  });
});
