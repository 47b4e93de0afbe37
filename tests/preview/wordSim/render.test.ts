/** @jest-environment jsdom */
import { REPORT, SAMPLE } from "../../support/forms";
import axe from "axe-core";
import { createOfficeGateway } from "../../../src/office/officeGateway";
import { seedParagraphs } from "../../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, renderSimDocument } from "../../../src/preview/wordSim";

installWordGlobals();

function rendered() {
  const sim = createWordSimulation(seedParagraphs(REPORT, SAMPLE), { author: "Chánh Văn phòng" });
  const container = document.createElement("div");
  document.body.replaceChildren(container);
  const stop = renderSimDocument(sim, container);
  const root = container.querySelector<HTMLElement>('[role="document"]')!;
  return { sim, container, root, stop };
}

describe("renderSimDocument", () => {
  it("marks paragraphs inserted with a style, so the report's header and headings are drawn as such", async () => {
    const { sim, root } = rendered();
    const pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
    const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const ooxml =
      `<pkg:package xmlns:pkg="${pkg}"><pkg:part pkg:name="/word/document.xml" pkg:contentType="x"><pkg:xmlData>` +
      `<w:document xmlns:w="${w}"><w:body><w:p><w:pPr><w:pStyle w:val="BcdcNationalName"/></w:pPr><w:r><w:t>CỘNG HÒA</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>thường</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
    await sim.run(async (context) => context.document.body.insertOoxml(ooxml, "Replace"));
    const drawn = [...root.querySelectorAll<HTMLElement>("p")].map((p) => [p.textContent, p.dataset.style ?? null]);
    expect(drawn).toEqual([["CỘNG HÒA", "BcdcNationalName"], ["thường", null]]);
  });

  it("draws a table's merged header cells as Word lays them out: a span across columns, a merge down rows", async () => {
    const { sim, root } = rendered();
    const pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
    const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const tc = (props: string, text: string) => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
    const rows =
      `<w:tr>${tc('<w:vMerge w:val="restart"/>', "Đơn vị")}${tc('<w:gridSpan w:val="2"/>', "Hồ sơ")}${tc('<w:vMerge w:val="restart"/>', "Ghi chú")}</w:tr>` +
      `<w:tr>${tc("<w:vMerge/>", "")}${tc("", "Tiếp nhận")}${tc("", "Trễ hạn")}${tc("<w:vMerge/>", "")}</w:tr>` +
      `<w:tr>${tc("", "Văn phòng")}${tc("", "81")}${tc("", "0")}${tc("", "đúng hạn")}</w:tr>`;
    const ooxml =
      `<pkg:package xmlns:pkg="${pkg}"><pkg:part pkg:name="/word/document.xml" pkg:contentType="x"><pkg:xmlData>` +
      `<w:document xmlns:w="${w}"><w:body><w:tbl>${rows}</w:tbl></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
    await sim.run(async (context) => context.document.body.insertOoxml(ooxml, "Replace"));
    const drawn = [...root.querySelectorAll("tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => `${td.textContent} ${td.colSpan}×${td.rowSpan}`),
    );
    expect(drawn).toEqual([
      ["Đơn vị 1×2", "Hồ sơ 2×1", "Ghi chú 1×2"],
      ["Tiếp nhận 1×1", "Trễ hạn 1×1"],
      ["Văn phòng 1×1", "81 1×1", "0 1×1", "đúng hạn 1×1"],
    ]);
    // What the gateway reads is untouched: the merged-away cells keep their own index in the row, as in Word.
    const cells = await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.length;
    });
    expect(cells).toBe(11);
  });

  it("draws selected text marked, and text dragged over in one paragraph becomes the document's selection", () => {
    const { sim, root } = rendered();
    sim.select(0, 2, 7);
    const marked = () => [...root.querySelectorAll("p")[0]!.querySelectorAll(".sim-selected")].map((e) => e.textContent).join("");
    expect(marked()).toBe(sim.doc.paragraphText(0).slice(2, 7));
    const text = root.querySelector("p")!.querySelector("[data-start]")!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, 2);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    root.querySelector("p")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(sim.doc.selection()).toEqual({ paragraph: 0, start: 1, end: 2 });
    expect(marked()).toBe(sim.doc.paragraphText(0).slice(1, 2));
  });

  it("draws paragraphs and every control as a labelled, tagged box in a named document", () => {
    const { sim, root } = rendered();
    expect(root.getAttribute("aria-label")).toBe("Văn bản (mô phỏng)");
    expect(root.querySelectorAll("p")).toHaveLength(sim.doc.paragraphs.length);
    const boxes = [...root.querySelectorAll<HTMLElement>("span.cc")];
    expect(boxes).toHaveLength(sim.controls().length);
    const late = boxes.find((b) => b.dataset.tag === "bcdc:hcc.tyLeDangGiaiQuyet")!;
    expect([late.textContent, late.title]).toEqual(["9,7%", "Tỷ lệ đang giải quyết"]);
  });

  it("moves the cursor where the clicked text ends, and draws the caret there", () => {
    const { sim, root } = rendered();
    const words = root.querySelector<HTMLElement>('p[data-paragraph="7"] > span[data-start]')!;
    words.click();
    expect(sim.doc.cursor).toEqual({ paragraph: 7, offset: (words.textContent ?? "").length });
    const caret = root.querySelector('p[data-paragraph="7"] .sim-caret')!;
    expect(caret.nextElementSibling?.className).toBe("cc");
  });

  it("takes the offset from the browser's selection, so a click inside a figure puts the cursor in its control", async () => {
    const { sim, root } = rendered();
    const box = root.querySelector<HTMLElement>('span.cc[data-tag="bcdc:hcc.tiepNhan"]')!;
    const text = box.querySelector("[data-start]")!.firstChild!;
    getSelection()!.collapse(text, 2);
    box.click();
    expect(sim.doc.controlAtCursor()?.tag).toBe("bcdc:hcc.tiepNhan");
    const gateway = createOfficeGateway(sim.run, sim.supports);
    await expect(gateway.insertAtSelection({ tag: "bcdc:hcc.dungHan", title: "x", text: "15" })).rejects.toMatchObject({
      code: "insideControl",
    });
  });

  it("moves the cursor with the arrow keys", () => {
    const { sim, root } = rendered();
    sim.setCursor(3, 5);
    root.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    root.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(sim.doc.cursor).toEqual({ paragraph: 4, offset: 6 });
  });

  it("re-draws after a sync: a tracked update shows as del and ins", async () => {
    const { sim, root } = rendered();
    const gateway = createOfficeGateway(sim.run, sim.supports);
    await gateway.update((read) => ({
      texts: new Map(read.controls.filter((c) => c.tag === "bcdc:hcc.tyLeDangGiaiQuyet").map((c) => [c.id, "9,82%"])),
      storedXml: null,
      trackChanges: true,
    }));
    const box = root.querySelector('span.cc[data-tag="bcdc:hcc.tyLeDangGiaiQuyet"]')!;
    expect([box.querySelector("del")?.textContent, box.querySelector("ins")?.textContent]).toEqual(["9,7%", "9,82%"]);
    expect(box.querySelector("ins")?.getAttribute("title")).toContain("Chánh Văn phòng");
  });

  it("stops re-drawing and empties the container when stopped", () => {
    const { sim, container, stop } = rendered();
    stop();
    sim.setCursor(1, 1);
    expect(container.childElementCount).toBe(0);
  });

  it("has no axe violations", async () => {
    const { container } = rendered();
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
