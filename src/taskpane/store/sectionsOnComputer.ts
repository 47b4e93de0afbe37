/**
 * The sections open in «Số liệu», remembered on this computer for the document's stored part as it stands.
 *
 * walk42: browsing sections is never saved into the document (a leader who only reads is not asked by Word to save a
 * document they did not change), so they were kept only with the clerk's next save; a pane closed after browsing
 * came back with the sections of that older save (I, II and III open where she had closed them, V closed where she
 * had opened it), and her next Enter on «II. …» closed it. Now every change is remembered here too, keyed by what the
 * stored part holds apart from the pane's own place in it: the same document, unchanged since, reopens as she left
 * it; a part saved since (here, with its sections, or on another computer) is another key, and its own sections win.
 */
import { readStoredReport, type StoredReport } from "../../domain/storedReport";
import type { WordGateway } from "../../office/gateway";
import type { Preferences } from "./types";

const KEY = "mucDangMo";
/** Documents remembered: the latest ones a clerk works on; older ones fall back to their part's own sections. */
const KEPT = 20;

interface Remembered {
  basis: string;
  open: string[];
}

/** What the stored part holds apart from the sections open and the box typed in (FNV-1a of its JSON, and its length). */
export function storedBasis(stored: StoredReport): string {
  const content: Partial<StoredReport> = { ...stored };
  delete content.openSections;
  delete content.typingIn;
  const text = JSON.stringify(content);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(16)}.${text.length}`;
}

function rememberedList(prefs: Preferences): Remembered[] {
  try {
    const list: unknown = JSON.parse(prefs.get(KEY) ?? "[]");
    return Array.isArray(list) ? list.filter((r: Partial<Remembered>) => typeof r?.basis === "string" && Array.isArray(r.open)) : [];
  } catch {
    return []; // a damaged preference: the document's own sections are used, nothing else is lost
  }
}

export interface SectionsOnComputer {
  /** The gateway to use: the same, noting the stored part each read finds and each save writes. */
  gateway: WordGateway;
  /** At start: the sections last left open here for this part (already read as `stored`), or null. */
  recall(stored: StoredReport): string[] | null;
  /** After the clerk opened or closed a section. */
  remember(open: readonly string[], isField: (id: string) => boolean): void;
}

export function sectionsOnComputer(word: WordGateway, prefs: Preferences): SectionsOnComputer {
  // The part's XML as the document holds it now, and its basis once computed (read again only when a section is
  // opened or closed after a save, never on each save).
  let part: string | null = null;
  let basis: string | null | undefined;
  const saved = (xml: string | null) => {
    if (xml === null) return;
    part = xml;
    basis = undefined;
  };
  /** Runs an operation whose write may save the part `stored` returns, and notes what it saved. */
  const noting = async <A extends unknown[], T>(stored: ((...args: A) => string | null) | undefined, run: (noted?: (...args: A) => string | null) => Promise<T>) => {
    let xml: string | null = null;
    const outcome = await run(stored && ((...args: A) => (xml = stored(...args))));
    saved(xml);
    return outcome;
  };
  const gateway: WordGateway = {
    ...word,
    readAll: async () => {
      const read = await word.readAll();
      part = read.storedXml;
      basis = undefined;
      return read;
    },
    update: async (plan) => {
      let xml: string | null = null;
      const outcome = await word.update((read) => {
        const decided = plan(read);
        xml = decided.storedXml;
        return decided;
      });
      saved(xml);
      return outcome;
    },
    // Recognition and the chooser save the part in their own write (the figures still unclear).
    bindFigures: (plan, stored) => noting(stored, (noted) => word.bindFigures(plan, noted)),
    bindSelection: (control, accept, stored) => noting(stored, (noted) => word.bindSelection(control, accept, noted)),
    unbindField: (tag, stored) => noting(stored, (noted) => word.unbindField(tag, noted)),
    insertReport: async (report, options) => {
      const inserted = await word.insertReport(report, options);
      saved(report.storedXml);
      return inserted;
    },
  };
  return {
    gateway,
    recall: (stored) => {
      const list = rememberedList(prefs);
      if (list.length === 0) return null;
      basis = storedBasis(stored);
      return list.find((r) => r.basis === basis)?.open ?? null;
    },
    remember: (open, isField) => {
      if (basis === undefined) {
        const read = part === null ? null : readStoredReport(part, { isField });
        basis = read?.kind === "report" ? storedBasis(read.report) : null;
      }
      // A document without a part yet has nothing to key it by: its first save keeps the sections in it.
      if (basis === null) return;
      const here = basis;
      const others = rememberedList(prefs).filter((r) => r.basis !== here);
      prefs.set(KEY, JSON.stringify([{ basis: here, open: [...open] }, ...others].slice(0, KEPT)));
    },
  };
}
