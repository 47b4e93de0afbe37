/**
 * The schema of the stored part, as a table: the root's attributes, then one row per kind of child element with its
 * attributes (each typed), whether it holds text, and how it is read into the report and written from it. A helper
 * adding data to the part adds one row here (and its field to StoredReport); anything not in the table is reported
 * and ignored when read, so it is never saved back, except rows another version of the add-in wrote (an element of
 * our namespace, or an attribute, this table lacks), which are kept unread and written back (storedReport.ts keptRow).
 */
import { isValidDate } from "./period";
import { periodIndex, periodNameInText } from "./comparison/periods";
import { makePeriod, samePeriod } from "./periodKinds";
import type { Period, PeriodKind } from "./types";
import type { HistoryEntry, StoredReport } from "./storedReport";

/** What a value of this type must look like; values come from the document and may be hostile. */
export type AttributeType = "quarter" | "year" | "month" | "periodKind" | "version" | "fieldId" | "controlTag" | "text" | "isoTime" | "onOff" | "decision";

/**
 * The shape of a form's ids: its tag prefix then dotted names (src/forms/report-form.schema.json: tagPrefix and
 * field id); nothing else, whatever the document holds.
 */
const FIELD_ID = /^[a-z][a-z0-9]{1,15}:[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export interface SchemaContext {
  /** Whether the report form has this field: ids of another form, or made up, are not read. */
  isField(id: string): boolean;
}

/** Null when the value is acceptable, else why not (Vietnamese, for the clerk). */
export function checkAttribute(type: AttributeType, value: string, context: SchemaContext): string | null {
  switch (type) {
    case "quarter":
      return /^[1-4]$/.test(value) ? null : `quý «${value}» không phải 1, 2, 3 hay 4`;
    case "year": {
      // Four decimal digits only: "0x7EA", "2026.0", "99999999999999999999" and an empty value are not years.
      const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
      return year >= MIN_YEAR && year <= MAX_YEAR ? null : `năm «${value}» không phải năm có 4 chữ số từ ${MIN_YEAR} đến ${MAX_YEAR}`;
    }
    case "month":
      return /^(?:[1-9]|1[0-2])$/.test(value) ? null : `tháng «${value}» không phải 1 đến 12`;
    case "periodKind":
      return (PERIOD_KINDS as readonly string[]).includes(value) ? null : `loại kỳ «${value}» không có`;
    case "version":
      return /^[1-9]\d{0,5}$/.test(value) ? null : `phiên bản «${value}» không phải số nguyên dương`;
    case "fieldId":
      return FIELD_ID.test(value) && context.isField(value) ? null : `mã số liệu «${value}» không có trong mẫu báo cáo`;
    case "controlTag":
      // A control's tag: a field id, or one with a derived suffix (comparison phrases, `<field>@quyTruoc`:
      // docs/comparison.md), whose text is written and whose history is kept like a field's.
      return checkAttribute("fieldId", value.replace(/@[A-Za-z]{1,30}$/, ""), context);
    case "isoTime": {
      const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
      return ISO_TIME.test(value) && isValidDate(year, month, day) ? null : `thời điểm «${value}» không hợp lệ`;
    }
    case "onOff":
      return value === "0" || value === "1" ? null : `«${value}» không phải 0 hay 1`;
    case "decision":
      return value === "chapNhan" || value === "tuChoi" ? null : `kết quả duyệt «${value}» không phải chapNhan hay tuChoi`;
    case "text":
      return null;
  }
}

/** Kinds written in `loaiKy`; without it the period is a quarter (parts written before other kinds existed). */
const PERIOD_KINDS = ["month", "halfYear", "year"] as const satisfies readonly PeriodKind[];

/**
 * The root's attributes: `quy` and `nam` always (the quarter a period ends in), `loaiKy` for another kind of period
 * and `thang` for a month. A bad required one makes the part unreadable (returned as the reason); a bad optional one
 * is reported in `ignored` and the period read as a quarter.
 */
export function periodFromRoot(attr: (name: string) => string | null, context: SchemaContext, ignored: string[]): Period | string {
  const quy = attr("quy") ?? "";
  const nam = attr("nam") ?? "";
  const required = checkAttribute("quarter", quy, context) ?? checkAttribute("year", nam, context);
  if (required) return required;
  const quarterly: Period = { quarter: Number(quy) as Period["quarter"], year: Number(nam) };
  const kind = attr("loaiKy");
  if (kind === null) return quarterly;
  const problem = checkAttribute("periodKind", kind, context) ?? (kind === "month" ? checkAttribute("month", attr("thang") ?? "", context) : null);
  if (problem) {
    ignored.push(`«baoCao»: ${problem}; đọc như một quý`);
    return quarterly;
  }
  if (kind !== "month") return { ...quarterly, kind: kind as PeriodKind };
  const month = Number(attr("thang"));
  return { kind: "month", quarter: Math.ceil(month / 3) as Period["quarter"], year: quarterly.year, month };
}

/** A period kept in `soLieuKy`: a quarter without `loaiKy`; a month needs its `thang` in the quarter `quy`. */
function periodOfElement(attributes: Record<string, string>): Period | string {
  const quarter = Number(attributes["quy"]) as Period["quarter"];
  const year = Number(attributes["nam"]);
  const kind = attributes["loaiKy"] as PeriodKind | undefined;
  if (kind === undefined) return attributes["thang"] === undefined ? { quarter, year } : "có tháng mà không có loaiKy";
  if (kind === "month") {
    const month = Number(attributes["thang"]);
    if (attributes["thang"] === undefined) return "kỳ tháng thiếu thuộc tính thang";
    return Math.ceil(month / 3) === quarter ? makePeriod("month", year, month) : `tháng ${month} không thuộc quý ${quarter}`;
  }
  if (attributes["thang"] !== undefined) return `kỳ «${kind}» không có tháng`;
  if (kind === "halfYear") return quarter === 2 || quarter === 4 ? makePeriod(kind, year, quarter / 2) : `6 tháng không kết thúc ở quý ${quarter}`;
  return quarter === 4 ? makePeriod(kind, year, 1) : `năm không kết thúc ở quý ${quarter}`;
}

export function rootAttributes(period: Period): Record<string, string> {
  const attributes: Record<string, string> = { quy: String(period.quarter), nam: String(period.year) };
  if (period.kind && period.kind !== "quarter") attributes["loaiKy"] = period.kind;
  if (period.month !== undefined) attributes["thang"] = String(period.month);
  return attributes;
}

/**
 * A history row's period beyond its quarter, checked by historyPeriod rather than by the reader: a value that does not
 * fit keeps the row (a leader's decision is not dropped for its label), as a bad one on the root does.
 */
const PERIOD_OPTIONAL = { loaiKy: "text", thang: "text" } as const satisfies Record<string, AttributeType>;

/** Period attributes name no field. */
const NO_FIELDS: SchemaContext = { isField: () => false };

/** The period of a history row; one whose `loaiKy` or `thang` is wrong reads as its quarter, all parts before walk44 held. */
function historyPeriod(attributes: Record<string, string>): { period: Period; problem: string | null } {
  const quarterly: Period = { quarter: Number(attributes["quy"]) as Period["quarter"], year: Number(attributes["nam"]) };
  const { loaiKy, thang } = attributes;
  const period =
    (loaiKy === undefined ? null : checkAttribute("periodKind", loaiKy, NO_FIELDS)) ??
    (thang === undefined ? null : checkAttribute("month", thang, NO_FIELDS)) ??
    periodOfElement(attributes);
  return typeof period === "string" ? { period: quarterly, problem: `${period}; đọc như một quý` } : { period, problem: null };
}

/** One written element: its attribute values (all of the row's attributes) and its text. */
export interface ElementData {
  attributes: Record<string, string>;
  text?: string;
}

export interface StoredElement {
  name: string;
  /** Every attribute is required; others are reported and left out. */
  attributes: Readonly<Record<string, AttributeType>>;
  /** Attributes added later, read when present (checked like the others) and written only when there is a value. */
  optional?: Readonly<Record<string, AttributeType>>;
  /** Holds text (and nothing else); without it, the element must be empty. */
  text: boolean;
  /** Adds the element's data to the report; returns a problem (Vietnamese) instead when it would repeat one. */
  read(report: StoredReport, data: Required<ElementData>): string | null;
  write(report: StoredReport): ElementData[];
}

const once = (seen: Record<string, string>, id: string, text: string, what: string): string | null => {
  if (Object.hasOwn(seen, id)) return `${what} của «${id}» ghi hai lần; lấy lần đầu`;
  seen[id] = text;
  return null;
};

/* Indexes built while a part is read, so each element costs the same however many came before (limits.ts). */
const marksSeen = new WeakMap<string[], Set<string>>();
const historyIndex = new WeakMap<HistoryEntry[], { indexed: number; byKey: Map<string, { entries: HistoryEntry[]; next: number }> }>();

/**
 * The first of the add-in's own writes (no decision) to `field` at `at` that has no period yet: what
 * `history.find` gave, without scanning the history for every «kyThayDoi» (55,000 of them took 98 s).
 */
function firstWithoutPeriod(history: HistoryEntry[], field: string, at: string): HistoryEntry | undefined {
  const index = historyIndex.get(history) ?? { indexed: 0, byKey: new Map() };
  historyIndex.set(history, index);
  for (; index.indexed < history.length; index.indexed++) {
    const entry = history[index.indexed]!;
    if (entry.decision) continue;
    const key = JSON.stringify([entry.field, entry.at]);
    const same = index.byKey.get(key) ?? { entries: [], next: 0 };
    index.byKey.set(key, same);
    same.entries.push(entry);
  }
  const same = index.byKey.get(JSON.stringify([field, at]));
  // Entries only gain a period here, in order: those before `next` have one.
  while (same && same.next < same.entries.length && same.entries[same.next]!.period) same.next++;
  return same?.entries[same.next];
}

/** An empty element per field in a list of the report's (`<chuaCapNhat id>`, `<giuKieuViet id>`), each field once. */
function fieldMarks(name: string, key: "unconfirmed" | "keptStyles" | "notStated" | "unclear", what: string): StoredElement {
  return {
    name,
    attributes: { id: "fieldId" },
    text: false,
    read: (report, { attributes }) => {
      const id = attributes["id"]!;
      const list = (report[key] ??= []);
      // A set beside the list: `list.includes` made 80,000 marks take 65 s (limits.ts, linear passes).
      const seen = marksSeen.get(list) ?? new Set(list);
      marksSeen.set(list, seen);
      if (seen.has(id)) return `${what} của «${id}» ghi hai lần`;
      seen.add(id);
      list.push(id);
      return null;
    },
    write: (report) => (report[key] ?? []).map((id) => ({ attributes: { id } })),
  };
}

export const STORED_ELEMENTS: readonly StoredElement[] = [
  {
    name: "soLieu",
    attributes: { id: "fieldId" },
    text: true,
    read: (report, { attributes, text }) => once(report.figures, attributes["id"]!, text, "số liệu"),
    write: (report) => Object.entries(report.figures).map(([id, text]) => ({ attributes: { id }, text })),
  },
  {
    name: "daGhi",
    attributes: { id: "controlTag" },
    text: true,
    read: (report, { attributes, text }) => once(report.written, attributes["id"]!, text, "nội dung đã ghi"),
    write: (report) => Object.entries(report.written).map(([id, text]) => ({ attributes: { id }, text })),
  },
  fieldMarks("chuaCapNhat", "unconfirmed", "dấu «chưa cập nhật»"),
  fieldMarks("giuKieuViet", "keptStyles", "lựa chọn «giữ cách viết»"),
  fieldMarks("khongNeu", "notStated", "lựa chọn «văn bản không nêu»"),
  // Added in stop 43 without a new version: a part without it reads as none unclear, and an add-in that predates it
  // reports it as ignored and reads the rest.
  fieldMarks("chuaRo", "unclear", "số liệu «chưa rõ»"),
  {
    // Added in stop 52 without a new version, as «chuaRo» was: a part without it has no choices to undo.
    name: "daChon",
    attributes: { id: "fieldId", so: "text" },
    optional: { truoc: "text", cho: "text" },
    text: false,
    read: (report, { attributes: a }) => {
      const chosen = (report.chosen ??= {});
      if (Object.hasOwn(chosen, a["id"]!)) return `số đã chọn của «${a["id"]}» ghi hai lần; lấy lần đầu`;
      chosen[a["id"]!] = { text: a["so"]!, ...(a["truoc"] !== undefined ? { before: a["truoc"] } : {}), ...(a["cho"] !== undefined ? { place: a["cho"] } : {}) };
      return null;
    },
    write: (report) =>
      Object.entries(report.chosen ?? {}).map(([id, c]) => ({
        attributes: { id, so: c.text, ...(c.before !== undefined ? { truoc: c.before } : {}), ...(c.place !== undefined ? { cho: c.place } : {}) },
      })),
  },
  {
    name: "thayDoi",
    attributes: { id: "controlTag", cu: "text", moi: "text", luc: "isoTime", nguoi: "text" },
    text: false,
    read: (report, { attributes: a }) => {
      const entry: HistoryEntry = { field: a["id"]!, from: a["cu"]!, to: a["moi"]!, at: a["luc"]!, by: a["nguoi"]! };
      report.history.push(entry);
      return null;
    },
    // A leader's decision is a «duyet» row (wt-9): «thayDoi» holds the add-in's own writes only.
    write: (report) =>
      report.history.filter((e) => !e.decision).map((e) => ({ attributes: { id: e.field, cu: e.from, moi: e.to, luc: e.at, nguoi: e.by } })),
  },
  {
    // The period a written value belongs to (wt-9, issue 9): joined to its «thayDoi» by field and time. `loaiKy` and
    // `thang` as on the root (walk44, 1): with the quarter alone a reopened pane named tháng 4 «quý II».
    name: "kyThayDoi",
    attributes: { id: "controlTag", luc: "isoTime", quy: "quarter", nam: "year" },
    optional: PERIOD_OPTIONAL,
    text: false,
    read: (report, { attributes: a }) => {
      const entry = firstWithoutPeriod(report.history, a["id"]!, a["luc"]!);
      if (!entry) return `kỳ của thay đổi «${a["id"]}» lúc ${a["luc"]} không có thay đổi tương ứng`;
      const { period, problem } = historyPeriod(a);
      entry.period = period;
      return problem;
    },
    write: (report) =>
      report.history
        .filter((e) => !e.decision && e.period)
        .map((e) => ({ attributes: { id: e.field, luc: e.at, ...rootAttributes(e.period!) } })),
  },
  {
    // A leader's accept or reject of the tracked change cu → moi, with who, when and the period (wt-9, issue 9;
    // `loaiKy` and `thang` as on «kyThayDoi»).
    name: "duyet",
    attributes: { id: "controlTag", cu: "text", moi: "text", luc: "isoTime", nguoi: "text", ketQua: "decision", quy: "quarter", nam: "year" },
    optional: PERIOD_OPTIONAL,
    text: false,
    read: (report, { attributes: a }) => {
      const { period, problem } = historyPeriod(a);
      report.history.push({
        field: a["id"]!, from: a["cu"]!, to: a["moi"]!, at: a["luc"]!, by: a["nguoi"]!,
        period,
        decision: a["ketQua"] === "chapNhan" ? "accepted" : "rejected",
      });
      return problem;
    },
    write: (report) =>
      report.history
        .filter((e) => e.decision === "accepted" || e.decision === "rejected")
        .map((e) => ({
          attributes: {
            id: e.field, cu: e.from, moi: e.to, luc: e.at, nguoi: e.by, ketQua: e.decision === "accepted" ? "chapNhan" : "tuChoi",
            // A decision is always made in a period; without one, the first quarter of the year it was made in.
            ...rootAttributes(e.period ?? { quarter: 1, year: new Date(e.at).getFullYear() }),
          },
        })),
  },
  {
    // The clerk's «Giữ» for a total that does not add up (fix44C): the text kept (cu), what its parts gave (moi), who,
    // when, and the period. Added without a new version: a part without it holds no such answer, and an add-in that
    // predates it reports it as ignored and asks again. A history entry, so «Lịch sử» shows it.
    name: "giuTong",
    attributes: { id: "fieldId", cu: "text", moi: "text", luc: "isoTime", nguoi: "text", quy: "quarter", nam: "year" },
    optional: { loaiKy: "periodKind", thang: "month" },
    text: false,
    read: (report, { attributes: a }) => {
      const period = periodOfElement(a);
      if (typeof period === "string") return period;
      report.history.push({ field: a["id"]!, from: a["cu"]!, to: a["moi"]!, at: a["luc"]!, by: a["nguoi"]!, period, decision: "kept" });
      return null;
    },
    write: (report) =>
      report.history
        .filter((e) => e.decision === "kept")
        .map((e) => ({ attributes: { id: e.field, cu: e.from, moi: e.to, luc: e.at, nguoi: e.by, ...rootAttributes(e.period ?? report.period) } })),
  },
  {
    // The clerk's choice to write figures as tracked changes, kept with the document (wt-9, issue 9).
    name: "theoDoi",
    attributes: { bat: "onOff" },
    text: false,
    read: (report, { attributes }) => {
      if (report.trackChanges !== undefined) return "lựa chọn theo dõi thay đổi ghi hai lần; lấy lần đầu";
      report.trackChanges = attributes["bat"] === "1";
      return null;
    },
    write: (report) => (report.trackChanges === undefined ? [] : [{ attributes: { bat: report.trackChanges ? "1" : "0" } }]),
  },
  {
    // An earlier period's figure, for the comparison (wt-12, docs/comparison.md): one element per figure and period.
    // `quy`/`nam` as on the root (the quarter the period ends in); `loaiKy` and `thang` for other kinds, as on the root.
    name: "soLieuKy",
    attributes: { quy: "quarter", nam: "year", id: "fieldId" },
    optional: { loaiKy: "periodKind", thang: "month" },
    text: true,
    read: (report, { attributes, text }) => {
      const period = periodOfElement(attributes);
      if (typeof period === "string") return period;
      const periods = (report.periods ??= []);
      let entry = periods.find((p) => samePeriod(p.period, period));
      if (!entry) {
        entry = { period, figures: {} };
        periods.push(entry);
        periods.sort((a, b) => periodIndex(a.period) - periodIndex(b.period));
      }
      return once(entry.figures, attributes["id"]!, text, `số liệu ${periodNameInText(period)}`);
    },
    write: (report) =>
      (report.periods ?? []).flatMap(({ period, figures }) =>
        Object.entries(figures).map(([id, text]) => ({ attributes: { ...rootAttributes(period), id }, text })),
      ),
  },
  {
    // The period chosen in the pane and not written yet (stop 23): the root's attributes, on an element of its own.
    name: "kyDangChon",
    attributes: { quy: "quarter", nam: "year" },
    optional: { loaiKy: "periodKind", thang: "month" },
    text: false,
    read: (report, { attributes }) => {
      if (report.chosenPeriod) return "kỳ đang chọn ghi hai lần; lấy lần đầu";
      const period = periodOfElement(attributes);
      if (typeof period === "string") return period;
      report.chosenPeriod = period;
      return null;
    },
    write: (report) => (report.chosenPeriod ? [{ attributes: rootAttributes(report.chosenPeriod) }] : []),
  },
  {
    // The sections open in the pane's «Số liệu» tab (pane34): ids separated by spaces; the store keeps the form's own.
    name: "mucDangMo",
    attributes: { cacMuc: "text" },
    text: false,
    read: (report, { attributes }) => {
      if (report.openSections) return "các mục đang mở ghi hai lần; lấy lần đầu";
      report.openSections = attributes["cacMuc"]!.split(" ").filter((id) => id !== "");
      return null;
    },
    write: (report) => (report.openSections ? [{ attributes: { cacMuc: report.openSections.join(" ") } }] : []),
  },
  {
    // The box the clerk was typing in at the last save, made by a pause in typing (pane45): the reopened pane puts her
    // back in it. A field id; the store keeps the form's own.
    name: "oDangNhap",
    attributes: { id: "text" },
    text: false,
    read: (report, { attributes }) => {
      if (report.typingIn) return "ô đang nhập ghi hai lần; lấy lần đầu";
      report.typingIn = attributes["id"]!;
      return null;
    },
    write: (report) => (report.typingIn ? [{ attributes: { id: report.typingIn } }] : []),
  },
  {
    // The form the figures belong to (JSON text), in the form format of version `phienBan` (wt-10, forms as data).
    name: "mauBaoCao",
    attributes: { phienBan: "version" },
    text: true,
    read: (report, { attributes, text }) => {
      if (report.form) return "mẫu báo cáo ghi hai lần; lấy lần đầu";
      report.form = { formatVersion: Number(attributes["phienBan"]), text };
      return null;
    },
    write: (report) => (report.form ? [{ attributes: { phienBan: String(report.form.formatVersion) }, text: report.form.text }] : []),
  },
];
