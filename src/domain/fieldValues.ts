/** Reading a field's text (typed in the pane or found in the document) and writing it back in the house style. */
import { formatDateVn, parseDateVn } from "./period";
import { spelledValue } from "./spelledCounts";
import { UNIT_KIND } from "./unitKinds";
import type { FieldDef, FieldValue, ParseResult } from "./types";
import { excerpt, formatCount, formatGrouped, formatPercent, parseDecimal, parseWholeNumber, type NumberParse } from "./vnNumber";
import { numberedList } from "./numberedList";

const DEFAULT_MAX = 1_000_000;
const MAX_TEXT = 300;
const MAX_ITEMS = 50;
/* What clerks type, or the report writes, for zero: a dash too, «đang học: —.» (stop 45, held-out 1234). */
const ZERO_WORDS = /^(không|không có|không phát sinh|chưa phát sinh|0|—|–)$/i;
/* «"abc" không phải là số» alone left the clerk guessing what the box wanted: each number kind says it, with an
   example in the house style (a year and a date already give theirs). */
const EXPECTED_COUNT = "Nhập số nguyên, ví dụ 9.780.";
const EXPECTED_PERCENT = "Nhập tỷ lệ, ví dụ 95,06%.";

export function parseField(field: FieldDef, raw: string): ParseResult {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null };
  switch (field.kind) {
    case "count":
      // The form's own words for zero («Không phát sinh») read back as zero, as they are written.
      return ZERO_WORDS.test(text) || sameWords(text, field.zeroText)
        ? number(0)
        : /%\s*$/u.test(text)
          ? // Walk finding (walker38): «95.06%» in a count's box read «… không phải là số»; to the clerk it is one.
            { ok: false, message: `«${text.slice(0, 24)}» là tỷ lệ; ô này nhập số lượng, ví dụ 9.780.` }
          : inRange(expecting(parseWholeNumber(text), EXPECTED_COUNT), 0, field.max ?? DEFAULT_MAX);
    case "percent":
      return inRange(expecting(parseDecimal(text), EXPECTED_PERCENT), 0, 100);
    case "year":
      return /^\d{4}$/.test(text)
        ? inRange({ ok: true, value: Number(text) }, 2000, 2100)
        : { ok: false, message: "Năm phải gồm 4 chữ số, ví dụ 2026." };
    case "date": {
      const parsed = parseDateVn(text);
      return parsed.ok ? { ok: true, value: { kind: "date", iso: parsed.iso } } : parsed;
    }
    case "text":
      return text.length > MAX_TEXT
        ? { ok: false, message: `Nội dung dài quá ${MAX_TEXT} ký tự.` }
        : { ok: true, value: { kind: "text", value: text } };
    case "list":
      return parseList(text);
  }
}

function sameWords(text: string, words: string | undefined): boolean {
  return words !== undefined && text.normalize("NFC").toLowerCase() === words.normalize("NFC").toLowerCase().trim();
}

function expecting(parsed: NumberParse, expected: string): NumberParse {
  return !parsed.ok && parsed.notNumber ? { ok: false, message: `${parsed.message} ${expected}` } : parsed;
}

function number(value: number): ParseResult {
  return { ok: true, value: { kind: "number", value } };
}

function inRange(parsed: NumberParse, min: number, max: number): ParseResult {
  if (!parsed.ok) return parsed;
  if (parsed.value < min || parsed.value > max) {
    return { ok: false, message: `Số liệu phải trong khoảng ${formatCount(min).replace(/^0(\d)$/, "$1")}–${formatCount(max)}.` };
  }
  return number(parsed.value);
}

function parseList(text: string): ParseResult {
  const items = listItems(text);
  if (items.length > MAX_ITEMS) return { ok: false, message: `Danh sách có quá ${MAX_ITEMS} mục.` };
  const long = items.find((item) => item.length > MAX_TEXT);
  if (long) return { ok: false, message: `Mục «${excerpt(long)}» dài quá ${MAX_TEXT} ký tự.` };
  return { ok: true, value: { kind: "list", items } };
}

/**
 * Items one per line or separated by ";" (what the pane asks for); a report written as prose, "A, B và C", is read
 * as three items too. Prose is split only when there is no ";": an item may itself contain commas.
 */
function listItems(text: string): string[] {
  // «(1) A; (2) B»: the report's numbering is how it writes the list, not part of an item (numberedList.ts).
  const numbered = numberedList(text);
  if (numbered !== null) return numbered.items;
  const parts = /[\n;]/.test(text) ? text.split(/[\n;]/) : proseItems(text);
  return parts.map((item) => item.trim()).filter((item) => item !== "");
}

/* A unit's own name holds «và» and commas: «Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp» is one unit, and so
   is «Trung tâm Thông tin và Tư vấn dân tộc, tôn giáo» (walk43, 4: the first was split in two, and the pane then
   doubted the report's correct «01 đơn vị sự nghiệp»; 30 held-out reports name such a centre). So prose is split at
   a comma only before a capital, and at «và» only before the kind of a unit («… và Nhà khách UBND tỉnh»); a list
   whose items are not units («A, B và C») is split at its last «và» before a capital. */
// «Sở Nội vụ và Sở Tài chính»: in a list the pane reads, a «Sở» after «và» is another department.
const AND_BEFORE_UNIT = new RegExp(`\\s+và\\s+(?=${UNIT_KIND}|Sở\\s+\\p{Lu})`, "u");
const UNIT_NAME = new RegExp(`^${UNIT_KIND}`, "u");

function proseItems(text: string): string[] {
  const pieces = text.split(/,\s+(?:và\s+)?(?=\p{Lu})/u);
  const last = pieces.pop()!;
  const ofUnits = pieces.length === 0 || pieces.some((piece) => UNIT_NAME.test(piece));
  const tail = ofUnits ? last.split(AND_BEFORE_UNIT) : last.split(/\s+và\s+(?=\p{Lu})/u);
  return [...pieces.flatMap((piece) => piece.split(AND_BEFORE_UNIT)), ...tail];
}

/** Whether a control's text already says this value, in whatever style it was written ("A, B và C" = "A; B; C"). */
export function showsValue(field: FieldDef, text: string, value: FieldValue): boolean {
  if (value.kind !== "list") return formatField(field, value) === text || saysInWords(field, text, value);
  const parsed = parseField(field, text);
  return parsed.ok && parsed.value?.kind === "list" && parsed.value.items.join("\n") === value.items.join("\n");
}

/** The text a content control shows for a value, in the official style (9.780, 05, 95,06%, 03/3/2026). */
export function formatField(field: FieldDef, value: FieldValue): string {
  switch (value.kind) {
    case "number":
      if (field.kind === "percent") return formatPercent(value.value);
      if (field.kind === "year") return String(value.value);
      return value.value === 0 && field.zeroText ? field.zeroText : formatCount(value.value);
    case "date":
      return formatDateVn(value.iso);
    case "text":
      return value.value;
    case "list":
      return value.items.join("; ");
  }
}

/** The text to put back in the pane's input for a stored value (no leading zero, lists one per line). */
export function inputText(field: FieldDef, value: FieldValue): string {
  if (value.kind === "list") return value.items.join("\n");
  if (value.kind === "number" && field.kind === "count") return formatGrouped(value.value);
  // Only a percentage's own sign goes (the input shows "%" beside the box); a text such as «đạt 100%» keeps its own.
  if (value.kind === "number" && field.kind === "percent") return formatField(field, value).replace(/%$/, "");
  return formatField(field, value);
}

export function sameValue(a: FieldValue | null, b: FieldValue | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The document's text reads as this value, in whatever style it is written («9 780», «8», «95.06 %»). */
/**
 * A field's text as the document writes it: what the pane reads from a clerk's typing, and a count in words
 * («mười hai cuộc», as reports write small counts; recognition binds them, meaning/spelledNumbers.ts). Typed input
 * stays digits (parseField): «ba» typed in the pane is a mistake to point out, «ba» in the report is three.
 */
export function parseWritten(field: FieldDef, raw: string): ParseResult {
  // «92,4 phần trăm»: the document's sign in words, as «%» (import/numbers.ts).
  const parsed = parseField(field, field.kind === "percent" ? raw.replace(/\s+phần\s+trăm\s*$/iu, "") : raw);
  const spelled = field.kind === "count" && !parsed.ok ? spelledValue(raw) : null;
  return spelled === null ? parsed : inRange({ ok: true, value: spelled }, 0, field.max ?? DEFAULT_MAX);
}

/**
 * A value the document says in words, with no digit («không», «mười hai»): the words belong to the sentence. Walk
 * finding (walk41, held-out 1053): «UBND phường không nhận được phản ánh» bound «không» as 0, and «Viết lại theo quy
 * cách» made it «UBND phường 0 nhận được phản ánh». Such a place shows its value and is never restyled.
 */
export function saysInWords(field: FieldDef, text: string, value: FieldValue): boolean {
  return value.kind === "number" && !/\p{Nd}/u.test(text) && readsAs(field, text, value);
}

export function readsAs(field: FieldDef, text: string, value: FieldValue): boolean {
  const parsed = parseWritten(field, text);
  return parsed.ok && parsed.value !== null && formatField(field, parsed.value) === formatField(field, value);
}
