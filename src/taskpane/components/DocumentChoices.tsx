import { Button } from "@fluentui/react-components";
import { formatField } from "../../domain/fieldValues";
import type { FieldDef } from "../../domain/types";
import { choicesOf, chosenOf } from "../store/documentChoices";
import { useAppStore } from "../store/StoreContext";

/**
 * Under a figure the document writes differently in different places: its values as buttons, so the clerk settles it
 * in two clicks (one here, then «Cập nhật văn bản», which writes the choice in every place). Choosing fills the box
 * only, as typing would; the document's text is not touched until she updates it.
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
  // A value typed that is neither of the document's: the box says the rest, as for any figure.
  if (choices.length === 0 || (raw.trim() !== "" && !chosen)) return null;
  const said = chosen && value ? `Bấm «Cập nhật văn bản» để ghi ${formatField(field, value)} vào cả ${places} chỗ.` : "Văn bản ghi khác nhau; chọn số đúng:";
  return (
    <div className="field-choices" role="group" aria-label={`Số văn bản ghi cho «${field.label}»`}>
      <span>{said}</span>
      {choices.map((choice) => (
        <Button
          key={choice.text}
          size="small"
          appearance={choice === chosen ? "primary" : "secondary"}
          aria-pressed={choice === chosen}
          onClick={() => {
            setFigure(field.id, choice.text);
            void leaveBox();
          }}
        >
          {`${choice.text} (chỗ ${choice.places.join(", ")})`}
        </Button>
      ))}
    </div>
  );
}
