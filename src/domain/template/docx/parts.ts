/**
 * The fixed parts of the package around document.xml: content types, relationships, styles (Times New Roman 14 pt,
 * Vietnamese), settings, and the page-number headers.
 */
import { roleStyles } from "./format";
import { el, NS, val, XML_DECLARATION } from "./xml";

const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const CONTENT_TYPES =
  XML_DECLARATION +
  el(
    "Types",
    { xmlns: "http://schemas.openxmlformats.org/package/2006/content-types" },
    el("Default", { Extension: "rels", ContentType: "application/vnd.openxmlformats-package.relationships+xml" }),
    el("Default", { Extension: "xml", ContentType: "application/xml" }),
    el("Override", { PartName: "/word/document.xml", ContentType: `${CT}.document.main+xml` }),
    el("Override", { PartName: "/word/styles.xml", ContentType: `${CT}.styles+xml` }),
    el("Override", { PartName: "/word/settings.xml", ContentType: `${CT}.settings+xml` }),
    el("Override", { PartName: "/word/header1.xml", ContentType: `${CT}.header+xml` }),
    el("Override", { PartName: "/word/header2.xml", ContentType: `${CT}.header+xml` }),
  );

const rels = (...rows: [string, string, string][]) =>
  XML_DECLARATION +
  el(
    "Relationships",
    { xmlns: "http://schemas.openxmlformats.org/package/2006/relationships" },
    ...rows.map(([Id, type, Target]) => el("Relationship", { Id, Type: `${REL}/${type}`, Target })),
  );

export const PACKAGE_RELS = rels(["rId1", "officeDocument", "word/document.xml"]);

/** Ids the section properties refer to. */
export const HEADER_DEFAULT_ID = "rIdHeaderDefault";
export const HEADER_FIRST_ID = "rIdHeaderFirst";

export const DOCUMENT_RELS = rels(
  ["rIdStyles", "styles", "styles.xml"],
  ["rIdSettings", "settings", "settings.xml"],
  [HEADER_DEFAULT_ID, "header", "header1.xml"],
  [HEADER_FIRST_ID, "header", "header2.xml"],
);

const FONT = "Times New Roman";
const fonts = el("w:rFonts", { "w:ascii": FONT, "w:hAnsi": FONT, "w:cs": FONT, "w:eastAsia": FONT });

export const STYLES =
  XML_DECLARATION +
  el(
    "w:styles",
    { "xmlns:w": NS.w },
    el(
      "w:docDefaults",
      {},
      el("w:rPrDefault", {}, el("w:rPr", {}, fonts, val("w:color", "000000"), val("w:sz", 28), val("w:szCs", 28), el("w:lang", { "w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA" }))),
      el("w:pPrDefault", {}, el("w:pPr", {}, el("w:spacing", { "w:after": 0, "w:line": 240, "w:lineRule": "auto" }))),
    ),
    el("w:style", { "w:type": "paragraph", "w:default": 1, "w:styleId": "Normal" }, val("w:name", "Normal"), el("w:qFormat")),
    el(
      "w:style",
      { "w:type": "table", "w:default": 1, "w:styleId": "TableNormal" },
      val("w:name", "Normal Table"),
      el("w:tblPr", {}, el("w:tblCellMar", {}, el("w:left", { "w:w": 108, "w:type": "dxa" }), el("w:right", { "w:w": 108, "w:type": "dxa" }))),
    ),
    roleStyles(),
  );

export const SETTINGS =
  XML_DECLARATION +
  el(
    "w:settings",
    { "xmlns:w": NS.w },
    val("w:defaultTabStop", 720),
    val("w:characterSpacingControl", "doNotCompress"),
    el("w:compat", {}, el("w:compatSetting", { "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": 15 })),
  );

/** Page numbers: Arabic, 14 pt, centred in the top margin. The first page gets the empty header2. */
export const HEADER_PAGE_NUMBER =
  XML_DECLARATION +
  el(
    "w:hdr",
    { "xmlns:w": NS.w },
    el(
      "w:p",
      {},
      el("w:pPr", {}, val("w:jc", "center")),
      el("w:fldSimple", { "w:instr": " PAGE " }, el("w:r", {}, el("w:rPr", {}, val("w:sz", 28)), el("w:t", {}, "2"))),
    ),
  );

export const HEADER_EMPTY = XML_DECLARATION + el("w:hdr", { "xmlns:w": NS.w }, el("w:p"));
