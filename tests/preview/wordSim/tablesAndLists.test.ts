/**
 * Tables and Word's list labels in the simulation, as Word.Paragraph reports them (WordApi 1.3,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph): tableNestingLevel (0 outside a table),
 * parentTableCellOrNullObject.rowIndex/cellIndex (https://learn.microsoft.com/en-us/javascript/api/word/word.tablecell),
 * isListItem and listItemOrNullObject.listString/level (https://learn.microsoft.com/en-us/javascript/api/word/word.listitem),
 * loaded by path in one collection load; a paragraph outside a table or list gives a null object.
 */
import { createWordSimulation, installWordGlobals, SimError } from "../../../src/preview/wordSim";

installWordGlobals();

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const flat = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="${PKG}">` +
  `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
  `<pkg:xmlData><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (...content: string[]) => `<w:tc>${content.join("")}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

const PATHS = "text,tableNestingLevel,isListItem,listItemOrNullObject/listString,listItemOrNullObject/level,parentTableCellOrNullObject/rowIndex,parentTableCellOrNullObject/cellIndex";

describe("tables inserted with body.insertOoxml", () => {
  it("give each cell's paragraphs their table's row and cell index, nested tables one level deeper", async () => {
    const sim = createWordSimulation([]);
    const body = p("Trước") + `<w:tbl>${tr(tc(p("A")), tc(p("B"), p("B2")))}${tr(tc(p("C"), `<w:tbl>${tr(tc(p("X")))}</w:tbl>`), tc(p("D")))}</w:tbl>` + p("Sau");
    const read = await sim.run(async (context) => {
      context.document.body.insertOoxml(flat(body), "Replace");
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(PATHS);
      await context.sync();
      return paragraphs.items.map((item) => [
        item.text,
        item.tableNestingLevel,
        item.parentTableCellOrNullObject.isNullObject ? null : [item.parentTableCellOrNullObject.rowIndex, item.parentTableCellOrNullObject.cellIndex],
      ]);
    });
    expect(read).toEqual([
      ["Trước", 0, null],
      ["A", 1, [0, 0]],
      ["B", 1, [0, 1]],
      ["B2", 1, [0, 1]],
      ["C", 1, [1, 0]],
      ["X", 2, [0, 0]],
      ["D", 1, [1, 1]],
      ["Sau", 0, null],
    ]);
  });
});

describe("list paragraphs", () => {
  const sim = () => createWordSimulation([{ runs: ["Mở đầu"] }, { runs: ["ĐẶC ĐIỂM"], list: { label: "I.", level: 0 } }, { runs: ["Biên chế"], list: { label: "1.", level: 1 } }]);

  it("give Word's label and level apart from the text; others a null list item", async () => {
    const read = await sim().run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(PATHS);
      await context.sync();
      return paragraphs.items.map((item) => [item.text, item.isListItem, item.listItemOrNullObject.isNullObject ? null : [item.listItemOrNullObject.listString, item.listItemOrNullObject.level]]);
    });
    expect(read).toEqual([
      ["Mở đầu", false, null],
      ["ĐẶC ĐIỂM", true, ["I.", 0]],
      ["Biên chế", true, ["1.", 1]],
    ]);
  });

  it("refuses to give what was not loaded, and needs WordApi 1.3", async () => {
    const error = await sim()
      .run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("text");
        await context.sync();
        return paragraphs.items[1]!.listItemOrNullObject.listString;
      })
      .catch((e: SimError) => e.code);
    expect(error).toBe("PropertyNotLoaded");
    const old = createWordSimulation([{ runs: ["a"] }], { maxApi: "1.2" });
    const code = await old
      .run(async (context) => {
        context.document.body.paragraphs.load("isListItem");
        await context.sync();
      })
      .catch((e: SimError) => e.code);
    expect(code).toBe("ApiNotFound");
  });
});
