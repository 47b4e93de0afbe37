/**
 * Who a leader is told changed a figure under review, and when. The answer is the history's, the name the clerk gave
 * the pane for the leaders to read («Người cập nhật», asked once), so that the review card and «Lịch sử» name the same
 * person. Word's own `TrackedChange.author` is not used when the history knows the write: Word reports there the
 * user name of the Word that made the change («Gets the author of the tracked change», WordApi 1.6,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.trackedchange; the same value as VBA's Revision.Author,
 * «the name of the user who made the specified tracked change»,
 * https://learn.microsoft.com/office/vba/api/word.revision.author), i.e. Office's «User name» setting of that
 * computer or its signed-in account. The add-in cannot set it, a shared office computer gives every clerk the same
 * one, and a leader's accept or reject has none at all: the history's name is the one that covers every line. Word's
 * author is shown only for a change the history does not know (typed into the control in Word, not by the pane).
 */
import type { HistoryEntry } from "../../domain/storedReport";
import type { FieldId } from "../../domain/types";

export interface PendingChange {
  tag: FieldId;
  deleted: string;
  inserted: string;
  author: string;
}

export interface ChangeWriter {
  /** One name, or the names of every clerk whose writes make up the pending change, in the order they wrote. */
  who: string;
  /** ISO time of the latest write; absent when the history does not know the change. */
  at?: string;
  /** True when the name is Word's (the history does not know this change). */
  fromWord: boolean;
}

/**
 * The writes that turned `deleted` into `inserted`: the latest write ending on `inserted`, then back through the
 * writes it followed (each one's `from` the previous one's `to`), until the text Word shows as deleted, or a leader's
 * decision, which settled everything before it. Word on Mac gives no deleted text (office-js#5178): the walk then
 * stops at the decision or at the start of the history.
 */
function writesOf(change: PendingChange, history: readonly HistoryEntry[]): HistoryEntry[] {
  const own = history.filter((entry) => entry.field === change.tag);
  let i = own.length - 1;
  while (i >= 0 && !(own[i]!.decision === undefined && own[i]!.to === change.inserted)) i -= 1;
  if (i === -1) return [];
  const chain = [own[i]!];
  while (chain[0]!.from !== change.deleted && i > 0) {
    const previous = own[--i]!;
    if (previous.decision !== undefined || previous.to !== chain[0]!.from) break;
    chain.unshift(previous);
  }
  return chain;
}

const namesIn = (writes: readonly HistoryEntry[]) => [...new Set(writes.map((w) => w.by.trim()).filter((name) => name !== ""))];

export function writerOf(change: PendingChange, history: readonly HistoryEntry[]): ChangeWriter {
  const writes = writesOf(change, history);
  const names = namesIn(writes);
  if (names.length === 0) return { who: change.author.trim() || "không rõ", fromWord: true };
  return { who: names.join(", "), at: writes.at(-1)!.at, fromWord: false };
}

/** Every name the pending changes were made under (the history's, else Word's, as the cards say), each once, in order. */
export function writersOf(changes: readonly PendingChange[], history: readonly HistoryEntry[]): string[] {
  const names = changes.flatMap((change) => {
    const own = namesIn(writesOf(change, history));
    return own.length > 0 ? own : [change.author.trim()].filter((name) => name !== "");
  });
  return names.filter((name, i) => names.findIndex((other) => sameName(other, name)) === i);
}

const plain = (name: string) => name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");

/** One person's name however typed: case, spaces and Unicode composition aside (a name pasted from Word is often NFD). */
export const sameName = (a: string, b: string): boolean => plain(a) !== "" && plain(a) === plain(b);

/**
 * Whom to ask about before a decision is recorded under `decider`: the writers of the changes decided when `decider` is
 * one of them and nobody at the computer has said it is theirs in this review (`confirmed`); else none, and nothing is
 * asked. A leader on the clerk's computer reviewed under her stored name without seeing it.
 */
export function writersToAsk(decider: string, confirmed: string, writers: readonly string[]): string[] {
  return sameName(decider, confirmed) || !writers.some((name) => sameName(name, decider)) ? [] : [...writers];
}
