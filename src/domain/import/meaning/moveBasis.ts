/**
 * A personnel move is often written as one act done by way of another: «Tiếp nhận 01 công chức từ Sở Nội vụ theo
 * quyết định điều động của Chủ tịch UBND tỉnh», «tiếp nhận 02 công chức do UBND thành phố điều động về». The person
 * was both received and transferred in; readers of such sentences file the count under either figure (the corpus's
 * truths do both). So a count whose label opens with one move («Tiếp nhận …») is left to the clerk, in the final
 * demotion, when the clause after it gives as its basis another move that opens a label of the same section
 * («Điều động đến …»), not its reverse («điều động đi»). The moves are those of Luật Cán bộ,
 * công chức; which field is which comes from the labels alone.
 */
/** The acts of a personnel move, as labels and clerks write them. */
const MOVES = ["tiếp nhận", "điều động", "luân chuyển", "biệt phái", "bổ nhiệm"] as const;

/** The move a label opens with, or null. */
export function openingMove(label: string): string | null {
  const low = label.normalize("NFC").toLowerCase().trimStart();
  return MOVES.find((m) => low.startsWith(m)) ?? null;
}

/** The clause after the number: up to «;», «.», a line's end, or a comma after a few words. */
function clauseAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 200);
  const stop = /[;\n]|\.(?:\s|$)/u.exec(rest);
  return rest.slice(0, stop ? stop.index : rest.length).normalize("NFC").toLowerCase();
}

/**
 * The count at `end` is received by way of another move: the label opens with `own`, and the clause after the number
 * gives as the act's basis another move that opens a label of the same section (`others`) and that the label itself
 * does not name: «theo (quyết định) điều động …», «do UBND thành phố điều động về». A move merely written beside it
 * («tiếp nhận 01 công chức …, điều động 01 công chức đi …») is another count of its own, in its own clause.
 */
export function byAnotherMove(own: string | null, label: string, others: readonly string[], text: string, end: number, start = end): boolean {
  if (own === null || others.length === 0) return false;
  const clause = clauseAfter(text, end);
  const before = text.slice(Math.max(0, start - 60), start).normalize("NFC").toLowerCase();
  const low = label.normalize("NFC").toLowerCase();
  return others.some(
    (m) =>
      m !== own &&
      !low.includes(m) &&
      (new RegExp(`(?<![\\p{L}])(?:theo(?:\\s+(?:quyết định|qđ))?|do\\s+[^,;()]{1,60}?)\\s+${m}(?![\\p{L}])(?!\\s+đi(?![\\p{L}]))`, "u").test(clause) ||
        // «tiếp nhận điều động đến 02 công chức» (1281, and «- Điều động: tiếp nhận điều động 01 công chức» of 08):
        // received by a transfer, which the move names; the transfer's figure, not the receiving's.
        new RegExp(`(?<![\\p{L}])${own}\\s+(?:theo\\s+(?:hình thức\\s+)?)?${m}(?:\\s+(?:đến|về))?\\s*$`, "u").test(before)),
  );
}
