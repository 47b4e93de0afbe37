/**
 * A Word table split at a page break, the part on the next page under its header typed again and «Cộng» only at the
 * end (heldout 1292): one table, whose total row sums the rows of both parts. Two tables that merely share a header
 * with text between them stay two.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEADER = "STT\tCơ quan, đơn vị\tTiếp nhận\tĐã giải quyết\tTrả trước hạn\tTrả đúng hạn\tTrễ hạn\tĐang giải quyết";
const opening = [
  "BÁO CÁO",
  "Kết quả thực hiện dân chủ ở cơ sở quý IV năm 2025",
  "5. Trung tâm Phục vụ hành chính công tỉnh",
  "Biểu 02. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh",
  HEADER,
  "1\tSở Tư pháp\t3.266\t3.200\t2.918\t251\t31\t66",
  "2\tSở Xây dựng\t1.484\t1.379\t1.204\t163\t12\t105",
];
const rest = [
  HEADER,
  "3\tSở Tài chính\t2.109\t2.038\t1.876\t142\t20\t71",
  "4\tCông an tỉnh\t4.591\t4.464\t4.105\t312\t47\t127",
  "\tCộng\t11.450\t11.081\t10.103\t868\t110\t369",
  "",
];
const bound = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

describe("a table split at a page break", () => {
  it("reads the «Cộng» row as the centre's figures, its parts on both pages", () => {
    const text = [...opening, "", "", "", ...rest].join("\n");
    expect(bound(text, "bcdc:hcc.tiepNhan")).toEqual(["11.450"]);
    expect(bound(text, "bcdc:hcc.daGiaiQuyet")).toEqual(["11.081"]);
    expect(bound(text, "bcdc:hcc.truocHan")).toEqual(["10.103"]);
  });

  it("keeps two tables with words between them apart", () => {
    const text = [...opening, "", "Các cơ quan ngành dọc:", "", ...rest].join("\n");
    expect(bound(text, "bcdc:hcc.tiepNhan")).not.toEqual(["3.266"]);
  });
});
