/**
 * The few `Word.*` enums the gateway reads from the global `Word`, with the string values real Office.js uses
 * (e.g. ChangeTrackingMode.trackAll is "TrackAll", not "trackAll").
 */
export const WORD_ENUMS = {
  ContentControlType: { richText: "RichText", plainText: "PlainText" },
  InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
  ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
  ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
  TrackedChangeType: { none: "None", added: "Added", deleted: "Deleted", formatted: "Formatted" },
  RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
  SelectionMode: { select: "Select", start: "Start", end: "End" },
} as const;

/**
 * Sets `globalThis.Word` to the enums when no real Office.js is loaded (jest, the preview page). Never replaces a
 * real `Word`: inside Office the genuine object must win.
 */
export function installWordGlobals(): void {
  const global = globalThis as { Word?: unknown };
  if (global.Word === undefined) global.Word = WORD_ENUMS;
}
