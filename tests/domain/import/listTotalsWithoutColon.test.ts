/**
 * «Điều động, luân chuyển đi: tỉnh A (cũ) 02 công chức; tỉnh B (cũ) 03 công chức; tổng số 05 công chức»: a total
 * written after its parts with no colon («tổng số 05», «, tổng 59») is the lead-in's figure, its items the parts;
 * parts set apart by commas when no semicolon parts them (meaning/listTotals.ts).
 */
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const OUT = "Điều động, luân chuyển đi";
const GUEST = "Viên chức hai nhà khách (tự chủ tài chính)";
const HEAD = "BÁO CÁO\nKết quả thực hiện quy chế dân chủ quý III năm 2025\n\n";
const MOVES = `${HEAD}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n`;
const STAFF = `${HEAD}I. ĐẶC ĐIỂM, TÌNH HÌNH\n1. Biên chế, lao động\n`;

describe("a total after its parts, without a colon", () => {
  it("«; tổng số 05 công chức» after the former provinces' parts is the moves out", () => {
    const bound = boundByLabel(`${MOVES}- Điều động, luân chuyển đi: tỉnh Đồng Nai (cũ) 02 công chức; tỉnh Bình Phước (cũ) 03 công chức; tổng số 05 công chức (đến các sở, ngành).\n`, QUARTERLY);
    expect(bound(OUT)).toBe("05");
  });

  it("«, tổng 59 viên chức» after the guest houses' parts set apart by commas", () => {
    const bound = boundByLabel(`${STAFF}- Viên chức hai nhà khách tự chủ tài chính: Nhà khách Đồng Nai 38 viên chức, Nhà khách tại Đồng Xoài (Bình Phước cũ) 21 viên chức, tổng 59 viên chức; hai nhà khách tự bảo đảm chi thường xuyên.\n`, QUARTERLY);
    expect(bound(GUEST)).toBe("59");
  });

  it("words between «tổng số» and its number name another figure: the move out stays the one written", () => {
    const bound = boundByLabel(`${MOVES}- Điều động, luân chuyển đi: 02 công chức (đến Sở Tài chính), tổng số công chức còn lại 68 người.\n`, QUARTERLY);
    expect(bound(OUT)).toBe("02");
  });
});
