/**
 * The names a clause counts (meaning/names.ts countedRun): «giúp đỡ 02 xã: xã A, xã B» is one value, the run as
 * written, when the clause's count of the noun equals the names outside brackets; a clause counting and naming as many
 * is the statement itself, over a bare mention of another place. A count in the cell before a name is another cell's.
 */
import { findNames } from "../../../src/domain/import/meaning/names";
import { tinyReport } from "../../support/forms";

const report = tinyReport([{ id: "tenXa", label: "Tên xã được giúp đỡ", kind: "text", section: "I" }]);

function found(text: string): string[] | undefined {
  return findNames(text, report).get("bcdc:tenXa")?.map((s) => s.input);
}

describe("names a clause counts", () => {
  it("reads the run of as many names as the count, joined by commas and «và», as written", () => {
    expect(found("Văn phòng tiếp tục giúp đỡ 02 xã: xã Bàn Tân Định, xã Thạnh Lộc (đến 30/6 bàn giao).")).toEqual(["xã Bàn Tân Định, xã Thạnh Lộc"]);
    expect(found("Tiếp tục giúp đỡ 03 xã: xã Bản Lầu, xã Mường Khương và xã Pha Long; hỗ trợ 05 xã khác.")).toEqual(["xã Bản Lầu, xã Mường Khương và xã Pha Long"]);
  });

  it("leaves a bracket's names as an aside on the name before", () => {
    expect(found("Tiếp tục giúp đỡ 01 xã là xã Yên Xuân (xã mới hợp nhất từ các xã Yên Bình, Yên Trung cũ).")).toEqual(["xã Yên Xuân"]);
  });

  it("prefers the counted clause to another body's bare mention", () => {
    expect(found("Văn phòng được phân công giúp đỡ 01 xã là xã Lùng Tám. (Văn phòng UBND tỉnh giúp đỡ xã Minh Tân.)")).toEqual(["xã Lùng Tám"]);
  });

  it("reads a name in a table's cell after the count's cell", () => {
    expect(found("6\tXã được phân công giúp đỡ\tXã\t01\tXã Lao Chải")).toEqual(["Xã Lao Chải"]);
  });

  it("near-match: names that disagree with the count, or are not run together, are no value", () => {
    expect(found("Tiếp tục giúp đỡ 03 xã: xã Nho Quan và xã Phú Long.")).toBeUndefined();
    expect(found("Giúp đỡ 02 xã là xã Nho Quan, trao quà cho xã Phú Long.")).toBeUndefined();
    expect(found("Giúp đỡ 01 xã Văn phòng được phân công; trao quà tại xã Phú Long và xã Nho Quan.")).toBeUndefined();
  });
});
