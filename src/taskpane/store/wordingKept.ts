/**
 * Which differences of style the pane offers to rewrite «theo quy cách». A zero the document writes in words
 * («không», «Không có», «không có») and the form's own words for it are both Vietnamese, not a number format: the
 * reference report's words taken into another office's sentence lowercased a sentence's first word («… Biểu số 1.
 * không có công chức») or capitalised one inside it («tiếp nhận công chức: Không có»), under the name of
 * Nghị định 30/2020. Such a figure keeps the document's words and is not offered; digits on either side still are.
 */
import type { Conflict } from "../../domain/updatePlan";

const DIGIT = /\d/;

/** Words on both sides: the document's wording is kept, nothing is offered. */
export const wordingOnly = (restyle: Pick<Conflict, "documentText" | "target">): boolean =>
  !DIGIT.test(restyle.documentText) && !DIGIT.test(restyle.target);

/** The restyles worth asking about: a number written in another style, not the document's own words for zero. */
export const restylesToOffer = <T extends Pick<Conflict, "documentText" | "target">>(restyles: readonly T[]): T[] =>
  restyles.filter((r) => !wordingOnly(r));
