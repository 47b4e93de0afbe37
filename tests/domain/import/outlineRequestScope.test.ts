/**
 * The outline's request copied in brackets above its answer («(Mục III.2 Đề cương: Kết quả giải quyết TTHC tại Bộ
 * phận một cửa của Văn phòng; điền Biểu số 02.)») says whose figures the table under it holds, as a heading would
 * (meaning/vetoPlace.ts scopeOf): the desk's table binds. The other side: a bracket that quotes no request is an
 * aside, and a table under it names no desk, as before.
 */
import { scopeBefore } from "../../../src/domain/import/meaning/vetoPlace";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const RECEIVED = "Hồ sơ tiếp nhận (một cửa Văn phòng)";
const table = (request: string) =>
  ["III. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN", request, "Trả lời: Biểu số 02 (số liệu từ ngày 01/7/2025 đến ngày 14/9/2025):", "TT\tChỉ tiêu\tSố hồ sơ\tTỷ lệ", "1\tTiếp nhận\t214\t", "2\tĐã giải quyết, trả kết quả\t198\t92,52%", "3\tĐang giải quyết\t16\t7,48%", ""].join("\n");

describe("a request in brackets above a table", () => {
  const quoted = table("(Mục III.2 Đề cương: Kết quả giải quyết TTHC tại Bộ phận một cửa của Văn phòng; điền Biểu số 02.)");

  it("is read as words of the table's scope", () => {
    expect(scopeBefore(quoted, quoted.indexOf("214"))).toContain("Bộ phận một cửa của Văn phòng");
  });

  it("names the desk whose figures the table holds", () => {
    expect(boundByLabel(quoted, REPORT)(RECEIVED)).toBe("214");
  });

  it("near-miss: a bracket that quotes no request is an aside", () => {
    const aside = table("(Kết quả giải quyết TTHC tại Bộ phận một cửa của Văn phòng; điền Biểu số 02.)");
    expect(scopeBefore(aside, aside.indexOf("214"))).not.toContain("Bộ phận một cửa");
  });
});
