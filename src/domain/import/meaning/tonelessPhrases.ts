/**
 * Marked phrases of the reports' own language that a word typed without marks may stand for, beside the form's
 * wordings and the document's marked text (toneless.ts reads two neighbouring unmarked syllables as the one marked
 * pair they spell). The form's wordings name its figures, not the words around them: a clerk on a keyboard without a
 * Vietnamese input method writes «Khong co don thu khieu nai» (a zero), «hien co 39» (the staff present), «dieu dong
 * di 01 cong chuc» (moved out), «cong dan rut 03 ho so» (withdrawn), «Quy II/2026 … 713 ho so» (the quarter before),
 * «ho so chiem 1,32%». Each phrase is one the reports write in every province (docs/recognition-vocabulary.md), and each of
 * its pairs spells one marked pair only: a pair that could stand for two («co don»: «có đơn», «cô đơn») is still left
 * as written by toneless.ts, which reads a pair only when every source agrees.
 */
export const TONELESS_PHRASES: readonly string[] = [
  // Zero and presence: «không có», «không phát sinh»; the staff present «hiện có», «có mặt».
  "không có",
  "không phát sinh",
  "hiện có",
  "có mặt",
  // Moves and withdrawals: «điều động đi», «chuyển đi»; «công dân rút hồ sơ», «người dân rút hồ sơ».
  "điều động đi",
  "chuyển đi",
  "công dân rút hồ sơ",
  "người dân rút hồ sơ",
  // The quarters by their Roman numerals: «Quy II/2026» is a quarter, never «quy» of «quy chế».
  "quý i",
  "quý ii",
  "quý iii",
  "quý iv",
  // A share after its count: «08 hồ sơ chiếm 1,32%». Not «đạt»: «ho so dat» is also «hồ sơ đất (đai)».
  "hồ sơ chiếm",
];
