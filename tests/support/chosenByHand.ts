/** Numbers a clerk selects in the simulated document herself, to bind them with «Gắn vào» (walk44, 1186). */
import type { WordSimulation } from "../../src/preview/wordSim";

/** Selects `number` where it first follows `before` in a paragraph. */
export function selectAfter(sim: WordSimulation, before: string, number: string): void {
  const paragraph = sim.doc.bodyText().split("\r").findIndex((p) => p.includes(before + number));
  const at = sim.doc.paragraphText(paragraph).indexOf(before + number) + before.length;
  sim.select(paragraph, at, at + number.length);
}

/** Gia Lai (1186): the figures recognition leaves unclear, each with the words before the number the clerk selects. */
export const GIA_LAI_BY_HAND = [
  ["tcd:tong.luot", "đã tiếp ", "96"],
  ["tcd:so.luot", "riêng tháng 7/2026 tiếp ", "11"],
  ["tcd:huyen.luot", "lên ", "82"],
  ["tcd:huyen.nguoi", "với ", "104"],
] as const;
