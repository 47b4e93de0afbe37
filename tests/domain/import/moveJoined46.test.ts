/**
 * «Sở đã tiếp nhận điều động đến 02 công chức từ UBND các xã» (heldout 1281): received by way of a transfer, which the
 * sentence names right before the number. The count is the transfer's, never the plain receiving's «Tiếp nhận công
 * chức»; a receiving with no transfer named keeps its figure.
 */
import { byAnotherMove } from "../../../src/domain/import/meaning/moveBasis";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const report = (sentence: string) => `BÁO CÁO
Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026
III. CÔNG TÁC CÁN BỘ
Trong quý, ${sentence} đồng thời bổ nhiệm 02 Trưởng phòng và 03 Phó Trưởng phòng; luân chuyển 04 công chức giữa các phòng.
`;
const bound = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

describe("a receiving by way of a transfer", () => {
  it("is never bound as the plain receiving of civil servants", () => {
    const text = report("Sở đã tiếp nhận điều động đến 06 công chức từ UBND các xã về làm việc tại Phòng Quản lý đất đai và điều động đi 03 công chức về UBND các xã, phường;");
    expect(bound(text, "bcdc:tiepNhan.congChuc")).not.toEqual(["06"]);
  });

  it("leaves a plain receiving its figure", () => {
    const text = report("Sở đã tiếp nhận 06 công chức từ UBND các xã về làm việc tại Phòng Quản lý đất đai;");
    expect(bound(text, "bcdc:tiepNhan.congChuc")).toEqual(["06"]);
  });

  it("reads the transfer right before the number, in either wording, and only for the act it follows", () => {
    const at = (text: string) => byAnotherMove("tiếp nhận", "Tiếp nhận công chức", ["tiếp nhận", "điều động"], text, text.indexOf("06") + 2, text.indexOf("06"));
    expect(at("Sở tiếp nhận điều động đến 06 công chức")).toBe(true);
    expect(at("Sở tiếp nhận theo hình thức điều động 06 công chức")).toBe(true);
    expect(at("Sở tiếp nhận 06 công chức")).toBe(false);
    expect(byAnotherMove("điều động", "Điều động đến và bổ nhiệm", ["tiếp nhận", "điều động"], "tiếp nhận điều động đến 06", 26, 24)).toBe(false);
  });
});
