/** insertReport, the production gateway against the Word simulation: syncs, controls, refusals, hostile settings. */
import { withComputed } from "../../src/domain/compute";
import { REPORT } from "../support/forms";
import { storedReportFromXml, storedReportToXml, emptyStoredReport } from "../../src/domain/storedReport";
import { PAGE_POINTS, reportOoxml } from "../../src/domain/template/ooxml";
import { REFERENCE_OFFICE, type OfficeSettings } from "../../src/domain/template/settings";
import { GatewayError, type NewReport } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, paragraphDisplayText, type SimParagraph, type SimulationOptions } from "../../src/preview/wordSim";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const PERIOD = { quarter: 4, year: 2026 } as const;
const HOSTILE = `<w:t>&"'</w:t>]]><!--`;

function newReport(settings: OfficeSettings = REFERENCE_OFFICE): NewReport {
  return {
    ooxml: reportOoxml(REPORT, settings, withComputed(REPORT, new Map(), PERIOD), { period: PERIOD }),
    page: { ...PAGE_POINTS },
    storedXml: storedReportToXml(emptyStoredReport(PERIOD)),
  };
}

function setUp(paragraphs: SimParagraph[] = [], options: SimulationOptions = {}) {
  const sim = createWordSimulation(paragraphs, options);
  const text = () => sim.doc.paragraphs.map((runs) => paragraphDisplayText(runs));
  return { sim, text, gateway: createOfficeGateway(sim.run, sim.supports) };
}

describe("insertReport", () => {
  it("writes the whole report into an empty document in 2 syncs and returns its controls, read in the write sync", async () => {
    const { sim, text, gateway } = setUp();
    const { result, syncs } = await sim.measure(() => gateway.insertReport(newReport(), { replace: false }));
    expect(syncs).toBe(2);
    expect(result.syncs).toBe(2);
    expect(result.controls).toEqual(sim.controls().map((c) => ({ ...c, cannotEdit: false })));
    expect(text()).toEqual(expect.arrayContaining(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "I. ĐẶC ĐIỂM, TÌNH HÌNH", "Nơi nhận:"]));
    expect(text()).toContain("Kết quả thực hiện công tác dân chủ quý IV năm 2026;");
  });

  it("creates a control tagged with the field id and titled with its label for every field of the report", async () => {
    const { sim, gateway } = setUp();
    await gateway.insertReport(newReport(), { replace: false });
    const controls = sim.controls();
    expect(REPORT.fields.filter((f) => !controls.some((c) => c.tag === f.id)).map((f) => f.id)).toEqual([]);
    expect(controls.filter((c) => c.title !== REPORT.byId.get(c.tag)?.label)).toEqual([]);
    expect(sim.doc.controls().every((c) => c.type === "PlainText")).toBe(true);
    expect(controls.filter((c) => c.tag === "bcdc:ky.tuNgay").map((c) => c.text)).toEqual(["15/9/2026"]);
    expect(controls.filter((c) => c.tag === "bcdc:bienChe.congChucGiao").map((c) => c.text)).toEqual(["…", "…"]);
  });

  it("saves the stored report (with its period) in the same write sync", async () => {
    const { sim, gateway } = setUp();
    await gateway.insertReport(newReport(), { replace: false });
    expect(sim.doc.xmlParts).toHaveLength(1);
    expect(storedReportFromXml(sim.doc.xmlParts[0]!.xml)?.period).toEqual(PERIOD);
  });

  it("refuses a document with text or our controls in one sync, in Vietnamese, and writes nothing", async () => {
    const { sim, text, gateway } = setUp(smallDocument());
    const before = text();
    const error = await gateway.insertReport(newReport(), { replace: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({
      code: "notEmpty",
      message: "Văn bản đã có 2 ô số liệu của báo cáo. Báo cáo mới chỉ được tạo trong văn bản trống; hãy mở một văn bản trống, hoặc chọn thay thế toàn bộ nội dung.",
    });
    expect(sim.syncCount()).toBe(1);
    expect(text()).toEqual(before);
    expect(sim.doc.xmlParts).toEqual([]);
  });

  it("refuses a document with text only, saying so", async () => {
    const { gateway } = setUp([{ runs: ["Ghi chú của chuyên viên"] }]);
    await expect(gateway.insertReport(newReport(), { replace: false })).rejects.toMatchObject({ code: "notEmpty", message: expect.stringMatching(/^Văn bản đang có nội dung\./) });
  });

  it("accepts a document of empty paragraphs and spaces as empty, and puts the report before them", async () => {
    const { sim, text, gateway } = setUp([{ runs: [] }, { runs: ["  "] }]);
    await gateway.insertReport(newReport(), { replace: false });
    expect(sim.controls().length).toBeGreaterThan(REPORT.fields.length);
    expect(text()[0]).toBe("UBND TỈNH SƠN LA");
    expect(text().slice(-2)).toEqual(["", "  "]);
  });

  it("replaces a non-empty document's whole body when asked, old controls included", async () => {
    const { sim, text, gateway } = setUp(smallDocument());
    await gateway.insertReport(newReport(), { replace: true });
    expect(sim.syncCount()).toBe(2);
    expect(text()).not.toContain("Hợp đồng  người.");
    expect(sim.controls().some((c) => c.tag === "other:thing")).toBe(false);
    expect(sim.controls()[0]?.tag).toBe("bcdc:ky.quy");
  });

  it("reports a read-only document as such and leaves it as it was", async () => {
    const { sim, text, gateway } = setUp([], { readOnly: true });
    const error = await gateway.insertReport(newReport(), { replace: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "readOnly", message: expect.stringContaining("chỉ đọc") });
    expect(text()).toEqual([""]);
    expect(sim.syncCount()).toBe(2);
  });

  it("sets A4 and the decree's margins in the same write sync on desktop Word (WordApiDesktop 1.3)", async () => {
    const { sim, gateway } = setUp([], { maxDesktopApi: "1.3" });
    const result = await gateway.insertReport(newReport(), { replace: false });
    expect(result.pageApplied).toBe(true);
    expect(sim.syncCount()).toBe(2);
    expect(sim.doc.pageSetup).toEqual({ paperSize: "A4", top: 56.7, bottom: 56.7, left: 85.05, right: 42.5 });
  });

  it("leaves the page alone where Word has no page-setup API (Word on the web), and says so", async () => {
    const { sim, gateway } = setUp();
    const result = await gateway.insertReport(newReport(), { replace: false });
    expect(result.pageApplied).toBe(false);
    expect(sim.doc.pageSetup).toEqual({ paperSize: "Letter", top: 72, bottom: 72, left: 72, right: 72 });
  });

  it.each<keyof OfficeSettings>(["governingBody", "officeName", "place", "symbolSuffix", "signerTitle", "signerName"])(
    "writes a hostile %s as plain text, adding no control",
    async (key) => {
      const { sim, text, gateway } = setUp();
      await gateway.insertReport(newReport({ ...REFERENCE_OFFICE, [key]: HOSTILE }), { replace: false });
      expect(text().some((p) => p.includes(HOSTILE))).toBe(true);
      expect(sim.controls().every((c) => c.tag.startsWith("bcdc:") && REPORT.byId.has(c.tag))).toBe(true);
    },
  );

  it("writes hostile recipients as plain text", async () => {
    const { text, gateway } = setUp();
    await gateway.insertReport(newReport({ ...REFERENCE_OFFICE, recipients: [HOSTILE, "Lưu: VT"] }), { replace: false });
    expect(text()).toEqual(expect.arrayContaining([`- ${HOSTILE};`, "- Lưu: VT."]));
  });
});
