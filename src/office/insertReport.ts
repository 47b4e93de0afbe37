/**
 * «Tạo báo cáo mới» in Word: 1 read sync (is the body empty and free of our controls?) and 1 write sync that inserts
 * the whole report as one Flat OPC package (body.insertOoxml, WordApi 1.1), saves the stored report, sets the page
 * where Word allows it (document.pageSetup, WordApiDesktop 1.3) and reads the new controls back. Loaded on first use.
 */
import { writeSync } from "./errors";
import { GatewayError, STORE_NAMESPACE, type DocumentRead, type InsertedReport, type IsOurs, type NewReport, type PageLayout, type SupportsWordApi } from "./gateway";

export interface GatewayParts {
  guarded: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  supports: SupportsWordApi;
  queueRead(context: Word.RequestContext): Word.ContentControlCollection;
  toRead(context: Word.RequestContext, controls: Word.ContentControlCollection): DocumentRead;
  saveStored(context: Word.RequestContext, parts: Word.CustomXmlPartScopedCollection, xml: string): void;
  ours: IsOurs;
}

export function insertReport(
  { guarded, supports, queueRead, toRead, saveStored, ours: isOurs }: GatewayParts,
  report: NewReport,
  replace: boolean,
): Promise<InsertedReport> {
  return guarded(async (context): Promise<InsertedReport> => {
    const body = context.document.body;
    // Once the clerk has agreed to replace, the document's text is not needed (it may be long).
    const before = replace ? null : context.document.contentControls;
    before?.load("tag");
    if (!replace) body.load("text");
    const parts = context.document.customXmlParts.getByNamespace(STORE_NAMESPACE);
    parts.load("id");
    await context.sync();

    if (before) {
      const ours = before.items.filter((c) => isOurs(c.tag)).length;
      if (ours > 0 || body.text.trim() !== "") throw notEmpty(ours);
    }
    // One command for the whole report: a paragraph-by-paragraph build would queue hundreds of them. An "empty"
    // document is put after the report rather than replaced: body.text cannot see a picture or an empty table.
    body.insertOoxml(report.ooxml, replace ? Word.InsertLocation.replace : Word.InsertLocation.start);
    // The package cannot carry the page (see flatOpc.ts); desktop Word lets us set it in the same batch.
    const pageApplied = report.page !== null && supports("1.3", "WordApiDesktop");
    if (pageApplied && report.page) applyPage(context.document.pageSetup, report.page);
    if (report.storedXml !== null) saveStored(context, parts, report.storedXml);
    // Queued after the write, so this sync's load sees the controls Word has just created.
    const after = queueRead(context);
    await writeSync(context);
    return { ...toRead(context, after), syncs: 2, pageApplied };
  });
}

function applyPage(setup: Word.PageSetup, page: PageLayout): void {
  setup.paperSize = page.paperSize;
  setup.topMargin = page.top;
  setup.bottomMargin = page.bottom;
  setup.leftMargin = page.left;
  setup.rightMargin = page.right;
}

function notEmpty(ours: number): GatewayError {
  const what = ours > 0 ? `đã có ${ours} ô số liệu của báo cáo` : "đang có nội dung";
  return new GatewayError(
    `Văn bản ${what}. Báo cáo mới chỉ được tạo trong văn bản trống; hãy mở một văn bản trống, hoặc chọn thay thế toàn bộ nội dung.`,
    "notEmpty",
  );
}
