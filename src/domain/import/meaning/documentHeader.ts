/**
 * The document's header, read once per text: who issues the report is told by the capitals block opening it
 * («UBND TỈNH GIA LAI / THANH TRA TỈNH», «ỦY BAN NHÂN DÂN / PHƯỜNG BẮC GIANG / VĂN PHÒNG HĐND VÀ UBND»). Every rule
 * that asks whose report it is (a commune's own, another kind of office's, whose head gives an award, whose units a
 * list counts, which office a table's rows are) reads this one reading, so they never disagree on the issuer.
 */
import { kindOf, normal } from "./vetoOwnAward";

export interface DocumentHeader {
  /** The capitals block opening the text (lower case, abbreviations read), up to «Số:», the motto or the title. */
  lines: readonly string[];
  /**
   * The issuing body: the block's last line naming a kind of body («thanh tra tỉnh»), with the lines after it that
   * go on with its name, else the block's lines together («ủy ban nhân dân huyện thuận châu»); null when the text
   * opens with no header naming a body.
   */
  body: string | null;
  /**
   * The bodies above the issuing one, its parents («ủy ban nhân dân phường bắc giang» over «văn phòng hđnd và
   * ubnd»): the block's lines before the last, together; "" when the body stands alone.
   */
  parent: string;
  /**
   * Everything above the «BÁO CÁO» title line, as written (lower case, with the motto, number and date beside the
   * capitals), for the rules that look for a word anywhere in the header; null when no such title line opens it.
   */
  above: string | null;
}

/** The last text read, and its header: every rule asks of the same document in turn. */
let memo: { text: string; header: DocumentHeader } | null = null;

export function documentHeader(text: string): DocumentHeader {
  // An equal text of a later recognition: kept by reference, so the next asks compare identities, not characters.
  if (memo?.text === text) memo.text = text;
  else memo = { text, header: readHeader(text) };
  return memo.header;
}

function readHeader(text: string): DocumentHeader {
  const lines = capitalsBlock(text);
  // The issuing body is the last line naming a kind of body, with the lines after it that go on with its name
  // («BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG / CÁC CÔNG TRÌNH GIAO THÔNG» under «UBND TỈNH QUẢNG NGÃI»).
  let own = lines.length - 1;
  while (own > 0 && kindOf(lines[own]!) === null) own--;
  const alone = own > 0;
  const whole = alone ? lines.slice(own).join(" ") : lines.join(" ");
  const body = whole !== "" && kindOf(whole) !== null ? whole : (bodyUnderTitle(text) ?? null);
  const above = /^([\s\S]{0,600}?)^\s*BÁO CÁO\s*$/mu.exec(text);
  return { lines, body, parent: alone ? lines.slice(0, own).join(" ") : "", above: above ? above[1]!.normalize("NFC").toLowerCase() : null };
}

/** Markdown's or a chat's emphasis around a line («**BÁO CÁO**», «*Văn phòng …*», «__…__»). */
const EMPHASIS = /^[*_\s]+|[*_\s]+$/gu;

/**
 * A report pasted into a message or an e-mail has no capitals block; its issuer is named on the line right under
 * the title instead («**BÁO CÁO NHANH … QUÝ III/2026**» / «**Văn phòng HĐND và UBND phường Nha Trang**»): a short
 * line opening with a kind of body. The subject line usual there («Kết quả thực hiện …») names no body first. A
 * capitals block under a title (a web page's copy: «BÁO CÁO … CỦA VĂN PHÒNG …» / «UBND THÀNH PHỐ HUẾ» / «VĂN PHÒNG»)
 * is a header moved down, not a name typed under the title: it is left unread, as before.
 */
function bodyUnderTitle(text: string): string | undefined {
  const lines = text.slice(0, 2000).split("\n").map((l) => l.replace(EMPHASIS, ""));
  const title = lines.findIndex((l) => /^BÁO CÁO(?![\p{L}])/u.test(l.normalize("NFC")));
  const next = title < 0 ? undefined : lines.slice(title + 1).find((l) => l !== "");
  if (next === undefined || next === next.toUpperCase() || next.split(/\s+/).length > 15 || /[.:;]$/.test(next)) return undefined;
  const body = normal(next);
  return kindOf(body) !== null ? body : undefined;
}

/**
 * A draft's mark above the header, with the blank lines after it: «DỰ THẢO», «Dự thảo lần 2 (… soạn, 11/6/2026 – chưa
 * trình ký)». Clerks put it on the first line of a draft; the capitals block stands under it.
 */
const DRAFT_MARK = /^\s*(?:\[\s*)?(?:bản\s+)?dự thảo(?![\p{L}])[^\n]*\n(?:[ \t]*\n)*/iu;

/** The capitals block opening the text: each line's first column, up to «Số:», the motto, the title or lower case. */
function capitalsBlock(text: string): string[] {
  const lines: string[] = [];
  const draft = DRAFT_MARK.exec(text.slice(0, 400));
  for (const raw of text.slice(draft ? draft[0].length : 0).slice(0, 600).split("\n")) {
    const line = raw.trimStart().split(/\s{3,}|\t/)[0]!.trim();
    if (line === "" || /^(?:SỐ|CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|BÁO CÁO|KÍNH GỬI)/u.test(line.toUpperCase()) || line !== line.toUpperCase() || !/\p{L}/u.test(line)) break;
    lines.push(normal(line));
  }
  return lines;
}
