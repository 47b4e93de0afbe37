/**
 * A custom XML part's text, read as Word reads it: it must be well-formed XML, and its namespace is the root
 * element's namespace URI, prefixed or not (`<s:r xmlns:s="urn:x">` is in "urn:x"; Namespaces in XML 1.0, §6.2).
 * Word.CustomXmlPart.namespaceUri: https://learn.microsoft.com/en-us/javascript/api/word/word.customxmlpart
 */
import { DOMParser } from "@xmldom/xmldom";
import { SimError } from "./simError";

function malformed(detail: string): SimError {
  // Word's code for a malformed part is not documented; InvalidArgument is its code for "an incorrect format".
  return new SimError("InvalidArgument", `The XML is not well formed: ${detail}`, "CustomXmlPart");
}

/** The root element's namespace URI ("" when it has none); throws InvalidArgument for malformed XML. */
export function partNamespace(xml: string): string {
  let root: ReturnType<DOMParser["parseFromString"]>["documentElement"];
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw malformed(message);
      },
    });
    root = parser.parseFromString(xml, "text/xml").documentElement;
  } catch (error) {
    throw error instanceof SimError ? error : malformed(String(error));
  }
  // The browser's parser does not throw: it returns a document holding a <parsererror> element instead.
  if (!root || root.getElementsByTagName("parsererror").length > 0 || root.localName === "parsererror") throw malformed("no root element");
  return root.namespaceURI ?? "";
}
