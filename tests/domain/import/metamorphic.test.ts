/**
 * Metamorphic recognition (tests/support/metamorphic): a corpus document rewritten in a way that keeps every figure
 * true (number styles, bullet marks, connectives, capitals, PDF wrapping, paragraph order, distractor sentences about
 * the plan, the previous period, another unit) must bind nothing wrong, and lose no more figures than measured. Here
 * each transform runs on a few documents chosen by a seeded draw (METAMORPHIC_SEED picks another set); the full
 * matrix, with its table, is `npm run metamorphic` (scripts/metamorphic.ts).
 */
import { seeded, TRANSFORMS } from "../../support/metamorphic";
import { corpusDocuments, measureOriginal, measureTransformed, type CorpusDocument } from "../../support/metamorphicMeasure";

/** Documents per transform in this suite (the script runs them all). */
const PER_TRANSFORM = 2;

/**
 * The most figures one document lost to each transform over the full matrix, measured on 2026-12-01 after the fixes
 * (meaning/hardWraps.ts, vetoEarlier.ts's earlier period without its comma or closing the clause, vetoTarget.ts's
 * «Riêng Sở …»). A transform absent here must lose nothing.
 */
const MAX_LOSS: Record<string, number> = {
  "nghìn không dấu (9780)": 1,
  "nghìn cách (9 780)": 1,
  "nghìn NBSP": 1,
  "tỷ lệ «95,06 %»": 1,
  "tỷ lệ NBSP «%»": 1,
  "tỷ lệ dấu chấm «95.06%»": 1,
  "gạch đầu dòng «-»↔«+»": 1,
  "gạch đầu dòng «•»/«▪»": 4,
  "gạch đầu dòng «–»": 1,
  "bỏ gạch đầu dòng": 3,
  "trong đó/bao gồm/gồm có": 2,
  "đã giải quyết/giải quyết xong": 4,
  "đang giải quyết/đang xử lý": 4,
  "trước hạn/sớm hạn, trễ/quá hạn": 6,
  // 6 since wt-precision: in 31, the centre's figures read as the desk's under a capitalised heading (2 wrong before)
  // contradict the desk's own (a part over its whole), so both sides, with their shares, are left for the clerk.
  "đề mục in hoa": 6,
  "ngắt dòng 70 cột (PDF)": 8,
  "đảo đoạn trong mục": 9,
  "câu gây nhiễu (6)": 2,
  "kiểu số gộp (9 780, 8, 95.06 %)": 1,
  "chép từ PDF (in hoa + ngắt dòng)": 8,
  "người viết khác (từ nối + gạch + đảo đoạn)": 10,
  "tất cả + câu gây nhiễu": 13,
};

/** Wrong bindings the full matrix still finds, «transform | document | field», listed exactly so that any other fails. */
const KNOWN_WRONG: string[] = [
  // The full matrix as measured on 2026-12-02 (wt-precision, main merged with 40–47 and wt-wrong4's rules): 19 pairs.
  // On main before (47291ae), the full matrix held 36 (25 listed, the seeded rotation missing the rest): 17 mended, none
  // added. Mended by general rules: a number another figure wants more and cannot do without (assign.ts: 18's
  // «trực tuyến 1 111 hồ sơ» as the withdrawn files), a part over its whole read in another paragraph (partOverWhole.ts:
  // 31's centre figures under a capitalised heading), a column of a space-aligned table wrapped by a PDF's width
  // (vetoColumns.ts: 30's quarters). Still wrong: footnote numbers and list counts at a wrapped line's start (24, 25),
  // a table row wrapped in two (15), distractors about staff read as last month's people (Đắk Nông).
  "chép từ PDF (in hoa + ngắt dòng) | 15-ca-mau-gach-dau-bang-ky-tu-quy1-2026.txt | bcdc:hcc.dungHan",
  "chép từ PDF (in hoa + ngắt dòng) | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:bienChe.congChucThucHien",
  "chép từ PDF (in hoa + ngắt dòng) | 25-hung-yen-nhan-hai-cham-theo-thang-quy4-2025.txt | bcdc:toChuc.so",
  "chép từ PDF (in hoa + ngắt dòng) | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.treHan",
  "câu gây nhiễu (6) | daknong-tcd-2020-02.txt | tcd:soSanh.nguoiThangTruoc",
  "câu gây nhiễu (6) | daknong-tcd-2020-05.txt | tcd:soSanh.nguoiThangTruoc",
  "người viết khác (từ nối + gạch + đảo đoạn) | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:ksthc.soNhom",
  "ngắt dòng 70 cột (PDF) | 15-ca-mau-gach-dau-bang-ky-tu-quy1-2026.txt | bcdc:hcc.dungHan",
  "ngắt dòng 70 cột (PDF) | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:bienChe.congChucThucHien",
  "ngắt dòng 70 cột (PDF) | 25-hung-yen-nhan-hai-cham-theo-thang-quy4-2025.txt | bcdc:toChuc.so",
  "ngắt dòng 70 cột (PDF) | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.treHan",
  "tất cả + câu gây nhiễu | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:bienChe.congChucThucHien",
  "tất cả + câu gây nhiễu | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:llct.dangHoc",
  "tất cả + câu gây nhiễu | 25-hung-yen-nhan-hai-cham-theo-thang-quy4-2025.txt | bcdc:toChuc.so",
  "tất cả + câu gây nhiễu | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.dangGiaiQuyet",
  "tất cả + câu gây nhiễu | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.tyLeDangGiaiQuyet",
  "tất cả + câu gây nhiễu | 33-thai-nguyen-phu-luc-bieu-so-quy1-2026.docx | bcdc:motCuaVp.tyLeDungHan",
  "tất cả + câu gây nhiễu | daknong-tcd-2020-06.txt | tcd:soSanh.nguoiThangTruoc",
  "đảo đoạn trong mục | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:ksthc.soNhom",
];

const documents = corpusDocuments();
const seed = process.env.METAMORPHIC_SEED ?? "2026-12-01";

/**
 * Each transform takes the PER_TRANSFORM documents whose own draw (seeded by the transform's and the document's names)
 * is smallest. A document added to the corpus displaces a chosen one only when its draw is smaller, so the pairs run
 * here do not all change whenever the corpus grows, as they did with one shuffled order of the whole list.
 */
function chosen(): Array<[string, number, CorpusDocument]> {
  const rows: Array<[string, number, CorpusDocument]> = [];
  TRANSFORMS.forEach((t, i) => {
    const drawn = documents.map((d) => ({ d, k: seeded(`${seed} | ${t.name} | ${d.file}`)() }));
    for (const { d } of drawn.sort((a, b) => a.k - b.k).slice(0, PER_TRANSFORM)) rows.push([`${t.name} × ${d.file}`, i, d]);
  });
  return rows;
}

describe("truth-preserving rewrites of the corpus bind nothing wrong", () => {
  it.each(chosen())("%s", async (_name, i, doc) => {
    const transform = TRANSFORMS[i]!;
    const [before, after] = [await measureOriginal(doc), await measureTransformed(doc, transform)];
    const known = KNOWN_WRONG.filter((k) => k.startsWith(`${transform.name} | ${before.document} | `)).map((k) => k.split(" | ")[2]);
    const field = (w: string) => w.split(":").slice(0, 2).join(":");
    // Only what the rewrite added: a wrong binding of the document as written is the corpus test's to hold.
    const added = after.wrong.map(field).filter((f) => !before.wrong.map(field).includes(f));
    expect(added).toEqual(known);
    expect(before.right - after.right).toBeLessThanOrEqual(MAX_LOSS[transform.name] ?? 0);
  });
});
