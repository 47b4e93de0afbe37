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
  "đề mục in hoa": 2,
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
  "chép từ PDF (in hoa + ngắt dòng) | 17-ninh-binh-ban-dieu-chinh-quy3-2025.txt | bcdc:hcc.tyLeDangGiaiQuyet",
  "câu gây nhiễu (6) | 37-quang-ngai-tcd-2025-09-thanh-tra-bang-tab.txt | tcd:soSanh.luotThangTruoc",
  "câu gây nhiễu (6) | 38-ha-tinh-tcd-2025-04-tin-cong-thong-tin.txt | tcd:soSanh.luotThangTruoc",
  "câu gây nhiễu (6) | daknong-tcd-2017-12.txt | tcd:soSanh.luotThangTruoc",
  "người viết khác (từ nối + gạch + đảo đoạn) | 08-ca-mau-trong-do.txt | bcdc:ksthc.soPhanAnh",
  "người viết khác (từ nối + gạch + đảo đoạn) | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:ksthc.soNhom",
  "trong đó/bao gồm/gồm có | quangnam-tthc-den-17-5-2018.txt | bcdc:hcc.dungHan",
  "tất cả + câu gây nhiễu | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:llct.dangHoc",
  "tất cả + câu gây nhiễu | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.dangGiaiQuyet",
  "tất cả + câu gây nhiễu | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.truocHan",
  "tất cả + câu gây nhiễu | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.tyLeDangGiaiQuyet",
  "tất cả + câu gây nhiễu | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:motCuaVp.dangGiaiQuyet",
  "tất cả + câu gây nhiễu | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:motCuaVp.tyLeDangGiaiQuyet",
  "tất cả + câu gây nhiễu | daknong-tcd-2020-06.txt | tcd:soSanh.luotThangTruoc",
  "đang giải quyết/đang xử lý | 08-ca-mau-trong-do.txt | bcdc:ksthc.soPhanAnh",
  "đang giải quyết/đang xử lý | 29-ha-giang-dao-muc-ghi-chu-sao-quy1-2025.txt | bcdc:hcc.dangGiaiQuyet",
  "đảo đoạn trong mục | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:ksthc.soNhom",
  "đề mục in hoa | 17-ninh-binh-ban-dieu-chinh-quy3-2025.txt | bcdc:hcc.tyLeDangGiaiQuyet",
  // Found after wt-miss4's, wt-wrong3's and this harness's rules met on main (stop 12), not yet mended.
  "ngắt dòng 70 cột (PDF) | 24-quang-ninh-chep-tu-pdf-chu-thich-quy3-2025.txt | bcdc:bienChe.congChucThucHien",
  "tất cả + câu gây nhiễu | 25-hung-yen-nhan-hai-cham-theo-thang-quy4-2025.txt | bcdc:toChuc.so",
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
