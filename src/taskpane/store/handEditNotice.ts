/**
 * What a notice says of the figures changed by hand in the document, as the clerk's choices stand now. Walk finding
 * (walk42, 1c): after «Lấy số trong văn bản» for both figures an update had asked about, the notice still read «2 số
 * liệu đã bị sửa tay…: hãy chọn cách xử lý bên dưới» above no card at all. The notice keeps the sentence it said
 * (`Notice.handEdits`), and the pane says instead which choices are made and how many are left to make.
 */
import type { Conflict } from "../../domain/updatePlan";
import type { AppState, Notice } from "./types";

/** Hand edits and figures in another style are counted by figure, their places said when more than one each. */
export function placesOf(found: readonly { field: string }[]): string {
  const figures = new Set(found.map((c) => c.field)).size;
  return figures < found.length ? `${figures} số liệu (${found.length} chỗ)` : `${figures} số liệu`;
}

/**
 * The sentence a notice says when figures changed by hand wait for the clerk's choice; `named` adds what each shows,
 * `where` where the cards are (below the notice in «Số liệu»; said by name from another tab).
 */
export function handEditSentence(conflicts: readonly { field: string; differing?: true; inWords?: true }[], named = "", where = "bên dưới"): string {
  // Places the document itself writes differently were never edited: said as what they are (walk50, 1); so is a zero
  // said in words, where digits would break the sentence around it (walk52, 1).
  const inWords = conflicts.filter((c) => c.inWords);
  const differing = conflicts.filter((c) => c.differing && !c.inWords);
  const edited = conflicts.filter((c) => !c.differing && !c.inWords);
  const said = [
    edited.length > 0 ? `${placesOf(edited)} đã bị sửa tay trong văn bản` : null,
    differing.length > 0 ? `${placesOf(differing)} được văn bản ghi khác nhau giữa các chỗ` : null,
    inWords.length > 0 ? `${placesOf(inWords)} được văn bản nói bằng chữ (thay bằng số có thể làm câu sai nghĩa)` : null,
  ].filter((s): s is string => s !== null);
  return `${said.join(", ")}${named}: hãy chọn cách xử lý ${where}.`;
}

/** The notice's record of its hand-edit sentence, to be said again as the choices are made. */
export function handEditsOf(conflicts: readonly { field: string; differing?: true; inWords?: true }[], sentence: string): Pick<Notice, "handEdits"> {
  if (conflicts.length === 0) return {};
  const differing = [...new Set(conflicts.filter((c) => c.differing && !c.inWords).map((c) => c.field))];
  const inWords = [...new Set(conflicts.filter((c) => c.inWords).map((c) => c.field))];
  return {
    handEdits: {
      fields: [...new Set(conflicts.map((c) => c.field))],
      sentence,
      ...(differing.length > 0 ? { differing } : {}),
      ...(inWords.length > 0 ? { inWords } : {}),
    },
  };
}

type Choices = Pick<AppState, "notice" | "conflicts" | "overwrite" | "skip">;

/** `text` (a notice's words) with its hand-edit sentence as the choices stand now. */
export function withHandEditsNow(state: Choices, text: string): string {
  const asked = state.notice?.handEdits;
  if (!asked || !text.includes(asked.sentence)) return text;
  const left = state.conflicts.filter((c) => asked.fields.includes(c.field));
  const leftFields = new Set(left.map((c) => c.field));
  const chosen = asked.fields.filter((id) => !leftFields.has(id));
  if (chosen.length === 0) return text;
  const overwritten = chosen.filter((id) => state.overwrite.includes(id)).length;
  const kept = chosen.filter((id) => state.skip.includes(id)).length;
  const taken = chosen.length - overwritten - kept;
  const ways = [
    taken > 0 ? [taken, "lấy số trong văn bản vào ngăn"] : null,
    overwritten > 0 ? [overwritten, "ghi đè khi bấm «Cập nhật văn bản»"] : null,
    kept > 0 ? [kept, "giữ nguyên văn bản"] : null,
  ].filter((w): w is [number, string] => w !== null);
  const said = ways.length === 1 ? ways[0]![1] : ways.map(([n, way]) => `${n} ${way}`).join(", ");
  const differing = new Set(asked.differing ?? []);
  const inWords = new Set(asked.inWords ?? []);
  // Only hand edits are called so; the document's own differences are named for what they are.
  const kind = (ids: readonly string[]) =>
    ids.every((id) => differing.has(id))
      ? "ghi khác nhau giữa các chỗ"
      : ids.every((id) => inWords.has(id))
        ? "nói bằng chữ"
        : ids.some((id) => differing.has(id) || inWords.has(id))
          ? "cần chọn"
          : "bị sửa tay";
  const made = `Đã chọn cho ${chosen.length} số liệu ${kind(chosen)}: ${said}.`;
  const rest = left.length > 0 ? ` Còn ${placesOf(left)} ${kind([...leftFields])}: hãy chọn cách xử lý bên dưới.` : "";
  return text.replace(asked.sentence, `${made}${rest}`);
}

/** The conflicts that are hand edits; the others are computed figures the add-in never confirmed (unconfirmedTotals.ts). */
export function splitConflicts(conflicts: readonly Conflict[]): { handEdited: Conflict[]; unconfirmed: Conflict[] } {
  return { handEdited: conflicts.filter((c) => !c.unconfirmed), unconfirmed: conflicts.filter((c) => c.unconfirmed) };
}

