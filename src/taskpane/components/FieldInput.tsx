import { Button, Field, Input } from "@fluentui/react-components";
import { useEffect, useRef, type TextareaHTMLAttributes } from "react";
import { fieldStatus } from "../../domain/documentCheck";
import { formatField } from "../../domain/fieldValues";
import { KIND_WORDS } from "../../domain/periodKinds";
import type { FieldDef } from "../../domain/types";
import { useAppStore } from "../store/StoreContext";
import { LazyDescription } from "./LazyDescription";
import { revealWhenSettled } from "./revealWhenSettled";
import "./plainFluent.css";
import { useShallow } from "zustand/react/shallow";

/** One figure: its input (or computed value), its problems, and where the document shows it. */
export function FieldInput({ field }: { field: FieldDef }) {
  const periodWord = KIND_WORDS[useAppStore((s) => s.report.periodKind)];
  const raw = useAppStore((s) => s.raw[field.id] ?? "");
  const value = useAppStore((s) => s.review.values.get(field.id) ?? null);
  const seen = useAppStore((s) => s.observations.get(field.id));
  const focus = useAppStore((s) => s.focus);
  const busy = useAppStore((s) => s.busy);
  const unconfirmed = useAppStore((s) => s.unconfirmed.includes(field.id));
  const confirmFigures = useAppStore((s) => s.confirmFigures);
  // Problem objects are kept between renders, so a shallow compare of the filtered list is stable.
  const problems = useAppStore(
    useShallow((s) => [...s.review.problems, ...s.documentProblems].filter((p) => p.fields[0] === field.id)),
  );
  const setFigure = useAppStore((s) => s.setFigure);
  const insertField = useAppStore((s) => s.insertField);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    const input = inputRef.current;
    if (focus?.field !== field.id || !input) return;
    input.focus({ preventScroll: true });
    return revealWhenSettled(input);
  }, [focus, field.id]);

  const error = problems.find((p) => p.severity === "error");
  const warning = problems.find((p) => p.severity === "warning");
  const shown = value === null ? "" : formatField(field, value);
  const status = fieldStatus(field, value, seen);
  const statusText =
    status.state === "absent"
      ? "Chưa có trong văn bản"
      : status.matches
        ? `Trong văn bản: ${status.places} chỗ`
        : `Văn bản đang ghi khác (${status.places} chỗ)`;

  const control = field.formula ? (
    <Input ref={inputRef} value={shown || "—"} readOnly appearance="filled-darker" />
  ) : field.kind === "list" ? (
    // A native textarea styled like Fluent's (plainFluent.css): Fluent's Textarea was 2.5 kB of first load. Field
    // gives it the label, description and invalid state through the render function, as it does its own controls.
    (fieldProps: TextareaHTMLAttributes<HTMLTextAreaElement>) => (
      <textarea {...fieldProps} ref={inputRef} className="native-textarea" value={raw} onChange={(e) => setFigure(field.id, e.target.value)} />
    )
  ) : (
    <Input ref={inputRef} value={raw} inputMode={field.kind === "text" ? "text" : "decimal"} onChange={(_, d) => setFigure(field.id, d.value)} />
  );

  return (
    <div className="field-row" data-field={field.id}>
      <Field
        label={field.formula ? `${field.label} (tự tính)` : field.label}
        hint={error || warning ? undefined : (field.hint ?? (shown && !field.formula && shown !== raw.trim() ? `Sẽ ghi: ${shown}` : undefined))}
        validationState={error ? "error" : warning ? "warning" : "none"}
        validationMessage={(error ?? warning)?.message}
      >
        {control}
      </Field>
      <div className="field-meta">
        {/* Fluent's Badge look in CSS (plainFluent.css): the component was 2 kB of first load for a coloured label. */}
        <span className={`badge badge-tint-${status.state === "absent" ? "informative" : status.matches ? "success" : "warning"}`}>{statusText}</span>
        {unconfirmed && (
          <>
            <span className="badge badge-filled-warning">Chưa cập nhật cho {periodWord} mới</span>
            <Button size="small" onClick={() => confirmFigures([field.id])} aria-label={`Xác nhận «${field.label}» cho ${periodWord} mới`}>
              Xác nhận
            </Button>
          </>
        )}
        <LazyDescription content={`Chèn «${field.label}» vào vị trí con trỏ trong văn bản`}>
          <Button size="small" appearance="subtle" disabled={busy !== null} onClick={() => void insertField(field.id)}>
            Chèn vào văn bản
          </Button>
        </LazyDescription>
      </div>
    </div>
  );
}
