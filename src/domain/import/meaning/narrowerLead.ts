/**
 * A figure another of the form's figures narrows by two words of its own («Viên chức biệt phái» and «Viên chức trình
 * xin biệt phái»: seconded, and proposed for secondment) is not the number those words lead to. «VP trình UBND tỉnh
 * cho biệt phái 01 VC» is a proposal: its 01 is no seconded employee, though every word of the general label is
 * there. The narrower figure's words must all be written to be its (vetoFormWords.ts special); one of them before the
 * number, in its clause, is enough to say the general one is not meant.
 */
import { syllables } from "./words";

/** The number's clause before it: from its sentence's start or the last «;» or «:» there. */
export function clauseLead(text: string, from: number, start: number): string {
  const lead = text.slice(from, start);
  const cut = Math.max(lead.lastIndexOf(";"), lead.lastIndexOf(":"));
  return cut === -1 ? lead : lead.slice(cut + 1);
}

/** `narrower`: per narrower figure, the words that set it apart. Whether the lead names one of them. */
export function narrowerLead(narrower: readonly string[][], lead: string): boolean {
  if (narrower.length === 0) return false;
  const words = new Set(syllables(lead));
  return narrower.some((extra) => extra.some((w) => words.has(w)));
}
