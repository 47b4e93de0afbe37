/** The simulated document's data: what the proxies read and write, and what the renderer draws. */

/** One stretch of a control's text; `change` marks it as a tracked insertion or deletion not yet resolved. */
export interface Segment {
  text: string;
  change?: TrackedChangeInfo;
}

export type TrackedChangeType = "Added" | "Deleted";

export interface TrackedChangeInfo {
  id: number;
  type: TrackedChangeType;
  author: string;
  date: Date;
}

export type SimControlType = "PlainText" | "RichText";

export interface SimControl {
  id: number;
  tag: string;
  title: string;
  type: SimControlType;
  appearance: string;
  /** Locked by the author (ContentControl.cannotEdit, WordApi 1.1): writing its text fails with AccessDenied. */
  cannotEdit: boolean;
  segments: Segment[];
}

/** A text run outside controls; `change` marks it as a tracked insertion or deletion (typed or inserted under tracking). */
export type DocRun = { kind: "text"; text: string; change?: TrackedChangeInfo } | { kind: "control"; control: SimControl };

/** A run as callers write it: plain text, or a control (its id is assigned when omitted). */
export type SimRun = string | { id?: number; tag: string; title: string; text: string; type?: SimControlType };

export interface SimParagraph {
  runs: SimRun[];
  /** The paragraph style's id (`w:pStyle`), kept only so the preview can draw headings and the header as such. */
  style?: string;
  /** Where the paragraph sits in a table, if it does (see SimLayout). */
  table?: SimTableCell;
  /** Word's automatic numbering of the paragraph, as Word shows it. */
  list?: SimListItem;
}

/**
 * A paragraph inside a table cell: which table (0-based, in document order), the cell's row and its index in the row
 * (TableCell.rowIndex / cellIndex, WordApi 1.3: https://learn.microsoft.com/en-us/javascript/api/word/word.tablecell),
 * and the nesting level (Paragraph.tableNestingLevel: 0 outside tables, 1 in a top-level table).
 */
export interface SimTableCell {
  table: number;
  row: number;
  cell: number;
  level?: number;
  /**
   * For the preview's drawing only, never read by the gateway (Word.TableCell has no merge properties): the grid
   * columns the cell spans (`w:gridSpan`) and its part in a vertical merge (`w:vMerge`, ISO/IEC 29500-1 §17.4.85).
   */
  span?: number;
  merge?: "restart" | "continue";
}

/**
 * A list paragraph: ListItem.listString ("the list item bullet, number, or picture as a string") and ListItem.level
 * (0-based), WordApi 1.3: https://learn.microsoft.com/en-us/javascript/api/word/word.listitem.
 */
export interface SimListItem {
  label: string;
  level: number;
}

/** A paragraph's place in tables and lists, as Word.Paragraph reports it. */
export interface SimLayout {
  table?: SimTableCell;
  list?: SimListItem;
}

/** A stretch of one paragraph's text, by character offsets (a Word.Range from search or a paragraph). */
export interface SimSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** The cursor: a collapsed selection at a character offset of a paragraph's visible text. */
export interface Cursor {
  paragraph: number;
  offset: number;
}

export interface SimXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export type ChangeTrackingModeValue = "Off" | "TrackAll" | "TrackMineOnly";

/** A tracked change as the simulation reports it to tests and the preview. */
export interface TrackedChangeView extends TrackedChangeInfo {
  text: string;
  /** The control holding the change, or null for a change in the body's own text. */
  controlId: number | null;
  tag: string;
}

/** The document's page (WordApiDesktop 1.3 reads and sets it): paper name and margins in points. */
export interface SimPageSetup {
  paperSize: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * What a failing sync leaves behind, which Microsoft does not document (see docs/word-simulation.md): "keepsApplied"
 * (the commands before the failing one stay applied) or "undoesAll" (the whole sync is undone). The gateway must be
 * correct under both.
 */
export type FailedSyncMode = "keepsApplied" | "undoesAll";

/** Office.context.diagnostics.platform values the simulation knows a quirk of. */
export type SimPlatform = "PC" | "Mac" | "OfficeOnline";
