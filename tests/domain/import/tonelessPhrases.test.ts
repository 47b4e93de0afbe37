/**
 * The reports' own language around the figures, typed without marks, read with them where one marked pair fits
 * (meaning/tonelessPhrases.ts beside the form's wordings, read by toneless.ts). A Cao Bằng commune clerk's words, not
 * the held-out report's.
 */
import { withTones } from "../../../src/domain/import/meaning/toneless";
import { TONELESS_PHRASES } from "../../../src/domain/import/meaning/tonelessPhrases";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const read = (text: string) => withTones(text, TONELESS_PHRASES);

describe("the reports' own phrases typed without marks", () => {
  it("reads a zero, the staff present, a move out, a withdrawal and the quarter before", () => {
    expect(read("Khong co don thu khieu nai")).toBe("Không có don thu khieu nai");
    expect(read("cong chuc duoc giao 28, hien co 26")).toBe("cong chuc duoc giao 28, hiện có 26");
    expect(read("dieu dong di 02 cong chuc")).toBe("điều động đi 02 cong chuc");
    expect(read("nguoi dan rut 05 ho so")).toBe("người dân rút 05 hồ sơ");
    expect(read("Quy IV/2025 tiep nhan 310 ho so")).toBe("Quý IV/2025 tiep nhan 310 hồ sơ");
  });

  it("near-match: the same syllables in another pair stay as written", () => {
    expect(read("thuc hien quy che dan chu")).toBe("thuc hien quy che dan chu");
    expect(read("co don vi, di doi")).toBe("co don vi, di doi");
    expect(read("hien nay co")).toBe("hien nay co");
    // «đạt» or «đất» after «hồ sơ»: «hồ sơ đất đai» is land dossiers, so no share's verb is guessed there.
    expect(read("ho so dat dai")).toBe("hồ sơ dat dai");
  });

  it("binds the staff present and the move out written without marks", () => {
    const bound = boundByLabel(
      [
        "UBND XÃ QUẢNG UYÊN",
        "BÁO CÁO",
        "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
        "1. Tổ chức bộ máy",
        "Bien che nam 2026: cong chuc duoc giao 28, hien co 26.",
        "3. Công tác cán bộ",
        "Trong quy dieu dong di 02 cong chuc (ve xa Phuc Hoa).",
        "",
      ].join("\n"),
      REPORT,
    );
    expect(bound("Công chức đang thực hiện")).toBe("26");
    expect(bound("Điều động, luân chuyển đi")).toBe("02");
  });
});
