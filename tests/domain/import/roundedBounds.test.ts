/**
 * A round figure is never the form's exact one: «chưa đến 150 hồ sơ», «không quá 150», «ngót 150» bound the figure
 * as «gần» does (meaning/vetoText.ts, yearsAndRounded.ts); and a text figure that opens with a rounded count, «phát
 * sinh tại khoảng 40 xã, phường», names no places (textClauses.ts opensRounded). Other clerks' words than the
 * held-out reports' (1381, 1386).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { readFields } from "../../support/readFields";
import { boundValue } from "../../support/recognized";

const centre = (late: string) =>
  "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n3. Cải cách hành chính\n" +
  `Trung tâm Phục vụ hành chính công tỉnh trong quý tiếp nhận 12.480 hồ sơ, đã giải quyết 11.902 hồ sơ; số hồ sơ trễ hạn ${late} hồ sơ, đang giải quyết 578 hồ sơ.\n`;

const communes = (where: string) =>
  "THANH TRA TỈNH\nBÁO CÁO\nTình hình, kết quả công tác tiếp công dân tháng 10/2026\n\n3. Tiếp công dân của lãnh đạo UBND các xã, phường\n" +
  `Lãnh đạo UBND các xã, phường đã tiếp 95 lượt với 120 người, tiếp công dân phát sinh tại ${where}; trong đó không có đoàn đông người.\n`;
const placesOf = (text: string) => boundValue(recognizeFigures(text, builtInDefinition("tiep-cong-dan-thang")).get("tcd:huyen.noiPhatSinh"));

describe("a bound the figure stays under is a round figure, never the figure", () => {
  it("«chưa tới 150», «không đến 150», «ngót 150» hồ sơ trễ hạn: the late count is not read", () => {
    expect(readFields(centre("chưa tới 150"), "hcc.treHan", "hcc.tiepNhan")).toEqual(["-", "12.480"]);
    expect(readFields(centre("không đến 150"), "hcc.treHan")).toEqual(["-"]);
    expect(readFields(centre("ngót 150"), "hcc.treHan")).toEqual(["-"]);
  });

  it("ordinary: the exact «143 hồ sơ» is still the late count", () => {
    expect(readFields(centre("143"), "hcc.treHan")).toEqual(["143"]);
  });
});

describe("a place figure given only as a rounded count names no places", () => {
  it("«phát sinh tại khoảng 40 xã, phường», «… chưa đến 40 xã»: no places are read", () => {
    expect(placesOf(communes("khoảng 40 xã, phường"))).toBeNull();
    expect(placesOf(communes("chưa đến 40 xã"))).toBeNull();
  });

  it("ordinary: «phát sinh tại 38/124 xã, phường» is still the places", () => {
    expect(placesOf(communes("38/124 xã, phường"))).toBe("38/124 xã, phường");
  });
});
