/**
 * A few gateway tests with office-addin-mock, the tool Microsoft documents for add-in unit tests. Its limits shape
 * the mock data: objects a method returns must live in the mock tree, `load` needs every named property present, and
 * a collection's `items` is loaded only through `load("items")`, so the collection's `load` is redirected to it.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { WordRun } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { compareVersions, installWordGlobals } from "../../src/preview/wordSim";

installWordGlobals();

type Bag = Record<string, unknown>;
/** The parts of the mock tree the tests look at after the gateway ran. */
interface Tree {
  run: WordRun;
  context: { document: { selection: { parentContentControlOrNullObject: Bag; created: Bag } } };
}

const OUTSIDE_TABLE = { parentTableCellOrNullObject: { isNullObject: true }, parentTableOrNullObject: { isNullObject: true } };

function loadItems(this: OfficeMockObject) {
  return OfficeMockObject.prototype.load.call(this, "items");
}

function wordMock(document: object): Tree {
  const data = {
    context: { document },
    async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  return new OfficeMockObject(data) as unknown as Tree;
}

const gatewayOver = (mock: Tree, supported = "1.5") =>
  createOfficeGateway(mock.run.bind(mock), (version, set = "WordApi") => set === "WordApi" && compareVersions(version, supported) <= 0);

describe("gateway with office-addin-mock", () => {
  it("read returns our controls only, with the tracking mode", async () => {
    const mock = wordMock({
      changeTrackingMode: "Off",
      contentControls: {
        load: loadItems,
        items: [
          // Outside a table, as Word gives them: null objects (the gateway reads a column's header only in one).
          { id: 7, tag: "bcdc:hcc.tiepNhan", title: "Hồ sơ tiếp nhận", text: "9.780", ...OUTSIDE_TABLE },
          { id: 8, tag: "khac:x", title: "Khác", text: "x", ...OUTSIDE_TABLE },
        ],
      },
    });
    const read = await gatewayOver(mock).read();
    expect(read.controls).toEqual([{ id: 7, tag: "bcdc:hcc.tiepNhan", title: "Hồ sơ tiếp nhận", text: "9.780" }]);
    expect(read.trackingMode).toBe("off");
  });

  function selectionMock(parentIsNull: boolean) {
    const mock = wordMock({
      getSelection(this: Bag) {
        return this.selection;
      },
      selection: {
        // The gateway inserts at the selection's end (getRange("End")); this mock's selection is a cursor.
        getRange(this: Bag) {
          return this;
        },
        parentContentControlOrNullObject: { tag: "bcdc:hcc.tiepNhan", title: "Hồ sơ tiếp nhận" },
        insertContentControl(this: { created: Bag }, type: string) {
          this.created.type = type;
          return this.created;
        },
        created: {
          type: "",
          insertText(this: Bag, text: string, location: string) {
            this.text = `${location}:${text}`;
          },
        },
      },
    });
    // isNullObject is not loadable in the mock; set after construction so `load("tag,title")` leaves it alone.
    mock.context.document.selection.parentContentControlOrNullObject.isNullObject = parentIsNull;
    return mock;
  }

  it("insertAtSelection creates a plain-text control with tag, title, appearance and text", async () => {
    const mock = selectionMock(true);
    await gatewayOver(mock).insertAtSelection({ tag: "bcdc:hcc.dungHan", title: "Hồ sơ trả đúng hạn", text: "15" });
    const created = mock.context.document.selection.created;
    expect([created.type, created.tag, created.title, created.appearance, created.text]).toEqual([
      "PlainText", "bcdc:hcc.dungHan", "Hồ sơ trả đúng hạn", "BoundingBox", "Replace:15",
    ]);
  });

  it("insertAtSelection refuses inside one of our controls", async () => {
    const mock = selectionMock(false);
    await expect(
      gatewayOver(mock).insertAtSelection({ tag: "bcdc:hcc.dungHan", title: "Hồ sơ trả đúng hạn", text: "15" }),
    ).rejects.toMatchObject({ code: "insideControl", message: expect.stringContaining("«Hồ sơ tiếp nhận»") });
    expect(mock.context.document.selection.created.tag).toBeUndefined();
  });

  function reportMock(text: string) {
    return wordMock({
      changeTrackingMode: "Off",
      body: {
        text,
        // A string, not an array: the mock turns arrays into collections.
        inserted: "",
        insertOoxml(this: { inserted: string }, ooxml: string, location: string) {
          this.inserted = `${location}:${ooxml}`;
        },
      },
      contentControls: { load: loadItems, items: [] },
      customXmlParts: {
        scoped: { load: loadItems, items: [] },
        getByNamespace(this: Bag) {
          return this.scoped;
        },
      },
      pageSetup: { paperSize: "Letter", topMargin: 72, bottomMargin: 72, leftMargin: 72, rightMargin: 72 },
    });
  }
  const page = { paperSize: "A4", top: 56.7, bottom: 56.7, left: 85.05, right: 42.5 } as const;

  it("insertReport inserts the package at the start of an empty body and sets the page on desktop Word", async () => {
    const mock = reportMock("\r");
    const desktop = (version: string, set = "WordApi") => (set === "WordApi" ? compareVersions(version, "1.3") <= 0 : version === "1.3");
    const result = await createOfficeGateway(mock.run.bind(mock), desktop).insertReport({ ooxml: "<pkg:package/>", page, storedXml: null }, { replace: false });
    const document = (mock.context.document as unknown as { body: { inserted: string }; pageSetup: Bag });
    expect(document.body.inserted).toBe("Start:<pkg:package/>");
    expect(document.pageSetup).toMatchObject({ paperSize: "A4", topMargin: 56.7, bottomMargin: 56.7, leftMargin: 85.05, rightMargin: 42.5 });
    expect(result.pageApplied).toBe(true);
  });

  it("insertReport refuses a body with text and leaves the page alone without WordApiDesktop", async () => {
    const mock = reportMock("Ghi chú");
    const gateway = gatewayOver(mock, "1.3");
    await expect(gateway.insertReport({ ooxml: "<pkg:package/>", page, storedXml: null }, { replace: false })).rejects.toMatchObject({ code: "notEmpty" });
    await gateway.insertReport({ ooxml: "<pkg:package/>", page, storedXml: null }, { replace: true });
    const document = (mock.context.document as unknown as { body: { inserted: string }; pageSetup: Bag });
    expect(document.body.inserted).toBe("Replace:<pkg:package/>");
    // Never assigned: the mock answers for an unloaded property rather than with a value of ours.
    expect([document.pageSetup.paperSize, document.pageSetup.leftMargin]).not.toContain("A4");
    expect(document.pageSetup.leftMargin).not.toBe(85.05);
  });
});
