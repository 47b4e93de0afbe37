/**
 * The metamorphic suite (tests/domain/import/metamorphic.test.ts, whose comment says what it holds), dealt over
 * METAMORPHIC_PARTS test files by document, so that jest runs them side by side: one file ran 23 minutes alone on
 * CI's two cores in stop 50, and CI missed its 90 minutes.
 */
import { seeded, TRANSFORMS } from "./metamorphic";
import { corpusDocuments, measureOriginal, measureTransformed, type CorpusDocument } from "./metamorphicMeasure";

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
  // Raised with the known wrong pairs now always run (24, 30, 51 …): the matrix's worst documents lose 13 and 15-17.
  "đảo đoạn trong mục": 13,
  "câu gây nhiễu (6)": 2,
  // wt-desk40's near-matches, measured over the full matrix after otherDesk.ts and cumulativeInFirst: the worst
  // document loses 9 (63: its desk's terse «Nhận 77 HS; …» right after three other desks' sentences) and 6.
  "câu gần giống: cơ quan khác (6)": 9,
  "câu gần giống: lũy kế (6)": 6,
  "kiểu số gộp (9 780, 8, 95.06 %)": 1,
  "chép từ PDF (in hoa + ngắt dòng)": 8,
  "người viết khác (từ nối + gạch + đảo đoạn)": 10,
  "tất cả + câu gây nhiễu": 17,
};

/** Wrong bindings the full matrix still finds, «transform | document | field», listed exactly so that any other fails. */
const KNOWN_WRONG: string[] = [
  // On wt-meta (2026-12-02), main's 32 pairs (57a9266) measured again, and the reorder transforms run in full after the
  // harness fix below: 18 pairs. Mended by cause: a thousands style no longer changes what is bound (31: vetoText.ts's
  // sentence, sums.ts's «trong đó»), numbers inside names are no clerk's padding (the harness no longer pads them: 07,
  // 28, 31, 50, 57), a passive «đang được giải quyết» keeps its aspect (53), a wording's bullet is any mark (76 under
  // «–»), the reorder keeps a PDF copy's wrapped lines together (24's groups). Stale entries (25, Đắk Nông, 33) gone.
  // 24's staff in post under four rewrites, no longer found once wt-wrong6's counted kinds and places named in passing
  // were merged (14 pairs). Still wrong: a table row wrapped in two (15), list counts at a wrapped line's start (30),
  // a table read as a list (51), the leaders' total in a bulletless section (76), the report's own month read as the
  // previous one when the comparison lines are swapped (39), distractors of another body or the plan's rate (30, 40),
  // a one-stop share read from another row (91, new on main, as there). 76's leaders' total under every rewrite at
  // once is right since wt-dev20c (the members' numbers under the heading add up to it: levelHeadings.ts).
  "bỏ gạch đầu dòng | 76-son-la-tcd-2025-08-viet-tat-ket-qua-cuoi-muc.txt | tcd:tinh.luot",
  "chép từ PDF (in hoa + ngắt dòng) | 15-ca-mau-gach-dau-bang-ky-tu-quy1-2026.txt | bcdc:hcc.dungHan",
  "chép từ PDF (in hoa + ngắt dòng) | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.treHan",
  "người viết khác (từ nối + gạch + đảo đoạn) | 39-dong-nai-tcd-2025-11-nhan-hai-cham.txt | tcd:soSanh.thangTruoc",
  "người viết khác (từ nối + gạch + đảo đoạn) | 51-lam-dong-bieu-ke-hoach-thuc-hien-quy1-2026.docx | bcdc:ksthc.nhomCongViec",
  "người viết khác (từ nối + gạch + đảo đoạn) | 91-thanh-tra-tuyen-quang-9-thang-bieu-tab-long-cong-quy3-2025.txt | bcdc:motCuaVp.tyLeDungHan",
  "ngắt dòng 70 cột (PDF) | 15-ca-mau-gach-dau-bang-ky-tu-quy1-2026.txt | bcdc:hcc.dungHan",
  "ngắt dòng 70 cột (PDF) | 30-can-tho-bang-can-le-so-ket-6-thang-quy2-2026.txt | bcdc:hcc.treHan",
  // 30's pending files and their share under every rewrite at once are right since stop 32 (the sentence naming the
  // centre or the desk says whose its figures are: arrivalVetoes60.test.ts).
  "tất cả + câu gây nhiễu | 51-lam-dong-bieu-ke-hoach-thuc-hien-quy1-2026.docx | bcdc:ksthc.nhomCongViec",
  "tất cả + câu gây nhiễu | 91-thanh-tra-tuyen-quang-9-thang-bieu-tab-long-cong-quy3-2025.txt | bcdc:motCuaVp.tyLeDungHan",
  // Stop 22's batch joined the corpus: 251's space-aligned summary table with «1.284» written «1284» binds the centre's
  // received files as the feedback count (its row «16 Phản ánh, kiến nghị về TTHC -» has no figure). Not yet studied.
  "nghìn không dấu (9780) | 251-ubnd-xa-tua-chua-dien-bien-bang-noi-dung-ket-qua-quy3-2026.txt | bcdc:ksthc.soPhanAnh",
  // Stop 23's 271 under the distracting sentences bound «Kế hoạch năm đề ra tỷ lệ hồ sơ giải quyết đúng hạn đạt
  // 86,71%» as its desk's on-time share: mended (wt-wrong34), a plan that sets what is to be reached makes all it sets
  // a plan, its «đạt» included (planLabel.ts). 40's desk's on-time share under every rewrite at once went with it.
];

const documents = corpusDocuments();
const seed = process.env.METAMORPHIC_SEED ?? "2026-12-01";

/**
 * Thousands written 9780, «9 780» or with a non-breaking space are issue 11's rule 1 (never a wrong value whatever the
 * style): every document runs under one of them, not on a draw of a few. One each, dealt by the document's own draw:
 * all three on every document (three times the corpus, growing every stop) took CI past its 90 minutes in stop 50;
 * `npm run metamorphic nghìn` runs all three on all.
 */
const EVERY_DOCUMENT = (name: string) => name.startsWith("nghìn ");
const THOUSANDS = TRANSFORMS.filter((t) => EVERY_DOCUMENT(t.name));

/** The thousands style a document is rewritten in here: the one whose draw for it is smallest. */
function thousandsStyleOf(d: CorpusDocument): string {
  const draws = THOUSANDS.map((t) => ({ name: t.name, k: seeded(`${seed} | ${t.name} | ${d.file}`)() }));
  return draws.reduce((a, b) => (b.k < a.k ? b : a)).name;
}

/**
 * Each other transform takes the PER_TRANSFORM documents whose own draw (seeded by the transform's and the document's
 * names) is smallest. A document added to the corpus displaces a chosen one only when its draw is smaller, so the pairs
 * run here do not all change whenever the corpus grows, as they did with one shuffled order of the whole list.
 */
let pairs: Array<[string, number, CorpusDocument]> | undefined;
function chosen(): Array<[string, number, CorpusDocument]> {
  return (pairs ??= draw());
}

function draw(): Array<[string, number, CorpusDocument]> {
  const rows: Array<[string, number, CorpusDocument]> = [];
  const styles = new Map(documents.map((d) => [d.file, thousandsStyleOf(d)]));
  TRANSFORMS.forEach((t, i) => {
    const drawn = documents.map((d) => ({ d, k: seeded(`${seed} | ${t.name} | ${d.file}`)() }));
    const taken = EVERY_DOCUMENT(t.name) ? documents.filter((d) => styles.get(d.file) === t.name) : drawn.sort((a, b) => a.k - b.k).slice(0, PER_TRANSFORM).map(({ d }) => d);
    // A known wrong pair runs whatever the draw: mended, it fails here until its entry goes.
    const known = documents.filter((d) => !taken.includes(d) && KNOWN_WRONG.some((k) => k.startsWith(`${t.name} | ${documentName(d)} | `)));
    for (const d of [...taken, ...known]) rows.push([`${t.name} × ${d.file}`, i, d]);
  });
  return rows;
}

/** «heldout/24-quang-ninh-….truth.json» → «24-quang-ninh-…»: the document as KNOWN_WRONG names it, less its extension. */
const stem = (name: string) => name.replace(/^.*\//, "").replace(/\.(?:truth\.json|txt|docx)$/, "");
const documentName = (d: CorpusDocument) => KNOWN_WRONG.map((k) => k.split(" | ")[1]!).find((n) => stem(n) === stem(d.file)) ?? stem(d.file);

/** A document as written is measured once, whatever number of transforms run on it. */
const originals = new Map<string, ReturnType<typeof measureOriginal>>();
function original(doc: CorpusDocument): ReturnType<typeof measureOriginal> {
  let found = originals.get(doc.file);
  if (!found) originals.set(doc.file, (found = measureOriginal(doc)));
  return found;
}

/** Files the pairs are dealt over (metamorphic.test.ts, metamorphic.part2–4.test.ts). */
export const METAMORPHIC_PARTS = 4;

/** The corpus's documents dealt in turn: a document, measured as written once, is measured in one file only. */
const parts = new Map(documents.map((d, i) => [d.file, i % METAMORPHIC_PARTS]));
const partOf = (file: string) => parts.get(file);

/** The pairs whose document falls to this part (0-based); part 0 also checks the draw itself. */
export function metamorphicSuite(part: number): void {
  describe(`truth-preserving rewrites of the corpus bind nothing wrong (part ${part + 1} of ${METAMORPHIC_PARTS})`, () => {
    if (part === 0) guards();
    const mine = new Set(documents.filter((d) => partOf(d.file) === part).map((d) => d.file));
    it.each(chosen().filter(([, , d]) => mine.has(d.file)))("%s", async (_name, i, doc) => {
      const transform = TRANSFORMS[i]!;
      const [before, after] = [await original(doc), await measureTransformed(doc, transform)];
      const known = KNOWN_WRONG.filter((k) => k.startsWith(`${transform.name} | ${before.document} | `)).map((k) => k.split(" | ")[2]);
      const field = (w: string) => w.split(":").slice(0, 2).join(":");
      // Only what the rewrite added: a wrong binding of the document as written is the corpus test's to hold.
      const added = after.wrong.map(field).filter((f) => !before.wrong.map(field).includes(f));
      expect(added).toEqual(known);
      expect(before.right - after.right).toBeLessThanOrEqual(MAX_LOSS[transform.name] ?? 0);
    });
  });
}

/** What the draw must always hold, checked once: no recognition runs here. */
function guards(): void {
  it("deals every document to one part, the parts within one document of each other", () => {
    const dealt = Array.from({ length: METAMORPHIC_PARTS }, (_, p) => documents.filter((d) => partOf(d.file) === p).length);
    expect(dealt.reduce((a, b) => a + b, 0)).toBe(documents.length);
    expect(Math.max(...dealt) - Math.min(...dealt)).toBeLessThanOrEqual(1);
  });

  it("runs every document under one thousands style, each style on a share of the corpus", () => {
    const rows = chosen();
    const styled = rows.filter(([, k]) => EVERY_DOCUMENT(TRANSFORMS[k]!.name));
    // A known wrong pair of another style may add its document once more; every document is there at least once.
    expect(new Set(styled.map(([, , d]) => d.file)).size).toBe(documents.length);
    expect(THOUSANDS.length).toBeGreaterThanOrEqual(3);
    for (const t of THOUSANDS) expect(styled.filter(([, k]) => TRANSFORMS[k]!.name === t.name).length).toBeGreaterThan(documents.length / 5);
  });

  it("runs every known wrong pair, so that one mended fails until its entry goes", () => {
    const rows = new Set(chosen().map(([, i, d]) => `${TRANSFORMS[i]!.name} | ${stem(d.file)}`));
    for (const k of KNOWN_WRONG) {
      const [t, doc] = k.split(" | ");
      expect(rows).toContain(`${t} | ${stem(doc!)}`);
    }
  });
}
