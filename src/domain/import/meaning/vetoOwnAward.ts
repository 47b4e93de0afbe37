/**
 * An office's head rewards its own people: «Chánh Thanh tra tỉnh tặng Giấy khen cho 11 cá nhân, 02 tập thể» in the
 * Thanh tra's report, «Giám đốc Sở tặng Giấy khen cho 04 tập thể, 15 cá nhân» in a department's, «Giấy khen của
 * Chánh Văn phòng: 05 cá nhân» in a Văn phòng's. The form's award lines are what the office proposed to or received
 * from the heads of other bodies (the Prime Minister, the province's chairman, the police director): an award the
 * issuing body's own head gives is none of them, whatever the field. The giver is the own head when the body named
 * after the head's title is the body of the document's header (same kind, «Thanh tra», «Sở», «Văn phòng»; every other
 * word found there), so «Chủ tịch UBND tỉnh» under «UBND TỈNH … / VĂN PHÒNG» is the parent's head, not the office's.
 */

import { awardLead } from "./vetoAward";
import { clauseStart } from "./clauseStart";

/** Heads' titles (lower case) followed by the body they head. */
const HEAD =
  /(?<![\p{L}])(?:phó\s+)?(chánh|giám đốc|gđ|thủ trưởng|chủ tịch|ct|trưởng|cục trưởng|chi cục trưởng|viện trưởng|hiệu trưởng|thủ tướng|bộ trưởng)\s+/gu;
/** Where a head's body ends: its verb, a preposition, a title of award, punctuation. */
const BODY_END = /(?<![\p{L}])(?:đã|tặng|trao|khen|ký|ban hành|quyết định|đề nghị|trình|cho|đối với|về|giấy|bằng|gk|bk|năm|tại)(?![\p{L}])|[,;:()\n.\d]/u;
/** Award titles, as vetoAward.ts reads them. */
const TITLE = /(?<![\p{L}])(?:giấy khen|gk|bằng khen|bk)(?![\p{L}])/gu;
const ANY_TITLE = new RegExp(TITLE.source, "u");

const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])vp(?![\p{L}])/gu, "văn phòng"],
  [/(?<![\p{L}])(?:ubnd|uỷ ban nhân dân)(?![\p{L}])/gu, "ủy ban nhân dân"],
  [/(?<![\p{L}])hđnd(?![\p{L}])/gu, "hội đồng nhân dân"],
  [/(?<![\p{L}])ttr(?![\p{L}])/gu, "thanh tra"],
];

/** The kinds of body a header or a head's title names, longest first. */
const KINDS = ["ủy ban nhân dân", "hội đồng nhân dân", "văn phòng", "thanh tra", "chi cục", "tổng cục", "trung tâm", "bệnh viện", "sở", "ban", "cục", "phòng", "viện", "trường", "cơ quan"];

export function normal(s: string): string {
  let out = s.normalize("NFC").toLowerCase();
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out.replace(/\s+/g, " ").trim();
}

export function kindOf(body: string): string | null {
  return KINDS.find((k) => body === k || body.startsWith(`${k} `)) ?? null;
}

/** The head whose body is the issuing body: the same kind, and every word of the head's body in the header's. */
export function ownHead(body: string, issuer: string): boolean {
  const kind = kindOf(body);
  if (kind === null || kind === "cơ quan") return kind !== null;
  if (kindOf(issuer) !== kind) return false;
  const words = new Set(issuer.split(" "));
  return body.split(" ").every((w) => words.has(w));
}

interface Giver {
  head: string;
  body: string;
}

/** The last head's title in `s` and the body named after it, or null when `s` names no head. */
function lastHeadBody(s: string): Giver | null {
  let found: Giver | null = null;
  for (const m of s.matchAll(HEAD)) {
    const rest = s.slice(m.index + m[0].length);
    const stop = BODY_END.exec(rest);
    found = { head: m[1]!, body: rest.slice(0, stop ? stop.index : Math.min(rest.length, 60)).trim() };
  }
  return found;
}

/**
 * Who gives the award under which the number at [start, end) is given («chánh thanh tra tỉnh»), when that is the
 * issuing body's own head (else null): the head named after the title («Giấy khen của Chánh Văn phòng»), else the last head named before the title
 * in the number's clause («Giám đốc Sở tặng Giấy khen cho …»), else a head named right after the number in its item
 * («05 cá nhân được Giám đốc Sở tặng Giấy khen»).
 */
export function ownHeadAward(text: string, start: number, end: number, issuer: string | null): string | null {
  if (issuer === null) return null;
  const from = clauseStart(text, start, 200, ";\n");
  const own = normal(text.slice(from, start));
  // An item under its award's lead («- Giám đốc Sở tặng Giấy khen:» over «+ Tập thể: 04») is given by the lead's giver.
  const lead = ANY_TITLE.test(own) ? "" : normal(awardLead(text, start));
  const before = lead === "" ? own : `${lead} `;
  const titles = [...before.matchAll(TITLE)];
  let giver: Giver | null = null;
  const title = titles.at(-1);
  if (title) {
    const after = before.slice(title.index + title[0].length);
    giver = /^\s*(?:của|do)\s/u.test(after) ? lastHeadBody(after.slice(0, 60)) : null;
    giver ??= lastHeadBody(before.slice(0, title.index));
  } else {
    let to = end;
    while (to < text.length && to - end < 80 && !/[,;()\n]/.test(text[to]!) && !(text[to] === "." && /\s|$/.test(text[to + 1] ?? ""))) to++;
    const item = normal(text.slice(end, to));
    if (ANY_TITLE.test(item)) giver = lastHeadBody(item);
  }
  return giver !== null && giver.body !== "" && ownHead(giver.body, issuer) ? `${giver.head} ${giver.body}` : null;
}

/**
 * What an award field's own words are (lower case), for `ownAwardOf`; null for a field that is no award («khen
 * thưởng», «thi đua», «Bằng khen» name one).
 */
export function awardDescription(description: string): string | null {
  const lower = normal(description);
  return /(?<![\p{L}])(?:khen|thi đua)(?![\p{L}])/u.test(lower) ? lower : null;
}

/** The number is given by the issuing body's own head, and the award field's words do not name that giver. */
export function ownAwardOf(own: string | null, giver: string | null): boolean {
  return own !== null && giver !== null && !own.includes(giver);
}
