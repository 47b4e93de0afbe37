/**
 * A label's syllables depend on the document's own readings of its short forms (withDocumentWords): kept from one
 * document, they must not serve the next, which may read the short form otherwise or not at all. Three rules kept
 * them in module-level maps (joinedKinds.ts, totalOfNamedParts.ts, zeroHeads.ts), so what a rule found depended on
 * which document the process had read first.
 */
import { labelNamesPart } from "../../../src/domain/import/meaning/totalOfNamedParts";
import { withDocumentWords } from "../../../src/domain/import/meaning/words";
import { namesLabel } from "../../../src/domain/import/meaning/zeroHeads";

/** A short form no shared table knows: only the document says «ZQ» is «giải quyết». */
const READINGS: Array<[string[], string[]]> = [[["zq"], ["giải", "quyết"]]];
const inDocument = <T>(read: () => T) => withDocumentWords(READINGS, read);

describe("a label read with one document's readings serves no other document", () => {
  it("zeroHeads: the label read outside the document, then inside it", () => {
    const label = "Số hồ sơ ZQ đúng hạn";
    const named = ["hồ", "sơ", "giải", "quyết"];
    expect(namesLabel(label, named)).toBe(false);
    expect(inDocument(() => namesLabel(label, named))).toBe(true);
  });

  it("zeroHeads: the label read inside the document, then outside it", () => {
    const label = "Số đơn ZQ đúng hạn";
    const named = ["đơn", "giải", "quyết"];
    expect(inDocument(() => namesLabel(label, named))).toBe(true);
    expect(namesLabel(label, named)).toBe(false);
  });

  it("totalOfNamedParts: a part's kind in the label only as the document reads it", () => {
    const label = "Hồ sơ ZQ trễ hạn";
    const kinds = [["giải", "quyết"], ["tiếp", "nhận"]];
    expect(inDocument(() => labelNamesPart(label, kinds))).toBe(true);
    expect(labelNamesPart(label, kinds)).toBe(false);
  });
});
