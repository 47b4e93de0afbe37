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

function readHeader(whole: string): DocumentHeader {
  // A report pasted into an e-mail: its header stands under the mail's envelope and covering note (mailEnvelopeEnd).
  const text = whole.slice(mailEnvelopeEnd(whole));
  const lines = capitalsBlock(text);
  // The issuing body is the last line naming a kind of body, with the lines after it that go on with its name
  // («BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG / CÁC CÔNG TRÌNH GIAO THÔNG» under «UBND TỈNH QUẢNG NGÃI»).
  let own = lines.length - 1;
  while (own > 0 && kindOf(lines[own]!) === null) own--;
  const alone = own > 0;
  const named = alone ? lines.slice(own).join(" ") : lines.join(" ");
  const body = named !== "" && kindOf(named) !== null ? named : (bodyUnderTitle(text) ?? null);
  const above = /^([\s\S]{0,600}?)^\s*BÁO CÁO\s*$/mu.exec(text);
  return { lines, body, parent: alone ? lines.slice(0, own).join(" ") : "", above: above ? above[1]!.normalize("NFC").toLowerCase() : null };
}

/** A field of a mail's envelope as a mail client prints it above the message («Từ:», «Gửi lúc:», «Subject:»). */
const MAIL_FIELD = /^[ \t]*(?:từ|người gửi|gửi lúc|ngày gửi|thời gian|đến|gửi đến|người nhận|cc|bcc|tiêu đề|chủ đề|from|sent|date|to|subject)[ \t]*:/iu;
/** A line that parts a message from what it forwards or pastes: «-----», «=====», «---------- Forwarded message ---------». */
const MESSAGE_RULE = /^[ \t]*(?:[-=_*]{3,}[^\n]*|[^\n]*(?:forwarded message|original message|thư chuyển tiếp)[^\n]*)$/iu;

/**
 * Where the report starts in a text that opens with a mail's envelope: two fields or more among its first lines
 * («Từ: …», «Đến: …», «Tiêu đề: …») and, within the message's first 3,000 characters, a rule line after which the
 * report was pasted (the covering note above it is the sender's, not the report's header). 0 otherwise: a report
 * that opens with its own header, or a mail with no rule (its body may be the report itself).
 */
export function mailEnvelopeEnd(text: string): number {
  const head = text.slice(0, 3000);
  const lines = head.split("\n");
  let offset = 0;
  let fields = 0;
  let seen = 0;
  for (const line of lines) {
    const end = offset + line.length + 1;
    if (line.trim() !== "") {
      if (seen < 8 && MAIL_FIELD.test(line)) fields += 1 + (line.slice(1).match(/\s(?:gửi lúc|ngày gửi|đến|tiêu đề|chủ đề|sent|date|to|subject)[ \t]*:/giu)?.length ?? 0);
      else if (seen === 0) return 0;
      seen++;
      if (fields >= 2 && seen > 1 && MESSAGE_RULE.test(line)) return Math.min(text.length, end + (/^(?:[ \t]*\n)*/u.exec(text.slice(end))?.[0].length ?? 0));
    }
    offset = end;
  }
  return 0;
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
/** A place named in a parent body's line: «… tỉnh quảng trị», «… phường bắc giang». */
const PLACE_NAMED = /(?:^| )(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) \p{L}+(?: \p{L}+)*$/u;

/**
 * A parent and its body written on one line, «văn phòng ủy ban nhân dân tỉnh quảng trị trung tâm phục vụ hành chính
 * công», are two lines of the block: parted before the last body kind that follows a place's name. A name holding a
 * kind with no place before it («văn phòng hội đồng nhân dân và ủy ban nhân dân») is one body, and two bodies joined
 * by a dash («văn phòng ủy ban nhân dân tỉnh - trung tâm …», a joint report: 441, 494) stay as written.
 */
function bodiesInLine(line: string): string[] {
  const words = line.split(" ");
  for (let i = words.length - 2; i > 1; i--) {
    const rest = words.slice(i).join(" ");
    const before = words.slice(0, i).join(" ");
    // «ủy ban nhân dân tỉnh nghệ an ủy ban nhân dân xã yên thành»: «ban» is a kind of body too, but not inside «ủy ban».
    if (words[i - 1] === "ủy" || words[i - 1] === "uỷ") continue;
    // «… phường rạch giá văn phòng hội đồng nhân dân và ủy ban nhân dân»: a kind after «và», or right after «văn
    // phòng», names whose office it is (one office serves both), no body of its own; nor is «phòng» inside «văn phòng».
    if (words[i - 1] === "và" || (words[i - 2] === "văn" && words[i - 1] === "phòng") || (words[i - 1] === "văn" && words[i] === "phòng")) continue;
    if (kindOf(rest) !== null && kindOf(before) !== null && PLACE_NAMED.test(before)) return [before, rest];
  }
  return [line];
}

function capitalsBlock(text: string): string[] {
  const lines: string[] = [];
  const draft = DRAFT_MARK.exec(text.slice(0, 400));
  for (const raw of text.slice(draft ? draft[0].length : 0).slice(0, 600).split("\n")) {
    // A Word cell's paragraphs read as one line: «… TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG  Số: 41/BC-TTPVHCC» (814),
    // the short rule drawn under the body's name between them («… VĂN PHÒNG HĐND VÀ UBND ――――― Số: 46/BC-VP»):
    // the rule ends the name, as the cell's next paragraph does.
    const line = raw.trimStart().split(/\s{3,}|\t|\s+(?=số\s*:)|\s*[―—–_=-]{3,}/iu)[0]!.trim();
    if (line === "" || /^(?:SỐ|CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|BÁO CÁO|KÍNH GỬI)/u.test(line.toUpperCase()) || line !== line.toUpperCase() || !/\p{L}/u.test(line)) break;
    lines.push(...bodiesInLine(normal(line)));
  }
  return lines;
}
