/**
 * Where a report tells what fell short: a paragraph led by «Tồn tại, hạn chế:», «Hạn chế:», «Khó khăn, vướng mắc:»
 * (or such a lead inside a paragraph, «… đầy đủ. Hạn chế: còn …», to the paragraph's end), and a part headed by those
 * words alone («III. TỒN TẠI, HẠN CHẾ», «2. Hạn chế») up to the next heading. Its numbers count what is lacking, left
 * undone or still pending («còn 01 đơn vị chưa kiểm tra», «02 trường hợp đủ điều kiện nâng lương … chưa được thẩm
 * định», «thiếu 05 người so với biên chế»), or an earlier year's: the form's figures of what was done are told in the
 * body, never there. A figure that itself counts a shortfall (dossiers late or still pending, staff disciplined) is
 * often restated there and keeps its candidates (`countsShortfall`). Language knowledge only: no field named.
 */

/**
 * The shortcoming words, the first capitalised (a lead opens its sentence), the rest joined by «,» or «và»: «Tồn tại,
 * hạn chế», «Khó khăn, vướng mắc», «Hạn chế và nguyên nhân», «TỒN TẠI, HẠN CHẾ».
 */
const FIRST = "(?:Tồn tại|Hạn chế|Khó khăn|Vướng mắc|TỒN TẠI|HẠN CHẾ|KHÓ KHĂN|VƯỚNG MẮC)";
/** …and what the body asks for them after («Khó khăn và kiến nghị», «Tồn tại, hạn chế và đề xuất»): still no done figure. */
const MORE = "(?:tồn tại|hạn chế|khó khăn|vướng mắc|nguyên nhân|kiến nghị|đề xuất|TỒN TẠI|HẠN CHẾ|KHÓ KHĂN|VƯỚNG MẮC|NGUYÊN NHÂN|KIẾN NGHỊ|ĐỀ XUẤT)";
const WORDS = `${FIRST}(?:(?:[ \\t]*,|[ \\t]+(?:và|VÀ))[ \\t]+${MORE})*`;
/** A paragraph's lead, after an optional item mark («- », «4.2. », «b) »), or a sentence's inside it: the words and «:». */
const LEAD = new RegExp(`(?:^[ \\t]*(?:[-–+•*][ \\t]*|(?:\\d+\\.)*\\d+[.)][ \\t]*|[a-zđ][.)][ \\t]*)?|[.;][ \\t]+)${WORDS}[ \\t]*:`, "u");
/** A heading of those words alone, numbered or in capitals: «III. TỒN TẠI, HẠN CHẾ», «2. Hạn chế», «HẠN CHẾ, NGUYÊN NHÂN». */
const HEADING = new RegExp(`^[ \\t]*(?:(?:[IVX]+|\\d+(?:\\.\\d+)*)[.)][ \\t]*)?${WORDS}[ \\t]*[.:]?[ \\t]*$`, "u");
/** A line that opens the next heading: a numbered title («IV. NHIỆM VỤ», «3. Phương hướng»), a part, the recipients. */
const NEXT = /^[ \t]*(?:(?:[IVX]+|\d+(?:\.\d+)*)[.)][ \t]*\p{Lu}|(?:PHẦN|Phần)(?![\p{L}])|Nơi nhận)/u;

let memo: { text: string; spans: Array<[number, number]> } | null = null;

function spansOf(text: string): Array<[number, number]> {
  if (memo?.text === text) {
    // An equal text of a later recognition: kept by reference, so the next asks compare identities, not characters.
    memo.text = text;
    return memo.spans;
  }
  const spans: Array<[number, number]> = [];
  let part = -1;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    if (part >= 0 && NEXT.test(line)) {
      spans.push([part, at]);
      part = -1;
    }
    if (line.length <= 80 && HEADING.test(line)) {
      if (part < 0) part = at;
    } else if (part < 0) {
      const lead = LEAD.exec(line);
      if (lead) spans.push([at + lead.index, end]);
    }
    at = end + 1;
  }
  if (part >= 0) spans.push([part, text.length]);
  memo = { text, spans };
  return spans;
}

/** The number at `start` stands where the report tells its shortcomings. */
export function inShortcomings(text: string, start: number): boolean {
  return spansOf(text).some(([from, to]) => from <= start && start < to);
}

/**
 * A figure whose label counts a shortfall itself: late, overdue or pending dossiers, what is lacking, who was
 * disciplined, complaints and denunciations received (a shortcoming tells the one still being verified).
 */
const SHORTFALL = /(?<![\p{L}])(?:trễ|quá hạn|đang giải quyết|chưa|thiếu|tồn đọng|vi phạm|bị xử lý|kỷ luật|khiếu nại|tố cáo)(?![\p{L}])/iu;

export function countsShortfall(label: string): boolean {
  return SHORTFALL.test(label);
}

/**
 * A count said lacking wherever it stands: «thiếu 02 công chức», «còn thiếu 05 biên chế», «thiếu hụt 03 người» count
 * the staff or things a body has not got, no act done and nobody moved, appointed or taken on. Only a figure that
 * counts a shortfall itself (`countsShortfall`) may take it.
 */
const LACKING = /(?<![\p{L}\p{M}])thiếu(?:[ \u00a0]+hụt)?[ \u00a0]+$/iu;

export function lackingCount(text: string, start: number): boolean {
  return LACKING.test(text.slice(Math.max(0, start - 12), start));
}
