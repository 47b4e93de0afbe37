/** The simulation's body.insertOoxml and body.text: what Word's batching rules say, and what the package holds. */
import { createWordSimulation, installWordGlobals, SimError, type WordSimulation } from "../../../src/preview/wordSim";

installWordGlobals();

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

/** A package with `body` (WordprocessingML) as its document part's body. */
const flat = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="${PKG}">` +
  `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
  `<pkg:xmlData><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;

const sdt = (tag: string, alias: string, text: string, plain = true) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${tag}"/><w:id w:val="7"/>${plain ? "<w:text/>" : ""}</w:sdtPr>` +
  `<w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;

const REPORT_BODY =
  `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>UBND TỈNH</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>CỘNG HÒA</w:t></w:r></w:p>` +
  `<w:p><w:r><w:t>Độc lập</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
  `<w:p><w:pPr><w:pStyle w:val="BcdcBody"/></w:pPr><w:r><w:t xml:space="preserve">Công chức được giao là </w:t></w:r>` +
  `${sdt("bcdc:a", "Biên chế &amp; &quot;giao&quot;", "55")}<w:r><w:t>;</w:t><w:tab/><w:t>hết</w:t></w:r>` +
  `<w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:ins><w:r><w:t>.</w:t></w:r></w:ins></w:p>` +
  `<w:p>${sdt("other:x", "Khác", "x", false)}</w:p><w:sectPr/>`;

const texts = (sim: WordSimulation) =>
  sim.doc.paragraphs.map((runs) => runs.map((r) => (r.kind === "text" ? r.text : `[${sim.doc.controlText(r.control)}]`)).join(""));

/** A location as a caller might pass it, valid or not: the simulation checks it at sync as Word does. */
type AnyLocation = Parameters<Word.Body["insertOoxml"]>[1];
const location = (name: string) => name as AnyLocation;

const codeOf = (promise: Promise<unknown>) => promise.then(() => "resolved", (error: SimError) => error.code);

describe("body.insertOoxml", () => {
  it("queues the insertion until sync, then reads paragraphs, table cells in order, text and controls", async () => {
    const sim = createWordSimulation([]);
    await sim.run(async (context) => {
      context.document.body.insertOoxml(flat(REPORT_BODY), "Replace");
      expect(sim.controls()).toEqual([]);
      await context.sync();
    });
    expect(sim.syncCount()).toBe(1);
    expect(texts(sim)).toEqual(["UBND TỈNH", "CỘNG HÒA", "Độc lập", "Công chức được giao là [55];\thết.", "[x]"]);
    expect(sim.controls().map(({ tag, title, text }) => ({ tag, title, text }))).toEqual([
      { tag: "bcdc:a", title: 'Biên chế & "giao"', text: "55" },
      { tag: "other:x", title: "Khác", text: "x" },
    ]);
    expect(sim.doc.controls().map((c) => c.type)).toEqual(["PlainText", "RichText"]);
  });

  it("gives the new controls ids of the document's own, not the package's w:id", async () => {
    const sim = createWordSimulation([{ runs: [{ id: 7, tag: "bcdc:old", title: "Cũ", text: "1" }] }]);
    await sim.run(async (context) => {
      context.document.body.insertOoxml(flat(`<w:p>${sdt("bcdc:a", "A", "2")}</w:p>`), "End");
    });
    expect(sim.controls().map((c) => [c.id, c.tag])).toEqual([[7, "bcdc:old"], [8, "bcdc:a"]]);
  });

  it("replaces the whole body, or adds at its start or end", async () => {
    const start = (where: string) => {
      const sim = createWordSimulation([{ runs: ["cũ ", { tag: "bcdc:old", title: "Cũ", text: "1" }] }]);
      return sim.run(async (context) => context.document.body.insertOoxml(flat("<w:p><w:r><w:t>mới</w:t></w:r></w:p>"), location(where))).then(() => texts(sim));
    };
    await expect(start("Replace")).resolves.toEqual(["mới"]);
    await expect(start("Start")).resolves.toEqual(["mới", "cũ [1]"]);
    await expect(start("End")).resolves.toEqual(["cũ [1]", "mới"]);
  });

  it("rejects the sync with InvalidArgument for malformed XML, a package without a document, or a bad location", async () => {
    const attempt = (ooxml: string, where = "Replace") => {
      const sim = createWordSimulation([{ runs: ["giữ nguyên"] }]);
      return codeOf(sim.run(async (context) => context.document.body.insertOoxml(ooxml, location(where)))).then((code) => [code, texts(sim)]);
    };
    await expect(attempt(flat("<w:p><w:r><w:t>a</w:r></w:p>"))).resolves.toEqual(["InvalidArgument", ["giữ nguyên"]]);
    await expect(attempt(`<w:document xmlns:w="${W}"><w:body/></w:document>`)).resolves.toEqual(["InvalidArgument", ["giữ nguyên"]]);
    await expect(attempt(flat("<w:p/>"), "After")).resolves.toEqual(["InvalidArgument", ["giữ nguyên"]]);
  });

  it("is refused with AccessDenied on a read-only document, which keeps its content", async () => {
    const sim = createWordSimulation([{ runs: ["giữ nguyên"] }], { readOnly: true });
    await expect(codeOf(sim.run(async (context) => context.document.body.insertOoxml(flat("<w:p/>"), "Replace")))).resolves.toBe("AccessDenied");
    expect(texts(sim)).toEqual(["giữ nguyên"]);
  });

  it("is seen by a load queued after it in the same sync", async () => {
    const sim = createWordSimulation([]);
    const tags = await sim.run(async (context) => {
      context.document.body.insertOoxml(flat(`<w:p>${sdt("bcdc:a", "A", "2")}</w:p>`), "Replace");
      const controls = context.document.contentControls.load("tag");
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(tags).toEqual(["bcdc:a"]);
    expect(sim.syncCount()).toBe(1);
  });
});

describe("body.text", () => {
  it("is readable only after load and sync, with paragraphs separated by \\r", async () => {
    const sim = createWordSimulation([{ runs: ["Một ", { tag: "bcdc:a", title: "A", text: "55" }] }, { runs: [] }, { runs: ["Hai"] }]);
    await sim.run(async (context) => {
      const body = context.document.body;
      expect(() => body.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      body.load("text");
      await context.sync();
      expect(body.text).toBe("Một 55\r\rHai");
    });
  });

  it("is empty for an empty document", async () => {
    const sim = createWordSimulation([]);
    const text = await sim.run(async (context) => {
      const body = context.document.body.load("text");
      await context.sync();
      return body.text;
    });
    expect(text).toBe("");
  });
});

describe("document.pageSetup", () => {
  it("needs WordApiDesktop 1.3: a Word without it rejects the sync with ApiNotFound", async () => {
    const sim = createWordSimulation([]);
    const attempt = sim.run(async (context) => {
      context.document.pageSetup.topMargin = 56.7;
    });
    await expect(codeOf(attempt)).resolves.toBe("ApiNotFound");
    expect(sim.doc.pageSetup.top).toBe(72);
  });

  it("sets paper and margins at sync and reads them after load", async () => {
    const sim = createWordSimulation([], { maxDesktopApi: "1.3" });
    const read = await sim.run(async (context) => {
      const setup = context.document.pageSetup;
      setup.paperSize = "A4";
      setup.leftMargin = 85.05;
      expect(sim.doc.pageSetup.paperSize).toBe("Letter");
      setup.load("paperSize,leftMargin,rightMargin");
      await context.sync();
      return [setup.paperSize, setup.leftMargin, setup.rightMargin];
    });
    expect(read).toEqual(["A4", 85.05, 72]);
  });

  it("refuses a negative margin with InvalidArgument", async () => {
    const sim = createWordSimulation([], { maxDesktopApi: "1.3" });
    await expect(codeOf(sim.run(async (context) => void (context.document.pageSetup.rightMargin = -1)))).resolves.toBe("InvalidArgument");
  });
});
