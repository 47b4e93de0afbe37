/**
 * A report that gives each part twice, a line for the body and a line for one of its units: «- Văn phòng UBND tỉnh:
 * … sự nghiệp được giao 46, có mặt 43» over «- Trung tâm: số người làm việc được giao 19, có mặt 18», «- Văn phòng:
 * 13 cuộc giao ban …» over «- Trung tâm: 12 cuộc giao ban …» (a joint report of an office and the centre it runs, a
 * department and its sub-department). Each line says whose its figures are by its lead: the unit's line is the
 * unit's, as a line among other units' lines is (unitParts.ts), since the body's own figure stands on its own line
 * beside it. The unit may be led by its kind alone («- Trung tâm:») where the document names such a unit in full
 * («Trung tâm Phục vụ hành chính công tỉnh»), as clerks shorten a name they have given.
 *
 * Only a «-»/«+» line opened by the unit and a colon, with a line opened by the body itself (the issuer's kind:
 * «- Văn phòng:», «- Văn phòng UBND tỉnh:») within a few lines: a unit's line alone may well be the body's figure
 * told through the unit, and is not judged here. Language knowledge only: no field is named.
 */
import type { UnitLead } from "./unitParts";

/** Kinds of units a body gives its own lines for (unitParts.ts's, the body's rooms left out: they act for it). */
const KINDS = ["Trung tâm", "Chi cục", "Thanh tra", "Văn phòng", "Đội"];

/** A bulleted line's lead: a kind, maybe a name in capitals, then a colon. */
function leadOf(line: string): { kind: string; written: string; at: number } | null {
  const m = /^[ \t]*[-+•*–][ \t]*/u.exec(line);
  if (m === null) return null;
  const rest = line.slice(m[0].length);
  const kind = KINDS.find((k) => rest.startsWith(k));
  if (kind === undefined) return null;
  const named = /^[ \t]*(?:\p{Lu}[^:;\n()]{0,80}?)?[ \t]*:/u.exec(rest.slice(kind.length));
  if (named === null) return null;
  return { kind, written: rest.slice(0, kind.length + named[0].length - 1).trim(), at: m[0].length };
}

/** A body's own line: its kind («văn phòng»), the form's own kind when the header names none. */
function isBody(lead: { kind: string }, ownKind: string | null): boolean {
  return lead.kind.toLowerCase() === (ownKind ?? "văn phòng");
}

/** Lines looked at around the unit's line for the body's, as unitParts.ts looks for a unit's fellows. */
const NEAR_LINES = 6;

/**
 * The unit whose line the number at `start` stands on, after its lead's colon, when a line near it is led by the body
 * itself (`ownKind`, the issuer's kind: vetoOwnAward.kindOf); else null.
 */
export function unitLineBesideBody(text: string, start: number, ownKind: string | null): UnitLead | null {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const end = text.indexOf("\n", start);
  const line = text.slice(from, end === -1 ? text.length : end);
  const lead = leadOf(line);
  if (lead === null || isBody(lead, ownKind) || from + lead.at + lead.written.length >= start) return null;
  // The kind alone stands for a unit only where the document names one of that kind in full.
  if (lead.written === lead.kind && !new RegExp(`${lead.kind}[ \\t]+\\p{Lu}`, "u").test(text)) return null;
  const found = { name: lead.written.normalize("NFC").toLowerCase(), text: lead.written, at: from + lead.at };
  // Up, then down, a line at a time.
  for (let k = 0, at = from; k < NEAR_LINES && at > 0; k++) {
    const above = text.lastIndexOf("\n", at - 2) + 1;
    const other = leadOf(text.slice(above, at - 1));
    if (other !== null && isBody(other, ownKind)) return found;
    at = above;
  }
  for (let k = 0, at = end; k < NEAR_LINES && at !== -1; k++) {
    const next = text.indexOf("\n", at + 1);
    const other = leadOf(text.slice(at + 1, next === -1 ? text.length : next));
    if (other !== null && isBody(other, ownKind)) return found;
    at = next;
  }
  return null;
}
