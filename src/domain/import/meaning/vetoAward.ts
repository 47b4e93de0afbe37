/**
 * An award is named by its title and its giver: «đề nghị Giám đốc Công an tỉnh tặng Giấy khen đối với 01 cá nhân».
 * A figure whose form wording names a title (Giấy khen) is not a number the text gives under another title («đề nghị
 * CT UBND tỉnh tặng BK 01 cá nhân», «tặng Bằng khen cho 27 tập thể và 64 cá nhân»); one whose wording names a giver
 * (Thủ tướng) is not a number given by another («trình Chủ tịch UBND tỉnh tặng Bằng khen cho 312 tập thể»). The titles
 * and givers are those of the award law (Luật Thi đua, khen thưởng), with the abbreviations clerks write; which one a
 * field is comes from its label and wordings only. What the text does not name clears nothing and refuses nothing.
 */
import { clauseStart } from "./clauseStart";

/** Award titles, each with the ways clerks write it. */
const TITLES: ReadonlyArray<readonly [string, RegExp]> = [
  ["bằng khen", /(?<![\p{L}])(?:bằng khen|bk)(?![\p{L}])/giu],
  ["giấy khen", /(?<![\p{L}])(?:giấy khen|gk)(?![\p{L}])/giu],
  ["huân chương", /(?<![\p{L}])huân chương(?![\p{L}])/giu],
  ["huy chương", /(?<![\p{L}])huy chương(?![\p{L}])/giu],
  ["kỷ niệm chương", /(?<![\p{L}])k[ỷỉ] niệm chương(?![\p{L}])/giu],
  ["chiến sĩ thi đua", /(?<![\p{L}])(?:chiến s[ĩỹ] thi đua|cstđ)(?![\p{L}])/giu],
  ["cờ thi đua", /(?<![\p{L}])cờ thi đua(?![\p{L}])/giu],
];

/** Who gives an award: the head of the title, as clerks write it. */
const GIVERS: ReadonlyArray<readonly [string, RegExp]> = [
  ["thủ tướng", /(?<![\p{L}])(?:thủ tướng|ttg)(?![\p{L}])/giu],
  ["chủ tịch", /(?<![\p{L}])(?:chủ tịch|ct)(?![\p{L}])/giu],
  ["giám đốc", /(?<![\p{L}])(?:giám đốc|gđ)(?![\p{L}])/giu],
  ["bộ trưởng", /(?<![\p{L}])bộ trưởng(?![\p{L}])/giu],
  // Heads of an inspectorate or a board give their own Giấy khen («Chánh Thanh tra tỉnh tặng Giấy khen cho 11 cá nhân»).
  ["chánh thanh tra", /(?<![\p{L}])chánh thanh tra(?![\p{L}])/giu],
  // …and the head of an office gives its own («đề nghị Chánh Văn phòng UBND tỉnh tặng Giấy khen cho 04 công chức», 774).
  ["chánh văn phòng", /(?<![\p{L}])(?:chánh văn phòng|cvp)(?![\p{L}])/giu],
  ["trưởng ban", /(?<![\p{L}])trưởng ban(?![\p{L}])/giu],
  // A mass organisation's central committee gives its own Bằng khen («Trung ương Hội LHPN Việt Nam tặng Bằng khen»).
  ["trung ương", /(?<![\p{L}])(?:trung ương|tw)(?=\s+(?:hội|đoàn|mặt trận|ủy ban|uỷ ban)(?![\p{L}]))/giu],
  // The National Assembly's Standing Committee and a Party committee's standing board give Bằng khen of their own.
  ["thường vụ", /(?<![\p{L}])(?:(?:ủy|uỷ) ban thường vụ quốc hội|ubtvqh|ban thường vụ)(?![\p{L}])/giu],
];

export interface AwardWords {
  titles: ReadonlySet<string>;
  givers: ReadonlySet<string>;
}

interface Mention {
  name: string;
  at: number;
  end: number;
}

function mentions(text: string, table: ReadonlyArray<readonly [string, RegExp]>): Mention[] {
  const out: Mention[] = [];
  for (const [name, re] of table) for (const m of text.matchAll(re)) out.push({ name, at: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.at - b.at);
}

/** The titles and givers a field's label and wordings name (empty for a field that is no award). */
export function awardWords(description: string): AwardWords {
  const lower = description.normalize("NFC");
  // «CT», «GK» inside a field's own words are no abbreviations: only the full names count there.
  const full = (m: Mention) => lower.slice(m.at, m.end).length > 3;
  return {
    titles: new Set(mentions(lower, TITLES).filter(full).map((m) => m.name)),
    givers: new Set(mentions(lower, GIVERS).filter(full).map((m) => m.name)),
  };
}

/** How far back an award named before its number still governs it, within the clause. */
const REACH = 160;

/**
 * The award under which the number at [start, end) is given: the title named last before it in its clause (a title
 * in its own item after it, «01 cá nhân được tặng Giấy khen», first), and that title's giver («Bằng khen của Thủ
 * tướng», or the giver named last before the title: «đề nghị Thủ tướng Chính phủ tặng Bằng khen», «01 cá nhân đề
 * nghị Chủ tịch UBND tỉnh tặng Bằng khen»); a clause with no one acting («…; tặng Bằng khen cho 01 cá nhân») may
 * carry on the giver of the clause before it (`carried`).
 */
export function awardAt(text: string, start: number, end: number): { title: string | null; giver: string | null; carried?: string } {
  const from = clauseStart(text, start, REACH, ";\n");
  let to = end;
  while (to < text.length && to - end < 80 && !/[,;()\n\t]/.test(text[to]!) && !/\d/.test(text[to]!) && !(text[to] === "." && /\s|$/.test(text[to + 1] ?? ""))) to++;
  const after = text.slice(end, to);
  const ownTitle = mentions(after, TITLES)[0];
  if (ownTitle) {
    // «01 cá nhân đề nghị Chủ tịch UBND tỉnh tặng Bằng khen»: a giver between the number and the title gives it.
    const between = mentions(after.slice(0, ownTitle.at), GIVERS).at(-1);
    const giver = between ?? mentions(after.slice(ownTitle.end, ownTitle.end + 40), GIVERS)[0];
    return { title: ownTitle.name, giver: giver?.name ?? null };
  }
  const own = text.slice(from, start);
  // «- Giám đốc Sở tặng Giấy khen:» over «+ Tập thể: 04»: an item names its award through the line that leads it.
  const lead = mentions(own, TITLES).length === 0 ? awardLead(text, start) : "";
  const before = lead === "" ? own : `${lead} `;
  const title = mentions(before, TITLES).at(-1);
  if (!title) return { title: null, giver: null };
  // «Bằng khen của Chủ tịch …», and the telegraphic «BK Bộ trưởng Bộ KH&CN (đã nhận): 01 tập thể» (held-out 1091):
  // a giver right after its title gives it.
  const next = mentions(before.slice(title.end, title.end + 40), GIVERS)[0];
  const of = next !== undefined && /^\s*(?:(?:của|do)\s+)?$/iu.test(before.slice(title.end, title.end + next.at)) ? next : undefined;
  const giver = of ?? mentions(before.slice(0, title.at), GIVERS).at(-1);
  const carried = giver === undefined && text[from - 1] === ";" && BARE_GIVING.test(before) ? giverBefore(text, from - 1) : undefined;
  return { title: title.name, giver: giver?.name ?? null, ...(carried ? { carried: carried.name } : {}) };
}

const ITEM = /^[ \t]*([-+*•–])[ \t]/u;
/** A line that leads the items under it: «- Chủ tịch UBND tỉnh tặng Bằng khen (phong trào …):». */
const LEADS = /^[ \t]*(?:[-+*•–][ \t]*)?([^\n]{2,240}?):[ \t]*$/u;
const MAX_ITEMS_ABOVE = 12;

/**
 * The words of the line leading the item holding `at` («- Giám đốc Sở tặng Giấy khen:» over «+ Tập thể: 04», «+ Cá
 * nhân: 17»), walking up over the items of the same mark; "" when the number's line is no item or leads nothing.
 */
export function awardLead(text: string, at: number): string {
  const lineFrom = text.lastIndexOf("\n", at - 1) + 1;
  const mark = ITEM.exec(text.slice(lineFrom, lineFrom + 6))?.[1];
  if (mark === undefined) return "";
  let end = lineFrom - 1;
  for (let k = 0; k < MAX_ITEMS_ABOVE && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(from, end);
    if (ITEM.exec(above)?.[1] === mark) {
      end = from - 1;
      continue;
    }
    return LEADS.exec(above)?.[1] ?? "";
  }
  return "";
}

/** A clause opened by the act with no one acting: «…; tặng Bằng khen cho 01 cá nhân», «; đề nghị tặng …». */
const BARE_GIVING = /^\s*(?:và\s+|đồng thời\s+)?(?:đề nghị\s+)?tặng(?![\p{L}])/iu;

/** The giver named last in the sentence's clauses before `at` (a «;»): the one a bare clause after it carries on. */
function giverBefore(text: string, at: number): { name: string } | undefined {
  let from = at;
  while (from > 0 && at - from < REACH * 2 && text[from - 1] !== "\n" && !(text[from - 1] === "." && /\s/.test(text[from] ?? ""))) from--;
  return mentions(text.slice(from, at), GIVERS).at(-1);
}

/** The number is given under another title than the field's, or (`giver`) by another giver. */
export function otherAward(own: AwardWords, text: string, start: number, end: number, giver = true): boolean {
  if (own.titles.size === 0 && own.givers.size === 0) return false;
  const found = awardAt(text, start, end);
  if (found.title !== null && own.titles.size > 0 && !own.titles.has(found.title)) return true;
  // A giver carried on from the clause before only refuses: «…; đề nghị tặng Bằng khen» after the Prime Minister's may
  // be another giver's, which the writer left unnamed (giverNamedElsewhere).
  const named = found.giver ?? found.carried ?? null;
  return giver && named !== null && own.givers.size > 0 && !own.givers.has(named);
}

/**
 * The number's clause names the field's title with no giver («đề nghị tặng Bằng khen cho 02 cá nhân … phòng cháy»)
 * while the same sentence gives that title by the field's giver to another number («đề nghị Thủ tướng Chính phủ
 * tặng Bằng khen cho 03 cá nhân; …»): the writer named the giver where it was the field's, so the bare title is
 * another award. A title with no giver anywhere in its sentence is left to the other rules.
 */
export function giverNamedElsewhere(own: AwardWords, text: string, start: number, end: number): boolean {
  if (own.givers.size === 0 || own.titles.size === 0) return false;
  const found = awardAt(text, start, end);
  if (found.title === null || found.giver !== null || !own.titles.has(found.title)) return false;
  let from = start;
  while (from > 0 && start - from < 600 && !/\.\s/.test(text.slice(from - 1, from + 1)) && text.slice(from - 2, from) !== "\n\n") from--;
  let to = end;
  while (to < text.length && to - end < 600 && !/\.\s/.test(text.slice(to, to + 2)) && text.slice(to, to + 2) !== "\n\n") to++;
  let clauseFrom = start;
  while (clauseFrom > from && text[clauseFrom - 1] !== ";") clauseFrom--;
  let clauseTo = end;
  while (clauseTo < to && text[clauseTo] !== ";") clauseTo++;
  const rest = `${text.slice(from, clauseFrom)} ; ${text.slice(clauseTo, to)}`.normalize("NFC");
  const givers = mentions(rest, GIVERS).filter((g) => own.givers.has(g.name));
  const titles = mentions(rest, TITLES).filter((t) => t.name === found.title);
  return givers.some((g) => titles.some((t) => t.at > g.end && t.at - g.end < 40 && !rest.slice(g.end, t.at).includes(";")));
}

/** The act of awarding: «khen thưởng», «đề nghị khen». */
const AWARDING = /(?<![\p{L}])khen(?![\p{L}])/iu;

/**
 * «Ban đề nghị khen thưởng 04 cá nhân có thành tích trong phục vụ Đại hội …» (893), «Đề nghị Chủ tịch UBND tỉnh khen
 * thưởng trong đợt thi đua …: 03 cá nhân» (91): a sentence that awards the number yet names neither a title nor a
 * giver, or names only other givers, is not the award of a figure named by both («Cá nhân đề nghị Thủ tướng tặng Bằng
 * khen», «… Giám đốc Công an tỉnh tặng Giấy khen»): the writer who meant that giver's award says so. A title with no
 * giver («tặng Bằng khen cho 02 cá nhân») is left to the other rules (giverNamedElsewhere), and so is a number under
 * a lead that names them («- Bằng khen của Thủ tướng:» then «+ Cá nhân: 05»): it has no awarding of its own.
 */
export function unnamedAward(own: AwardWords, text: string, start: number, end: number): boolean {
  if (own.givers.size === 0 || own.titles.size === 0) return false;
  let from = start;
  while (from > 0 && start - from < 300 && text[from - 1] !== "\n" && !(text[from - 1] === "." && /\s/.test(text[from] ?? ""))) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !/[;\n]/.test(text[to]!) && !(text[to] === "." && /\s|$/.test(text[to + 1] ?? ""))) to++;
  const before = text.slice(from, start).normalize("NFC");
  if (!AWARDING.test(before)) return false;
  const sentence = text.slice(from, to).normalize("NFC");
  const givers = mentions(sentence, GIVERS);
  if (givers.some((g) => own.givers.has(g.name))) return false;
  return givers.length > 0 || mentions(sentence, TITLES).length === 0;
}
