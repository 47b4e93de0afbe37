/**
 * «Đúng hạn» counts two ways in published one-stop reports. Beside «trước hạn» it is the files returned on the due
 * day («trước hạn 13.529 hồ sơ …; đúng hạn 1.958 hồ sơ», baolamdong.vn 25/11/2019); written alone it is every file
 * returned in time, early ones included («giải quyết đúng hạn 1.447 hồ sơ (tỷ lệ 99,4%)» of 1.456 resolved,
 * baoquangnam.vn). A form that splits the two (a figure described «sớm hạn», as the words read «trước hạn», beside one
 * described «đúng hạn» in its section) takes an «đúng hạn» count only where the early ones are named around it;
 * elsewhere the number is left for the clerk.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";

const ON_TIME = "đúng hạn";
const EARLY = "sớm hạn";

/** The fields described «đúng hạn» whose section also has a figure described «sớm hạn». */
export function onTimeBesideEarly(report: ReportDefinition, words: ReadonlyMap<FieldId, ReadonlySet<string>>): Set<FieldId> {
  const early = new Set(report.fields.filter((f) => words.get(f.id)?.has(EARLY)).map((f) => f.section));
  return new Set(report.fields.filter((f) => early.has(f.section) && words.get(f.id)?.has(ON_TIME) && !words.get(f.id)?.has(EARLY)).map((f) => f.id));
}

/** How far around the number the early files may be named: its list, its table's header, its paragraph. */
const BEFORE = 1500;
const AFTER = 600;
const EARLY_WRITTEN = /(?<![\p{L}])(?:trước\s+(?:thời\s+)?hạn|sớm\s+(?:hơn\s+)?(?:thời\s+)?hạn|trả\s+sớm|giải\s+quyết\s+sớm)(?![\p{L}])/giu;

/** Where the document names early files, read once per document. */
export function earlyMentions(text: string): number[] {
  return [...text.normalize("NFC").matchAll(EARLY_WRITTEN)].map((m) => m.index);
}

/** Whether early files are named around the number (`mentions` sorted, from earlyMentions). */
export function earlyNamedNear(mentions: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = mentions.length;
  // The first mention at or after the window's start.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]! < start - BEFORE) lo = mid + 1;
    else hi = mid;
  }
  return lo < mentions.length && mentions[lo]! <= end + AFTER;
}

/** «đúng hạn», «đúng thời hạn»: on the due time; «thường xuyên»: the regular kind, as «nâng lương thường xuyên». */
const ON_TIME_WRITTEN = /(?<![\p{L}])(?:đúng\s+(?:thời\s+)?hạn|thường\s+xuyên)(?![\p{L}])/iu;
const EARLY_ANY = new RegExp(EARLY_WRITTEN.source, "iu");
const earlyLabels = new Map<string, boolean>();

/**
 * A figure of what was done ahead of time («Công chức được nâng lương trước thời hạn») never takes a count its own
 * stretch says was done on time and not early: «không có trường hợp nâng lương trước thời hạn; 02 công chức được
 * nâng lương thường xuyên đúng hạn» — the regular raise is the other kind, also when only «thường xuyên» says so
 * («nâng lương trước thời hạn … đối với đồng chí A và đồng chí B; nâng lương thường xuyên cho 07 cán bộ», held-out
 * 492). `segment` is the number's own stretch (between its separators).
 */
export function onTimeForEarly(label: string, segment: string): boolean {
  let early = earlyLabels.get(label);
  if (early === undefined) earlyLabels.set(label, (early = EARLY_ANY.test(label.normalize("NFC"))));
  if (!early) return false;
  const own = segment.normalize("NFC");
  return ON_TIME_WRITTEN.test(own) && !EARLY_ANY.test(own);
}
