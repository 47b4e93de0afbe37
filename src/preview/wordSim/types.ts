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
