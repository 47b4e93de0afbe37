/**
 * What an operation borrows from officeGateway.ts to save the stored part in its own write sync (recognition, the
 * chooser, form design): no operation spends a sync of its own on the part.
 */
import { NEWER_VERSION_MESSAGE } from "../domain/storedReport";
import { GatewayError } from "./gateway";

export interface StoredParts {
  /** Every custom XML part with its namespace, queued in the operation's read sync. */
  queueParts(context: Word.RequestContext): Word.CustomXmlPartCollection;
  sortParts(parts: Word.CustomXmlPartCollection): { ours: Word.CustomXmlPart[]; newer: Word.CustomXmlPart | undefined };
  saveStored(context: Word.RequestContext, parts: { items: Word.CustomXmlPart[] }, xml: string): void;
}

/** Our parts after the read sync; a newer add-in's data is never overwritten: refused before any write. */
export function ourParts({ sortParts }: Pick<StoredParts, "sortParts">, all: Word.CustomXmlPartCollection): { items: Word.CustomXmlPart[] } {
  const sorted = sortParts(all);
  if (sorted.newer) throw new GatewayError(NEWER_VERSION_MESSAGE, "newerVersion");
  return { items: sorted.ours };
}
