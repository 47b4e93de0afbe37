/**
 * Other official names of an organisation a section title names, as offices write them. Nghị định 61/2018/NĐ-CP
 * (Điều 3, khoản 3) names the desk «Bộ phận Tiếp nhận và Trả kết quả» and calls it «Bộ phận Một cửa» for short: a
 * Sở's report that writes only the long name («Bộ phận tiếp nhận và trả kết quả của Sở») names the one-stop desk.
 * Keyed by the short name organisationNames (vetoPlace.ts) reads from the title; the whole long name is required
 * («tiếp nhận và trả kết quả của 17 sở» alone is an activity, not the desk). Clerks also write the desk «Bộ phận 1
 * cửa» and «BP1C», the digit for «một» (words.ts reads the digit so).
 */
const ALIASES: ReadonlyMap<string, readonly string[]> = new Map([["một cửa", ["bộ phận tiếp nhận và trả kết quả", "1 cửa", "01 cửa", "bp1c"]]]);

export function organisationAliases(name: string): readonly string[] {
  return ALIASES.get(name) ?? [];
}
