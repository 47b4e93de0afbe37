import { Button } from "@fluentui/react-components";
import { useEffect, useId } from "react";
import { formatField } from "../../domain/fieldValues";
import type { FieldDef } from "../../domain/types";
import { choicesOf, chosenOf } from "../store/documentChoices";
import { placesKey } from "../store/placeWordsActions";
import { useAppStore } from "../store/StoreContext";

/**
 * Under a figure the document writes differently in different places: its values as buttons, so the clerk settles it
 * in two clicks (one here, then «Cập nhật văn bản», which writes the choice in every place). Choosing fills the box
 * only, as typing would; the document's text is not touched until she updates it. Each value says where the report
 * writes it, in the report's own words around it («chỗ 1: «…đang quản lý năm 2026: Công chức…»»): «chỗ 1 / chỗ 2»
 * alone left the clerk guessing which place was which (walk finding pane58, 2). The words are read from Word when the
 * box is first shown; until then, or where they cannot be found, the place's number alone.
 */
export function DocumentChoices({ field }: { field: FieldDef }) {
  const seen = useAppStore((s) => s.observations.get(field.id));
  const choices = choicesOf(field, seen);
  const raw = useAppStore((s) => s.raw[field.id] ?? "");
  const value = useAppStore((s) => s.review.values.get(field.id) ?? null);
  const places = seen?.length ?? 0;
  const setFigure = useAppStore((s) => s.setFigure);
  const leaveBox = useAppStore((s) => s.leaveBox);
  const chosen = chosenOf(field, choices, raw);
  const key = placesKey((seen ?? []).map((o) => o.text));
  const words = useAppStore((s) => (s.placeWords[field.id]?.key === key ? s.placeWords[field.id]!.words : undefined));
  const loadPlaceWords = useAppStore((s) => s.loadPlaceWords);
  const offered = choices.length > 0;
  useEffect(() => {
    if (offered) void loadPlaceWords(field.id);
  }, [offered, key, field.id, loadPlaceWords]);
  const id = useId();
  // A value typed that is neither of the document's: the box says the rest, as for any figure.
  if (choices.length === 0 || (raw.trim() !== "" && !chosen)) return null;
  const said = chosen && value ? `Bấm «Cập nhật văn bản» để ghi ${formatField(field, value)} vào cả ${places} chỗ.` : "Văn bản ghi khác nhau; chọn số đúng:";
  return (
    <div className="field-choices" role="group" aria-label={`Số văn bản ghi cho «${field.label}»`}>
      <span>{said}</span>
      {choices.map((choice, i) => {
        const where = choice.places.map((n) => (words?.[n - 1] ? `chỗ ${n}: «${words[n - 1]}»` : `chỗ ${n}`)).join("; ");
        return (
          <div key={choice.text} className="field-choice">
            <Button
              size="small"
              appearance={choice === chosen ? "primary" : "secondary"}
              aria-pressed={choice === chosen}
              aria-label={`${choice.text} (chỗ ${choice.places.join(", ")})`}
              aria-describedby={`${id}-${i}`}
              onClick={() => {
                setFigure(field.id, choice.text);
                void leaveBox();
              }}
            >
              {choice.text}
            </Button>
            <span id={`${id}-${i}`} className="field-choice-where">
              {where}
            </span>
          </div>
        );
      })}
    </div>
  );
}
