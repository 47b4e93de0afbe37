/**
 * What the schema cannot say about a form: every reference names something that exists, formulas do not go round in
 * circles, ids are unique, kinds fit (a percentage of counts, a count of a list), the new-report text marks only known
 * figures, each recognition wording compiles and cannot run away. Runs on a form the schema has accepted.
 */
import { fig } from "../import/patterns/build";
import type { FieldKind } from "../types";
import type { FormProblem } from "./problems";
import { pieces, SETTINGS } from "./skeletonText";
import { OPTIONAL_MARK_VERSION, type FormField, type FormFormula, type FormRule, type ReportForm } from "./types";

const NUMERIC: readonly FieldKind[] = ["count", "percent", "year"];
/* Characters no XML can hold (the form travels inside the document's XML part), and halves of surrogate pairs. */
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/* A quantified group that itself holds a quantifier ("(a+)+"): a pattern that can take exponential time. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d)/;
const QUARTER_ONLY = ["quarterRoman", "nextQuarterRoman", "nextQuarterYear"];

export function semanticProblems(form: ReportForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  strings(form, "", add);

  const sectionIds = new Set<string>();
  const topIds = new Set<string>();
  form.sections.forEach((top, i) => {
    if (topIds.has(top.id)) add(`/sections/${i}/id`, `mục «${top.id}» đã có ở trên`);
    topIds.add(top.id);
    top.subsections?.forEach((sub, j) => {
      if (sectionIds.has(sub.id)) add(`/sections/${i}/subsections/${j}/id`, `phần «${sub.id}» đã có ở trên`);
      if (sub.id !== top.id && topIds.has(sub.id)) add(`/sections/${i}/subsections/${j}/id`, `«${sub.id}» đã là mã của một mục lớn khác`);
      sectionIds.add(sub.id);
    });
  });

  const byId = new Map<string, FormField>();
  form.fields.forEach((field, i) => {
    if (byId.has(field.id)) add(`/fields/${i}/id`, `số liệu «${field.id}» đã có ở trên`);
    else byId.set(field.id, field);
    if (!sectionIds.has(field.section)) add(`/fields/${i}/section`, `không có phần «${field.section}» trong "sections" (một số liệu thuộc một phần con "subsections")`);
    if (field.items && field.kind !== "list") add(`/fields/${i}/items`, `chỉ số liệu dạng danh sách ("list") mới có "items"`);
    field.wording?.forEach((wording, j) => checkWording(wording, `/fields/${i}/wording/${j}`, add));
    if (field.optional === true && field.formula) {
      add(`/fields/${i}/optional`, `«${field.label}» được tính từ số liệu khác, không nhập tay: hãy đánh dấu «không bắt buộc» các số liệu nó được tính từ`);
    }
  });
  checkOptionalVersion(form, add);
  form.fields.forEach((field, i) => checkCarried(field, byId, `/fields/${i}/carriedFrom`, add));
  form.fields.forEach((field, i) => {
    if (field.formula) checkFormula(form, field, field.formula, byId, `/fields/${i}/formula`, add);
  });
  cycles(form, byId, add);

  const ruleIds = new Set<string>();
  form.rules.forEach((rule, i) => {
    const at = `/rules/${i}`;
    if (ruleIds.has(rule.id)) add(`${at}/id`, `quy tắc «${rule.id}» đã có ở trên`);
    ruleIds.add(rule.id);
    const need = (id: string, path: string, kinds: readonly FieldKind[], what: string) => {
      const field = byId.get(id);
      if (!field) add(path, `không có số liệu «${id}» trong "fields"`);
      else if (!kinds.includes(field.kind)) add(path, `«${field.label}» không phải ${what}`);
    };
    if (rule.kind === "sum") {
      need(rule.total, `${at}/total`, NUMERIC, "một số");
      rule.parts.forEach((id, j) => need(id, `${at}/parts/${j}`, NUMERIC, "một số"));
      if (rule.countedEitherWay !== undefined) need(rule.countedEitherWay, `${at}/countedEitherWay`, NUMERIC, "một số");
      if (rule.countedSwapped !== undefined) checkSwapped(rule, at, byId, need, add);
    } else if (rule.kind === "atMost") {
      need(rule.small, `${at}/small`, NUMERIC, "một số");
      if (Array.isArray(rule.big)) rule.big.forEach((id, j) => need(id, `${at}/big/${j}`, NUMERIC, "một số"));
      else need(rule.big, `${at}/big`, NUMERIC, "một số");
    } else {
      need(rule.start, `${at}/start`, ["date"], "một ngày");
      need(rule.end, `${at}/end`, ["date"], "một ngày");
    }
  });

  form.skeleton?.forEach((paragraph, i) => checkParagraph(paragraph.text, byId, `/skeleton/${i}/text`, add));
  return problems;
}

type Add = (path: string, message: string) => void;

/** A pair swaps a part for a figure outside the sum: one of the two among the parts, the other not, neither the total. */
function checkSwapped(
  rule: Extract<FormRule, { kind: "sum" }>,
  at: string,
  byId: Map<string, FormField>,
  need: (id: string, path: string, kinds: readonly FieldKind[], what: string) => void,
  add: Add,
) {
  const pair = rule.countedSwapped!;
  pair.forEach((id, j) => need(id, `${at}/countedSwapped/${j}`, NUMERIC, "một số"));
  if (pair.some((id) => !byId.has(id))) return;
  const [a, b] = pair.map((id) => `«${byId.get(id)!.label}»`);
  if (pair[0] === pair[1]) add(`${at}/countedSwapped`, "hai số đổi chỗ cho nhau phải là hai số liệu khác nhau");
  else if (pair.includes(rule.total)) add(`${at}/countedSwapped`, `số tổng không đổi chỗ với phần của nó: hãy bỏ «${byId.get(rule.total)!.label}» khỏi cặp này`);
  else if (rule.parts.includes(pair[0]) === rule.parts.includes(pair[1])) {
    add(`${at}/countedSwapped`, `đúng một trong hai số ${a}, ${b} phải là phần của tổng (số kia đổi vào chỗ nó)`);
  }
}

/** The «không bắt buộc» mark is format 2: a form that says 1 would be refused as broken by an add-in reading only 1. */
function checkOptionalVersion(form: ReportForm, add: Add) {
  if (form.formatVersion >= OPTIONAL_MARK_VERSION || !usesOptional(form)) return;
  add("/formatVersion", `mẫu có dấu «không bắt buộc» ("optional") nên cần "formatVersion": ${OPTIONAL_MARK_VERSION}`);
}

export function usesOptional(form: ReportForm): boolean {
  return form.fields.some((f) => f.optional === true) || form.sections.some((s) => s.optional === true);
}

function checkFormula(form: ReportForm, field: FormField, formula: FormFormula, byId: Map<string, FormField>, at: string, add: Add) {
  const input = (id: string, path: string, kinds: readonly FieldKind[], what: string) => {
    const source = byId.get(id);
    if (!source) add(path, `không có số liệu «${id}» trong "fields"`);
    else if (!kinds.includes(source.kind)) add(path, `«${source.label}» không phải ${what}`);
  };
  const result = (kind: FieldKind, what: string) => {
    if (field.kind !== kind) add(at.replace(/\/formula$/, "/kind"), `số liệu tính bằng ${what} phải có "kind": "${kind}"`);
  };
  switch (formula.op) {
    case "percentOf":
      result("percent", "tỷ lệ phần trăm");
      input(formula.part, `${at}/part`, ["count"], "một số đếm");
      input(formula.whole, `${at}/whole`, ["count"], "một số đếm");
      return;
    case "sum":
      result("count", "tổng");
      formula.of.forEach((id, j) => input(id, `${at}/of/${j}`, ["count"], "một số đếm"));
      return;
    case "countOf":
      result("count", "đếm danh sách");
      input(formula.list, `${at}/list`, ["list"], "một danh sách");
      return;
    case "period":
      result("text", "kỳ báo cáo");
      if (QUARTER_ONLY.includes(formula.part) && form.period.kind !== "quarter") {
        add(`${at}/part`, `«${formula.part}» chỉ dùng cho báo cáo quý; mẫu này báo cáo theo "${form.period.kind}" (dùng "name", "nextName", "year"…)`);
      }
      if (formula.part === "month" && form.period.kind !== "month") add(`${at}/part`, `«month» chỉ dùng cho báo cáo tháng`);
  }
}

function checkCarried(field: FormField, byId: Map<string, FormField>, at: string, add: Add) {
  const from = field.carriedFrom;
  if (from === undefined) return;
  if (field.formula) add(at, `«${field.label}» đã có cách tính ("formula"): không lấy thêm từ kỳ trước được`);
  else if (from === "period") {
    if (field.kind !== "text") add(at, `chỉ số liệu dạng chữ ("text") mới lấy được tên kỳ trước`);
  } else if (from === field.id) add(at, `«${field.label}» không lấy từ chính nó được`);
  else {
    const source = byId.get(from);
    if (!source) add(at, `không có số liệu «${from}» trong "fields"`);
    else if (source.kind !== field.kind) add(at, `«${source.label}» là số liệu dạng "${source.kind}", «${field.label}» dạng "${field.kind}": phải cùng dạng`);
  }
}

/** A formula that needs itself, through others, can never be computed. */
function cycles(form: ReportForm, byId: Map<string, FormField>, add: Add) {
  const state = new Map<string, "visiting" | "done">();
  const index = new Map(form.fields.map((f, i) => [f.id, i]));
  const inputs = (f: FormField): string[] => {
    const formula = f.formula;
    if (!formula) return [];
    return formula.op === "percentOf" ? [formula.part, formula.whole] : formula.op === "sum" ? formula.of : formula.op === "countOf" ? [formula.list] : [];
  };
  const visit = (field: FormField, path: string[]): void => {
    const mark = state.get(field.id);
    if (mark === "done") return;
    if (mark === "visiting") {
      const loop = [...path.slice(path.indexOf(field.id)), field.id];
      add(`/fields/${index.get(field.id)}/formula`, `công thức vòng tròn: ${loop.map((id) => `«${id}»`).join(" → ")}`);
      return;
    }
    state.set(field.id, "visiting");
    for (const id of inputs(field)) {
      const source = byId.get(id);
      if (source) visit(source, [...path, field.id]);
    }
    state.set(field.id, "done");
  };
  for (const field of form.fields) visit(field, []);
}

function checkWording(wording: string, at: string, add: Add) {
  if (NESTED_QUANTIFIER.test(wording) || /\\[1-9]/.test(wording)) {
    add(at, "cách viết dùng lặp lồng nhau hoặc tham chiếu ngược: có thể làm việc nhận diện chạy mãi, không được phép");
    return;
  }
  try {
    fig(wording);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    add(at, /exactly one figure/.test(text)
      ? "cách viết phải có đúng một chỗ cho số liệu: {N}, {Z}, {P}, {D}, {Y}, {L} hoặc {T}"
      : `cách viết không đọc được (${text})`);
  }
}

function checkParagraph(text: string, byId: Map<string, FormField>, at: string, add: Add) {
  for (const piece of pieces(text)) {
    if ("field" in piece && !byId.has(piece.field)) add(at, `[[${piece.field}]]: không có số liệu này trong "fields"`);
    if ("setting" in piece && !SETTINGS.includes(piece.setting as (typeof SETTINGS)[number])) {
      add(at, `{{${piece.setting}}}: không phải thông tin cơ quan (dùng ${SETTINGS.map((s) => `{{${s}}}`).join(", ")})`);
    }
    if ("text" in piece && /\[\[|\]\]|\{\{|\}\}|<\/?i>/.test(piece.text)) add(at, "có dấu [[ ]], {{ }} hoặc <i> </i> chưa đóng mở đúng cặp");
  }
}

/** Every string of the form, with its path: a character XML cannot hold would break the document's stored part. */
function strings(value: unknown, path: string, add: Add): void {
  if (typeof value === "string") {
    if (NOT_XML.test(value)) add(path, "chứa ký tự không hợp lệ (U+FFFE, U+FFFF hoặc nửa cặp surrogate)");
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => strings(item, `${path}/${i}`, add));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) strings(item, `${path}/${key}`, add);
  }
}
