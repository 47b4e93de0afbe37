/**
 * A name asked for by a «Tên <noun> <what befell it>» text field, found inside a sentence (meaning/names.ts), on a
 * form of its own: the commune helped and the ward inspected. Each rule with the side where it must not bind.
 */
import { findNames } from "../../../src/domain/import/meaning/names";
import { tinyReport } from "../../support/forms";

const report = tinyReport([
  { id: "tenXa", label: "Tên xã được giúp đỡ", kind: "text", section: "I" },
  { id: "tenPhuong", label: "Tên phường đã kiểm tra", kind: "text", section: "I" },
  { id: "ghiChu", label: "Ghi chú", kind: "text", section: "I" },
]);

function found(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, spans] of findNames(text, report)) out[id.replace("bcdc:", "")] = spans.map((s) => `${s.input} @${text.slice(s.start, s.end)}`);
  return out;
}

describe("names inside a sentence", () => {
  it("never answers with the issuer's own name: a commune helped by others helps no one", () => {
    const header = "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ BÌNH GIA                        Độc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\n";
    expect(found(`${header}Xã được phân công giúp đỡ: không (xã Bình Gia được Sở Tài chính giúp đỡ).`)).toEqual({});
    const office = "UBND TỈNH LẠNG SƠN\nVĂN PHÒNG\n\nBÁO CÁO\n";
    expect(found(`${office}Văn phòng được phân công giúp đỡ xã Bình Gia.`)).toEqual({ tenXa: ["xã Bình Gia @xã Bình Gia"] });
  });

  it("takes the noun and the proper name after it, as written, wherever the clause says what befell it", () => {
    expect(found("Văn phòng được phân công giúp đỡ 01 xã là xã Nậm Ty trong giai đoạn 2026 - 2030.")).toEqual({ tenXa: ["xã Nậm Ty @xã Nậm Ty"] });
    expect(found("- Xã Pa Vây Sử là 01 xã Văn phòng được phân công giúp đỡ.")).toEqual({ tenXa: ["Xã Pa Vây Sử @Xã Pa Vây Sử"] });
    expect(found("Tiếp tục giúp 1 xã, đó là xã Tà Xùa; đã kiểm tra phường Quyết Thắng.")).toEqual({
      tenXa: ["xã Tà Xùa @xã Tà Xùa"],
      tenPhuong: ["phường Quyết Thắng @phường Quyết Thắng"],
    });
  });

  it("gives every place the name is written the first one's spelling", () => {
    expect(found("Giúp đỡ xã Chiềng Ban. Kế hoạch giúp đỡ Xã Chiềng Ban được ban hành.")).toEqual({
      tenXa: ["xã Chiềng Ban @xã Chiềng Ban", "xã Chiềng Ban @Xã Chiềng Ban"],
    });
  });

  it("leaves a name in a clause that does not say the same deed («trợ giúp gạo cho xã …»), and a counted noun", () => {
    expect(found("Văn phòng trợ giúp gạo cho xã Mường Lát.")).toEqual({});
    expect(found("Văn phòng được phân công giúp đỡ 01 xã Vùng cao.")).toEqual({});
    expect(found("Đoàn đã làm việc với phường Tân Phong.")).toEqual({});
  });

  it("leaves two different names for the clerk", () => {
    expect(found("Văn phòng giúp đỡ xã Chiềng Ban và xã Chiềng Mung.")).toEqual({});
  });
});
