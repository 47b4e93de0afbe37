/**
 * A merged province's centre tells its seats row by row and adds them up in a row labelled «Toàn tỉnh» (held-out
 * 1334): that row, and a sentence under the table naming the same whole, are the centre's own figures; a «Toàn tỉnh»
 * that adds up other bodies, or is written alone, stays another level's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH VĨNH LONG\nVĂN PHÒNG\nSố: 12/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2026\n\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};
const table = (rows: string[]) =>
  `${HEAD}3. Cải cách hành chính\nc) Trung tâm Phục vụ hành chính công tỉnh và hai chi nhánh:\n\nĐơn vị\tTiếp nhận\tĐã giải quyết\tTrễ hạn\n${rows.join("\n")}\n`;

describe("a row adding up one body's seats", () => {
  const seats = ["Trụ sở chính (khu vực Vĩnh Long cũ)\t19.842\t18.905\t64", "Chi nhánh Bến Tre\t17.316\t16.574\t58", "Chi nhánh Trà Vinh\t13.027\t12.391\t47"];

  it("binds the «Toàn tỉnh» row under the seats as the centre's figures", () => {
    const text = table([...seats, "Toàn tỉnh\t50.185\t47.870\t169"]);
    expect(read(text, "bcdc:hcc.tiepNhan")).toBe("50.185");
    expect(read(text, "bcdc:hcc.daGiaiQuyet")).toBe("47.870");
    expect(read(text, "bcdc:hcc.treHan")).toBe("169");
  });

  it("binds the rate a sentence under the table gives for the same whole", () => {
    const text = `${table([...seats, "Toàn tỉnh\t50.185\t47.870\t169"])}\nNhư vậy, tỷ lệ hồ sơ đã giải quyết toàn tỉnh đạt 95,39%; hồ sơ trễ hạn chiếm 0,35% số đã giải quyết.\n`;
    expect(read(text, "bcdc:hcc.tyLeDaGiaiQuyet")).toBe("95,39");
    expect(read(text, "bcdc:hcc.tyLeTreHan")).toBe("0,35");
  });

  it("binds the rates under a table whose seats are columns beside a «Toàn tỉnh» column", () => {
    const text = `${HEAD}c) Trung tâm Phục vụ hành chính công tỉnh:\nTT\tNội dung\tTrụ sở chính\tCơ sở 2 (Bắc Kạn)\tToàn tỉnh\n1\tHồ sơ tiếp nhận\t24.318\t7.465\t31.783\n2\tHồ sơ đã giải quyết\t23.102\t7.119\t30.221\n3\tHồ sơ trễ hạn\t118\t29\t147\n\nTỷ lệ hồ sơ đã giải quyết toàn tỉnh đạt 95,09%; hồ sơ trễ hạn chiếm 0,49% số đã giải quyết.\n`;
    expect(read(text, "bcdc:hcc.tiepNhan")).toBe("31.783");
    expect(read(text, "bcdc:hcc.tyLeDaGiaiQuyet")).toBe("95,09");
    expect(read(text, "bcdc:hcc.tyLeTreHan")).toBe("0,49");
  });

  it("near-match: a rate «toàn tỉnh» under a table of other bodies stays another level's", () => {
    const text = `${HEAD}c) Kết quả giải quyết TTHC:\nTT\tNội dung\tTrung tâm Phục vụ hành chính công\tUBND các xã, phường\tToàn tỉnh\n1\tHồ sơ tiếp nhận\t24.318\t7.465\t31.783\n2\tHồ sơ đã giải quyết\t23.102\t7.119\t30.221\n\nTỷ lệ hồ sơ đã giải quyết toàn tỉnh đạt 95,09%.\n`;
    expect(read(text, "bcdc:hcc.tyLeDaGiaiQuyet")).not.toBe("95,09");
  });

  it("near-match: «Toàn tỉnh» adding up the communes' desks is not the centre's", () => {
    const text = table(["Trung tâm Phục vụ hành chính công\t19.842\t18.905\t64", "UBND các xã, phường\t30.343\t28.965\t105", "Toàn tỉnh\t50.185\t47.870\t169"]);
    expect(read(text, "bcdc:hcc.tiepNhan")).not.toBe("50.185");
  });
});
