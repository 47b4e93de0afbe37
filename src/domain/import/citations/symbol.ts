/**
 * Số và ký hiệu of a cited document, read the way Nghị định 30/2020/NĐ-CP (state bodies: "17/KH-VPUB",
 * "59/2023/NĐ-CP") and Hướng dẫn 36-HD/VPTW (Party bodies: "18-CT/TU", with a hyphen) write them.
 */

export type Family = "party" | "central" | "province";

export interface SymbolParts {
  form: "party" | "state" | "law";
  number: string;
  /** The year inside legal documents' symbols (45/2020/NĐ-CP). */
  year?: number;
  /** Type abbreviation (KH, QĐ, NĐ…); absent for Công văn and laws, whose symbol starts with the body. */
  typeAbbr?: string;
  /** The issuing body's abbreviation (UBND, VPUB, CP, TU…). */
  org: string;
}

const SEGMENT = String.raw`(?:TTg|\p{Lu}[\p{Lu}\d]*)`;
const PARTY = new RegExp(String.raw`^(\d+)-(${SEGMENT})/(${SEGMENT})$`, "u");
const STATE = new RegExp(String.raw`^(\d+)/(?:(\d{4})/)?(${SEGMENT})-(${SEGMENT})(?:-${SEGMENT})?$`, "u");
const LAW = /^(\d+)\/(\d{4})\/(QH\d*)$/u;

/** Reads a symbol, or null when it is written in neither form ("429-QĐi"). */
export function readSymbol(code: string, untyped: boolean): SymbolParts | null {
  const party = PARTY.exec(code);
  if (party) return { form: "party", number: party[1]!, typeAbbr: party[2]!, org: party[3]! };
  const law = LAW.exec(code);
  if (law) return { form: "law", number: law[1]!, year: Number(law[2]), org: law[3]! };
  const state = STATE.exec(code);
  if (!state) return null;
  const parts: SymbolParts = { form: "state", number: state[1]!, org: untyped ? state[3]! : state[4]! };
  if (state[2]) parts.year = Number(state[2]);
  if (!untyped) parts.typeAbbr = state[3]!;
  return parts;
}

/** The abbreviation each document type takes in its symbol; Công văn has none. */
export const TYPE_ABBR: Readonly<Record<string, string | undefined>> = {
  "nghị định": "NĐ",
  "nghị quyết": "NQ",
  "quyết định": "QĐ",
  "chỉ thị": "CT",
  "kế hoạch": "KH",
  "thông tư liên tịch": "TTLT",
  "thông tư": "TT",
  "quy định": "QĐ",
  "hướng dẫn": "HD",
  "kết luận": "KL",
  "thông báo": "TB",
  "chương trình": "CTr",
  "báo cáo": "BC",
  "tờ trình": "TTr",
  "công điện": "CĐ",
};

/** Which side of the system a symbol's body belongs to, when it is one we know. */
export function orgFamily(parts: SymbolParts): Family | undefined {
  if (parts.form === "party") return "party";
  if (/^(CP|TTg|QH\d*|VPCP|UBTVQH\d*|B[A-ZĐ]{1,5})$/u.test(parts.org)) return "central";
  if (/^(UBND|VPUB|VPUBND|HĐND|VP|S[A-ZĐ]{1,5})$/u.test(parts.org)) return "province";
  return undefined;
}

/** The body named after "của …", reduced to one name per body so that citations can be compared. */
export function issuerBody(issuer: string): { body: string; family: Family } | undefined {
  const text = issuer.toLowerCase().normalize("NFC");
  const rules: Array<[RegExp, string, Family]> = [
    // Before the Party's «ban thường vụ», which its name contains: the Standing Committee is a state body (walk51, 1).
    [/(ủy|uỷ) ban thường vụ quốc hội/u, "Ủy ban Thường vụ Quốc hội", "central"],
    [/ban dân vận/u, "Ban Dân vận Tỉnh ủy", "party"],
    [/tỉnh ủy|tỉnh uỷ|ban thường vụ|đảng ủy|đảng uỷ|ban chấp hành|bộ chính trị|ban bí thư/u, "Tỉnh ủy", "party"],
    [/văn phòng chính phủ/u, "Văn phòng Chính phủ", "central"],
    [/thủ tướng/u, "Thủ tướng Chính phủ", "central"],
    [/chính phủ|quốc hội|^bộ\s/u, "Chính phủ", "central"],
    [/chánh văn phòng|^văn phòng/u, "Văn phòng UBND tỉnh", "province"],
    [/ubnd|ủy ban nhân dân|uỷ ban nhân dân/u, "UBND tỉnh", "province"],
    [/hđnd|hội đồng nhân dân/u, "HĐND tỉnh", "province"],
  ];
  const rule = rules.find(([pattern]) => pattern.test(text));
  return rule ? { body: rule[1], family: rule[2] } : undefined;
}

/** The body a symbol's organisation stands for, for citations without "của …". */
export function symbolBody(parts: SymbolParts): string {
  const names: Readonly<Record<string, string>> = { UBND: "UBND tỉnh", VPUB: "Văn phòng UBND tỉnh", TU: "Tỉnh ủy", CP: "Chính phủ" };
  return names[parts.org] ?? parts.org;
}
