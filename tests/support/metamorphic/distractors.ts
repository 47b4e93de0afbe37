/**
 * Sentences a real report could contain that state a figure of the same nouns but NOT the form's: the plan, the
 * previous quarter, the same period last year, another unit, the whole province, the year to date. Inserted beside a
 * paragraph on the same subject, they must bind nothing. Their numbers are chosen so that none equals a value the
 * truth holds or a number the document already writes: binding one can only be a wrong binding.
 */
import { bodyStart, isBullet, isHeading, isTableRow, pick, type Rewrite, type RewriteContext } from "./text";

export interface Distractor {
  /** Where it belongs: a line about the same thing. */
  near: RegExp;
  /** «{n}» a small count, «{N}» a count in thousands, «{p}» a rate. */
  sentence: string;
  /**
   * Not in a document whose opening (its first lines: who issues it, for what period) matches: a sentence naming a
   * body as another's is the report's own in that body's report, «9 tháng đầu năm» is the period of a nine-month one.
   */
  unless?: RegExp;
  /** Where beside its subject: after the line (the default), before it, or either, drawn. */
  position?: "after" | "before" | "either";
}

const FILES = /hồ sơ|\bHS\b/iu;
export const DISTRACTORS: readonly Distractor[] = [
  { near: FILES, sentence: "Cùng kỳ năm trước tiếp nhận {N} hồ sơ." },
  { near: FILES, sentence: "Quý trước, Trung tâm đã giải quyết {N} hồ sơ, trễ hạn {n} hồ sơ." },
  { near: FILES, sentence: "Lũy kế từ đầu năm, toàn tỉnh tiếp nhận {N} hồ sơ, tỷ lệ giải quyết đúng hạn đạt {p}%." },
  { near: FILES, sentence: "Riêng Sở Giao thông vận tải tiếp nhận {n} hồ sơ, đang giải quyết {n} hồ sơ." },
  { near: FILES, sentence: "Kế hoạch năm đề ra tỷ lệ hồ sơ giải quyết đúng hạn đạt {p}%." },
  { near: /kiểm tra|giám sát/iu, sentence: "Kế hoạch năm: {n} cuộc kiểm tra." },
  { near: /kiểm tra|giám sát/iu, sentence: "Năm trước, Văn phòng đã kiểm tra {n} đơn vị." },
  { near: /giao ban|họp/iu, sentence: "Cùng kỳ năm trước tổ chức {n} cuộc giao ban." },
  { near: /biên chế|công chức/iu, sentence: "Năm trước, Văn phòng được giao {n} biên chế công chức, có mặt {n} người." },
  { near: /biên chế|công chức/iu, sentence: "Toàn tỉnh có {N} công chức, viên chức." },
  { near: /thạc s|đại học|tiến s/iu, sentence: "Toàn tỉnh có {n} tiến sĩ và {N} thạc sĩ trong khối hành chính." },
  { near: /khen/iu, sentence: "Quý trước, Văn phòng đề nghị Thủ tướng tặng Bằng khen cho {n} cá nhân." },
  { near: /khiếu nại|tố cáo|đơn/iu, sentence: "Toàn tỉnh tiếp nhận {n} đơn khiếu nại, tố cáo trong quý." },
  { near: /đối thoại|ý kiến/iu, sentence: "Các sở, ngành nhận {n} ý kiến tại các hội nghị đối thoại cùng kỳ năm trước." },
  { near: /phản ánh|kiến nghị/iu, sentence: "Cùng kỳ năm trước xử lý {n} phản ánh, kiến nghị." },
  { near: /tiếp công dân|lượt/iu, sentence: "Cùng kỳ năm trước tiếp {n} lượt công dân." },
  { near: /tiếp công dân|lượt/iu, sentence: "Kế hoạch năm: tiếp {n} lượt công dân định kỳ." },
];

const SMALL = [13, 17, 19, 23, 29, 31, 37, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97];
const LARGE = [8123, 6457, 12_309, 4_871, 15_263, 7_349, 21_017, 5_593];
const RATES = ["93,17", "88,43", "97,29", "91,58", "86,71"];

const dotted = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

function numberFor(pool: readonly number[], text: string, context: RewriteContext, random: () => number, used: Set<number>): string {
  const free = pool.filter((n) => !context.truthValues.has(n) && !used.has(n) && !new RegExp(`(?<![\\d.,])${n}(?![\\d])|${dotted(n).replace(".", "\\.")}`).test(text));
  const n = pick(free.length > 0 ? free : pool, random);
  used.add(n);
  return n >= 1000 ? dotted(n) : String(n);
}

function fill(sentence: string, text: string, context: RewriteContext, random: () => number, used: Set<number>): string {
  return sentence
    .replace(/\{n\}/g, () => numberFor(SMALL, text, context, random, used))
    .replace(/\{N\}/g, () => numberFor(LARGE, text, context, random, used))
    .replace(/\{p\}/g, () => pick(RATES, random));
}

/** A prose line of the body that a sentence may follow: not a heading, a bullet's list, a table row, a lead «…:». */
function placeable(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? "";
  const next = lines.slice(i + 1).find((l) => l.trim() !== "") ?? "";
  return line.trim().length > 20 && !isHeading(line) && !isTableRow(line) && !/[:：;,]\s*$/.test(line) && !isBullet(next) && !isTableRow(next) && !/^\s*\p{Ll}/u.test(next);
}

/**
 * A row of any table: cells by tabs, by «|» (with or without the leading one), or laid out with runs of spaces. The
 * near-match sentences (nearMatches.ts) keep clear of every one of them and of the lines around them: a sentence
 * inside a table would break the table, no clerk's way of writing.
 */
const anyTableRow = (line: string): boolean => isTableRow(line) || (line.match(/\|/g) ?? []).length >= 2 || /\S {3,}(?=\S)/.test(line);

function clearOfTables(lines: readonly string[], i: number): boolean {
  const near = (step: 1 | -1) => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) if ((lines[k] ?? "").trim() !== "") return lines[k]!;
    return "";
  };
  // After a whole sentence only: a line a PDF's width broke goes on below it.
  return /[.!?…]\s*$/u.test(lines[i] ?? "") && !anyTableRow(lines[i] ?? "") && !anyTableRow(near(1)) && !anyTableRow(near(-1));
}

/** The document's opening: who issues it and for what period (its first lines up to the body, at most 1.500 characters). */
function opening(lines: readonly string[]): string {
  return lines.slice(0, Math.max(bodyStart(lines), 12)).join("\n").slice(0, 1500);
}

/**
 * A line a sentence may go before, as its own paragraph or opening the line: a paragraph's first line (after a heading
 * or a whole sentence), not a bullet, and (strict) clear of tables.
 */
function beforePlaceable(lines: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (lines[k] ?? "").trim() === "") k--;
  const previous = k >= 0 ? lines[k]! : "";
  const line = lines[i] ?? "";
  return !isBullet(line) && /^\s*\p{Lu}/u.test(line) && (isHeading(previous) || /[.!?…]\s*$/u.test(previous)) && !anyTableRow(previous);
}

/**
 * `count` distractors, each after a line on its subject (or a random prose line), as its own paragraph or appended.
 * `strict` (the near-match sentences): only after a whole sentence on its subject, clear of tables.
 */
export const distractorsInserted =
  (count: number, kinds: readonly Distractor[] = DISTRACTORS, strict = false): Rewrite =>
  (text, random, context) => {
    const lines = text.split("\n");
    const start = bodyStart(lines);
    const used = new Set<number>();
    const after = new Map<number, string[]>();
    const before = new Map<number, string[]>();
    const head = opening(lines);
    for (let k = 0; k < count; k++) {
      const d = pick(kinds, random);
      if (d.unless?.test(head)) continue;
      const side = d.position === "either" ? (random() < 0.5 ? "before" : "after") : (d.position ?? "after");
      const fits = side === "before" ? beforePlaceable : placeable;
      const places = lines.map((_, i) => i).filter((i) => i > start && fits(lines, i) && (!strict || clearOfTables(lines, i)));
      const near = places.filter((i) => d.near.test(lines[i] ?? ""));
      if (places.length === 0) continue;
      // A near-match sentence goes beside its subject or nowhere: a sentence on files amid the leaders' visits is no
      // clerk's, and it parts a list from its summary line.
      if (strict && near.length === 0) continue;
      const at = pick(near.length > 0 ? near : places, random);
      const sentence = fill(d.sentence, text, context, random, used);
      const into = side === "before" ? before : after;
      into.set(at, [...(into.get(at) ?? []), sentence]);
    }
    return lines
      .map((line, i) => {
        const ahead = before.get(i);
        const added = after.get(i);
        let out = line;
        if (ahead) out = random() < 0.5 ? `${ahead.join(" ")} ${out.trimStart()}` : [...ahead, out].join("\n");
        if (!added) return out;
        const glued = /[.。]\s*$/.test(line) && random() < 0.5;
        return glued ? `${out} ${added.join(" ")}` : [out, ...added].join("\n");
      })
      .join("\n");
  };
