/**
 * «Nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7), Sở đã tham mưu UBND tỉnh ban hành 03 văn bản về thăm, tặng
 * quà người có công» (1000, 960): a figure whose label names one of the year's occasions (gifts «Tết») is not read from
 * a sentence that names another occasion and not its own. Language knowledge only: the occasions, not any field.
 */
const OCCASIONS: ReadonlyArray<{ id: string; words: RegExp }> = [
  { id: "tet", words: /(?<![\p{L}])Tết(?!\s+(?:Trung thu|Độc lập|Thiếu nhi))(?![\p{L}])|(?<![\p{L}])Xuân\s+(?:Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý|Giáp)\s/iu },
  { id: "thuongBinh", words: /(?<![\p{L}\d/])27\/7(?:\/\d{4})?(?!\d)|Thương binh\s*[-–,]?\s*Liệt sĩ/iu },
  { id: "trungThu", words: /(?<![\p{L}])Trung thu(?![\p{L}])/iu },
  { id: "quocKhanh", words: /(?<![\p{L}])Quốc khánh(?![\p{L}])/iu },
  { id: "thieuNhi", words: /(?<![\p{L}])Quốc tế Thiếu nhi(?![\p{L}])/iu },
];

export interface Occasions {
  /** The occasions the label names; most labels name none. */
  ids: string[];
  /**
   * The last word of each part of the label that names no occasion: «gạo» of «trợ giúp gạo, tặng quà Tết». A sentence
   * naming it is the figure's whatever the occasion («… hỗ trợ gạo … nhân dịp … Ngày Thương binh - Liệt sĩ», 680).
   */
  otherParts: RegExp[];
}

export function occasionsOf(label: string): Occasions {
  const ids = OCCASIONS.filter((o) => o.words.test(label)).map((o) => o.id);
  const parts = label.split(/,|\s(?:và|hoặc)\s/u).filter((part) => !OCCASIONS.some((o) => o.words.test(part)));
  const lastWords = parts.map((part) => part.trim().split(/\s+/u).at(-1) ?? "").filter((w) => /^\p{L}{2,}$/u.test(w));
  return { ids, otherParts: lastWords.map((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "iu")) };
}

/** The sentence names another occasion, none of the label's own, and no other part of the label. */
export function otherOccasionNamed(occasions: Occasions, sentence: string): boolean {
  const own = occasions.ids;
  if (own.length === 0 || occasions.otherParts.some((part) => part.test(sentence))) return false;
  let other = false;
  for (const o of OCCASIONS) {
    if (!o.words.test(sentence)) continue;
    if (own.includes(o.id)) return false;
    other = true;
  }
  return other;
}
