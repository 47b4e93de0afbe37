/**
 * Vietnamese number style: `.` groups thousands (9.780), `,` marks decimals (95,06).
 * Parsing accepts what clerks type and refuses, with a reason, anything it would have to guess.
 */

/* `notNumber`: the text has no number in it at all («abc»), so the caller, who knows the box, says what to type. */
export type NumberParse = { ok: true; value: number } | { ok: false; message: string; notNumber?: true };

/* Invisible marks pasted from other programs (bidi controls, zero-width characters, BOM). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/;
const SPACES = /[ \u00a0\u2009\u202f]/;
const GROUPED = /^\d{1,3}(?:[. \u00a0\u2009\u202f]\d{3})+$/;
const PLAIN = /^\d+$/;

const fail = (message: string): NumberParse => ({ ok: false, message });

/** Common checks; returns the cleaned text or a failure. */
function clean(raw: string): { text: string } | { failure: NumberParse } {
  const text = raw.trim();
  if (INVISIBLE.test(text)) {
    return { failure: fail("Ô này có ký tự ẩn (dán từ nơi khác); hãy xoá và gõ lại số.") };
  }
  if (/[\uff10-\uff19]/.test(text)) {
    return { failure: fail("Hãy gõ chữ số thường 0–9, không dùng chữ số toàn khổ.") };
  }
  if (/^[-−–]/.test(text)) return { failure: fail("Số liệu không được âm.") };
  if (/^\+/.test(text)) return { failure: fail("Không cần dấu +; chỉ gõ số.") };
  if (/\d[eE][+-]?\d/.test(text)) {
    return { failure: fail("Không dùng dạng số mũ (1e9); hãy gõ đủ các chữ số.") };
  }
  return { text };
}

/**
 * A whole number: 9780, 9.780, 9 780. Rejects decimals ("7,5"), dots that do not group thousands ("9.78"),
 * and anything that is not digits.
 */
export function parseWholeNumber(raw: string): NumberParse {
  const cleaned = clean(raw);
  if ("failure" in cleaned) return cleaned.failure;
  const { text } = cleaned;
  if (PLAIN.test(text) || GROUPED.test(text)) return finite(Number(text.replace(/\D/g, "")));
  // "9,780" is how English-style software groups thousands: say how to write it here, without guessing the value.
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) {
    return fail(`Số này phải là số nguyên; nếu «${text}» là số hàng nghìn, hãy tách bằng dấu chấm: ${text.replaceAll(",", ".")}.`);
  }
  if (/^\d[\d.]*,\d*$/.test(text)) return fail("Số này phải là số nguyên (không có phần thập phân).");
  if (/^\d+\.\d{1,2}$/.test(text)) {
    return fail("Số này phải là số nguyên; dấu chấm tách hàng nghìn cần đủ 3 chữ số sau nó, ví dụ 9.780.");
  }
  if (/^[\d. \u00a0\u2009\u202f]+$/.test(text)) {
    return fail("Dấu chấm (hoặc khoảng trắng) chỉ dùng để tách hàng nghìn, ví dụ 9.780.");
  }
  return { ok: false, message: `«${excerpt(text)}» không phải là số.`, notNumber: true };
}

/**
 * A decimal such as a percentage: 95,06 or 95.06 (a dot followed by one or two digits can only be a decimal mark),
 * 1.234,5 (grouping and decimals). A dot followed by exactly three digits (1.234) is ambiguous and refused.
 * A trailing % is allowed.
 */
export function parseDecimal(raw: string): NumberParse {
  const cleaned = clean(raw);
  if ("failure" in cleaned) return cleaned.failure;
  const text = cleaned.text.replace(/\s*%$/, "");
  if (PLAIN.test(text) || GROUPED.test(text)) {
    if (/^\d{1,3}\.\d{3}$/.test(text)) {
      return fail(`«${text}» có thể là ${text.replace(".", ",")} hoặc ${text.replace(".", "")}: hãy dùng dấu phẩy cho phần thập phân.`);
    }
    return finite(Number(text.replace(/\D/g, "")));
  }
  const comma = /^(\d{1,3}(?:[. \u00a0\u2009\u202f]\d{3})+|\d+),(\d+)$/.exec(text);
  if (comma) return finite(Number(`${comma[1]!.replace(/\D/g, "")}.${comma[2]}`));
  const dot = /^(\d+)\.(\d{1,2})$/.exec(text);
  if (dot) return finite(Number(`${dot[1]}.${dot[2]}`));
  // Digits wrongly grouped or marked; words with a space between and no digit («chín lăm») are no number at all.
  if ((SPACES.test(text) && /\d/.test(text)) || /^[\d.,]+$/.test(text)) {
    return fail("Cách viết số chưa đúng: dùng dấu phẩy cho phần thập phân, ví dụ 95,06.");
  }
  return { ok: false, message: `«${excerpt(text)}» không phải là số.`, notNumber: true };
}

function finite(value: number): NumberParse {
  if (!Number.isSafeInteger(Math.trunc(value))) return fail("Số quá lớn.");
  return { ok: true, value };
}

export function excerpt(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/*
 * Grouping and decimals written here rather than by Intl.NumberFormat("vi-VN"): building a formatter loads the
 * locale's data, 17–80 ms of the pane's start in issue 15's traces (the start validates and formats every figure),
 * whether built at module load or on first use. The output is Intl's, character for character: a property test
 * compares them (tests/domain/properties/vnNumberIntl.property.test.ts). Intl stays for what this does not cover
 * (NaN, infinities, numbers past 1e21), built only then.
 */
let intlFallback: Map<number, Intl.NumberFormat> | null = null;
function viaIntl(value: number, decimals: number): string {
  intlFallback ??= new Map();
  let format = intlFallback.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    intlFallback.set(decimals, format);
  }
  return format.format(value);
}

/** Digits grouped by three with "." (Vietnamese thousands separator). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * `value` to `decimals` places, grouped with "." and with "," before the decimals. Whole numbers round half away
 * from zero as Intl does (Math.round on the magnitude); with decimals, toFixed's rounding of the binary value is
 * Intl's too for the values passed here, which roundTo has already rounded.
 */
function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return viaIntl(value, decimals);
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  const magnitude = Math.abs(value);
  const [whole = "0", fraction] = (decimals === 0 ? String(Math.round(magnitude)) : magnitude.toFixed(decimals)).split(".");
  return `${sign}${groupThousands(whole)}${fraction ? `,${fraction}` : ""}`;
}

/** 9780 → "9.780", 1234.5 → "1.235": whole numbers grouped by thousands, no leading zero. */
export function formatGrouped(value: number): string {
  return formatFixed(value, 0);
}

/** 9780 → "9.780"; counts under 10 take a leading zero in running text (5 → "05"); 0 stays "0". */
export function formatCount(value: number): string {
  if (value > 0 && value < 10) return `0${value}`;
  return formatGrouped(value);
}

/** 95.0617 → "95,06%". */
export function formatPercent(value: number): string {
  return `${formatFixed(roundTo(value, 2), 2)}%`;
}

/** Rounds half away from zero on the decimal digits a person sees, not on binary noise (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
}
