/** Where a list of units is the places of an activity, not the office's own units (lists.ts, divisionHeads.ts). */

/**
 * «kiểm tra … được tiến hành tại: 02 phòng, đơn vị (A; B)», «làm việc với các phòng: …», «tặng danh hiệu Tập thể lao
 * động xuất sắc: 03 phòng, đơn vị»: units named as where an activity takes place or as whom it rewards (a place word
 * right before, or an inspection, visit, meeting or award in the same sentence) are the places or winners of that
 * activity, not the list of the office's units, whatever the heading's words.
 */
import { clauseStart } from "./clauseStart";
export function placesVisited(text: string, at: number): boolean {
  const from = clauseStart(text, at, 200, "\n;");
  const sentence = text.slice(from, at).normalize("NFC");
  if (PLACE_BEFORE.test(sentence.toLowerCase())) return true;
  // Written in lower case, or opening the sentence: «Tổ Thanh tra», «Ban Giám sát» in a list before are names.
  // «Thanh tra tỉnh có 05 phòng …» opens with the inspectorate's name, a body and no inspection.
  const opening = sentence.replace(/^[\s\-+•*–]+/u, "").replace(INSPECTORATE, "");
  return ACTIVITY.test(sentence) || ACTIVITY.test(opening.charAt(0).toLowerCase() + opening.slice(1, 24));
}

/** The inspectorate by its name: «Thanh tra tỉnh», «Thanh tra Sở», «Thanh tra thành phố» (Luật Thanh tra 2025). */
const INSPECTORATE = /^Thanh tra[ \t]+(?:tỉnh|Sở|thành phố|huyện|Bộ|Chính phủ)(?![\p{L}])/u;
const PLACE_BEFORE = /(?<![\p{L}])(?:tại|ở|đến|đối với)[ \t]*:?[ \t]*$/u;
const ACTIVITY = /(?<![\p{L}])(?:kiểm tra|giám sát|khảo sát|thanh tra|làm việc|tiến hành|thăm|tặng|khen thưởng|khen|danh hiệu|bình xét|xếp loại|công nhận)(?![\p{L}])/u;

/**
 * A count of divisions with no names after it, after a colon: only a lead-in about the office's structure («Tổ chức
 * bộ máy: 07 phòng, đơn vị») makes it the office's own; any other lead-in says what the units are counted for.
 */
export function structureLead(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  if (!/:[ \t]*$/.test(before)) return true;
  const lead = before.split(/[\n;.]/).pop()!.normalize("NFC").toLowerCase();
  return /(?<![\p{L}])(?:tổ chức|bộ máy|cơ cấu|trực thuộc)(?![\p{L}])/u.test(lead);
}
