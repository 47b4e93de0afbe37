/**
 * The words around each place of a figure the document writes in disagreement (domain/placeWords.ts), read from Word
 * when the clerk opens the figure's box (gateway.placesAround: 2 syncs, only for such figures, never at the start or
 * in an update). Kept per field with the texts they were read for: a document read again with other texts asks again.
 */
import { wordsAround } from "../../domain/placeWords";
import type { FieldId } from "../../domain/types";
import type { StoreKit } from "./types";

/** The observed texts of a field, as the key its place words were read for. */
export const placesKey = (texts: readonly string[]) => texts.join("\u0000");

export function createPlaceWordsActions({ deps, get, set }: Pick<StoreKit, "deps" | "get" | "set">) {
  const reading = new Set<FieldId>();
  return {
    loadPlaceWords: async (field: FieldId) => {
      const seen = get().observations.get(field) ?? [];
      const key = placesKey(seen.map((o) => o.text));
      if (reading.has(field) || get().placeWords[field]?.key === key) return;
      reading.add(field);
      try {
        const places = await deps.word.placesAround(field);
        // Matched place by place in document order, as the read lists them; a different count means the document
        // changed since: the boxes keep «chỗ 1, 2» until the next read.
        const words = places.length === seen.length ? places.map((p) => wordsAround(p.paragraph, p.text)) : [];
        set({ placeWords: { ...get().placeWords, [field]: { key, words } } });
      } catch (error) {
        // Nothing the clerk asked for failed: the choice stays offered as «chỗ 1, 2», as before the words were read.
        console.warn("The words around a figure's places were not read", error);
        set({ placeWords: { ...get().placeWords, [field]: { key, words: [] } } });
      } finally {
        reading.delete(field);
      }
    },
  };
}
