/** The checks of one citation on its own: symbol form, type, date, year in the symbol, issuer, plan year. */
import type { TextProblem } from "../types";
import type { Citation } from "./parse";
import { issuerBody, orgFamily, TYPE_ABBR } from "./symbol";

const FAMILY_NAME = { party: "cơ quan Đảng", central: "cơ quan Trung ương", province: "cơ quan nhà nước của tỉnh" } as const;

const problem = (key: string, severity: TextProblem["severity"], c: Citation, message: string): TextProblem => ({
  key,
  severity,
  message,
  lines: [c.line],
});

function name(c: Citation): string {
  return `${c.type} số ${c.code}`;
}

export function malformed(c: Citation): string | null {
  if (c.symbol) return null;
  return (
    `Số, ký hiệu «${c.code}» của ${c.type} viết sai. Văn bản của Đảng viết «số-loại/cơ quan» (ví dụ 429-QĐ/TU), ` +
    `văn bản nhà nước viết «số/loại-cơ quan» (ví dụ 17/KH-VPUB).`
  );
}

/** Problems of a single citation with a well-formed symbol (the malformed ones are grouped by the caller). */
export function singleCitationProblems(c: Citation): TextProblem[] {
  const found: TextProblem[] = [];
  const symbol = c.symbol;
  const expectedType = TYPE_ABBR[c.type.toLowerCase()];
  if (symbol?.typeAbbr && expectedType && symbol.typeAbbr !== expectedType) {
    found.push(problem(`citation.type:${c.code}`, "error", c, `${name(c)}: ký hiệu loại «${symbol.typeAbbr}» không phải của ${c.type} (${expectedType}).`));
  }
  if (c.date && !c.date.valid) {
    found.push(problem(`citation.date:${c.code}:${c.line}`, "error", c, `${name(c)}: ngày ban hành «${c.date.raw}» không có thật.`));
  }
  if (c.date?.valid && symbol?.year !== undefined && symbol.year !== c.date.year) {
    found.push(
      problem(
        `citation.symbolYear:${c.code}`,
        "error",
        c,
        `${name(c)} ngày ${c.date.raw}: năm trong ký hiệu (${symbol.year}) khác năm ban hành (${c.date.year}); một trong hai bị ghi sai.`,
      ),
    );
  }
  const issuer = c.issuer ? issuerBody(c.issuer) : undefined;
  const symbolFamily = symbol ? orgFamily(symbol) : undefined;
  if (issuer && symbolFamily && issuer.family !== symbolFamily) {
    found.push(
      problem(
        `citation.issuer:${c.code}`,
        "error",
        c,
        `${name(c)} ghi là «của ${c.issuer}» (${FAMILY_NAME[issuer.family]}), nhưng ký hiệu «${symbol!.org}» là của ${FAMILY_NAME[symbolFamily]}.`,
      ),
    );
  }
  if (c.date && !c.date.hasNgay) {
    found.push(problem(`citation.noNgay:${c.code}`, "warning", c, `${name(c)} ${c.date.raw}: thiếu chữ «ngày» trước ngày ban hành.`));
  }
  const plan = planYearWarning(c);
  if (plan) found.push(plan);
  return found;
}

/**
 * A plan for year N is normally issued from the last quarter of N-1 on; one dated earlier than 01/10 of N-1 most
 * likely carries the wrong year ("Kế hoạch số 04/KH-UBND ngày 04/01/2025 … năm 2026").
 */
function planYearWarning(c: Citation): TextProblem | null {
  if (!/^(kế hoạch|chương trình)$/iu.test(c.type) || !c.date?.valid) return null;
  const years = [...c.subject.matchAll(/năm\s+(\d{4})(?!\d)/gu)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  const planYear = Math.max(...years);
  const dated = c.date.year * 100 + c.date.month;
  if (dated >= (planYear - 1) * 100 + 10) return null;
  return problem(
    `citation.planYear:${c.code}`,
    "warning",
    c,
    `${name(c)} ngày ${c.date.raw} là kế hoạch năm ${planYear} nhưng ban hành từ năm ${c.date.year}: kiểm tra lại ngày hoặc năm.`,
  );
}
