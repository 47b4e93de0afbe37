/**
 * Where a candidate of an unclear figure stands, as one key: the same number offered for two fields (a
 * specialist's walk: «hiện có 58 người» for both «Công chức đang thực hiện» and «Biên chế sự nghiệp đang thực
 * hiện») has the same paragraph and the same words around it in both lists. Kept out of the import engine's chunk:
 * the chooser's list needs it at render.
 */
export interface CandidatePlace {
  paragraph: number;
  before: string;
  text: string;
  after: string;
}

/** JSON, not a control-character join: the key is kept in the document's stored part (XML) with the clerk's choice. */
export const placeKey = (c: CandidatePlace): string => JSON.stringify([c.paragraph, c.before, c.text, c.after]);
