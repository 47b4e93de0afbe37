/**
 * The line under a figure whose rule failed and is said in full under another box (a part of a wrong total, usually).
 * «Liên quan đến lỗi ở ô «Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)».» left a new clerk asking
 * whose error it was: now the line names the total and the parts that fail to make it, with the two numbers, short,
 * never the whole sum with every part's value again (that is under the total). Another box of the same section is named
 * by its label alone: the section is the one on screen.
 */
import { numberOf, type Values } from "../../domain/compute";
import { fieldName } from "../../domain/fieldName";
import type { ReportDefinition } from "../../domain/report";
import type { FieldId, Problem } from "../../domain/types";
import { formatCount } from "../../domain/vnNumber";
import { pointerTo } from "./fieldProblems";

const n = (value: number) => formatCount(value);

/** What a problem said under another box means for the figure `at`; the plain pointer where no rule explains it. */
export function rulePointer(report: ReportDefinition, values: Values, problem: Problem, at: FieldId, afterOwn = false): string {
  const name = (id: FieldId) => (report.byId.get(id)?.section === report.byId.get(at)?.section ? report.byId.get(id)!.label : fieldName(report, id));
  const quoted = (id: FieldId) => (id === at ? "số này" : `«${name(id)}»`);
  const value = (id: FieldId) => numberOf(values, id);
  const rule = report.rules.find((r) => r.id === problem.key);
  if (rule?.kind === "sum") {
    const total = value(rule.total);
    const parts = rule.parts.map(value);
    const over = total !== undefined && parts.some((p) => p !== undefined && p > total);
    // The parts do not add up to the total, said under the total or under the part typed last (walk42): this figure is
    // another of its parts.
    if (!over && problem.fields[0] !== at && rule.parts.includes(at) && total !== undefined && parts.every((p) => p !== undefined)) {
      const sum = parts.reduce<number>((acc, p) => acc + p!, 0);
      return `Tổng «${name(rule.total)}» là ${n(total)}, nhưng ${rule.parts.map(quoted).join(" + ")} = ${n(sum)}.`;
    }
    // A part above its total, said under the total she lowered last (walk42): under the part, by how much.
    if (problem.fields[0] === rule.total && rule.parts.includes(at) && total !== undefined && value(at) !== undefined && value(at)! > total) {
      return `Số này (${n(value(at)!)}) lớn hơn tổng «${name(rule.total)}» (${n(total)}).`;
    }
    // A part above its total, said under the part: under the total, which part and by how much.
    const part = problem.fields[0]!;
    if (at === rule.total && part !== at && value(part) !== undefined && total !== undefined && value(part)! > total) {
      return `Số này (${n(total)}) là tổng, nhưng phần «${name(part)}» đã là ${n(value(part)!)}.`;
    }
    // A computed total's sum is said under its first part: under the total, what its parts add up to. «… nhưng phần
    // «Lượt tiếp về đất đai» đã là 26» under a total of 31 read as if 26 were more than 31 (walk40; 26 + 04 = 30).
    if (at === rule.total && total !== undefined && parts.every((p) => p !== undefined)) {
      const sum = parts.reduce<number>((acc, p) => acc + p!, 0);
      if (sum !== total) return `Số này (${n(total)}) là tổng, nhưng ${rule.parts.map(quoted).join(" + ")} = ${n(sum)}.`;
    }
  }
  if (rule?.kind === "atMost") {
    const bigs = Array.isArray(rule.big) ? rule.big : [rule.big];
    const small = value(rule.small);
    const big = bigs.reduce<number | undefined>((acc, id) => (acc === undefined || value(id) === undefined ? undefined : acc + value(id)!), 0);
    if (bigs.includes(at) && small !== undefined && big !== undefined) {
      return `«${name(rule.small)}» (${n(small)}) lớn hơn ${bigs.map(quoted).join(" + ")} (${n(big)}).`;
    }
  }
  // A share above 100 %, said under its part: under the whole, which share and which part.
  if (problem.key.startsWith("percent:")) {
    const share = report.byId.get(problem.key.slice("percent:".length));
    const formula = share?.formula;
    if (share && formula?.op === "percentOf" && formula.whole === at) {
      const part = value(formula.part);
      const whole = value(at);
      if (part !== undefined && whole !== undefined) return `«${name(formula.part)}» (${n(part)}) lớn hơn số này (${n(whole)}): «${name(share.id)}» vượt 100%.`;
    }
  }
  return pointerTo(fieldName(report, problem.fields[0]!), afterOwn);
}
