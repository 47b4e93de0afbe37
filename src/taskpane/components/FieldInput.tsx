import { Button, Field, Input } from "@fluentui/react-components";
import { useEffect, useRef, type HTMLAttributes, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { asksInsert, focusByTab } from "./boxChoice";
import { fieldStatus } from "../../domain/documentCheck";
import { fieldName } from "../../domain/fieldName";
import { formatField } from "../../domain/fieldValues";
import { emptyInputs } from "../../domain/compute";
import { shownFigure } from "../store/keptFigures";
import { KIND_WORDS } from "../../domain/periodKinds";
import type { FieldDef, Problem } from "../../domain/types";
import { useAppStore } from "../store/StoreContext";
import { fieldProblemLines } from "./fieldProblems";
import { rulePointer } from "./rulePointer";
import { computedFromErrorHint } from "./computedHint";
import { DocumentChoices } from "./DocumentChoices";
import { choicesOf } from "../store/documentChoices";
import { erroredInputOf, originsOf } from "../store/problemOrigins";
import { revealWhenSettled } from "./revealWhenSettled";
import "./plainFluent.css";
import { useShallow } from "zustand/react/shallow";
import { wordingOnly } from "../store/wordingKept";
import { rejectionShown } from "../store/rejectionShown";

// As «Lịch sử» writes it: four-digit years.
const time = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** One figure: its input (or computed value), its problems, and where the document shows it. */
export function FieldInput({ field }: { field: FieldDef }) {
  const report = useAppStore((s) => s.report);
  const periodWord = KIND_WORDS[report.periodKind];
  const raw = useAppStore((s) => s.raw[field.id] ?? "");
  const written = useAppStore((s) => (s.baseline[field.id] ?? "") !== "");
  const value = useAppStore((s) => s.review.values.get(field.id) ?? null);
  const seen = useAppStore((s) => s.observations.get(field.id));
  const focus = useAppStore((s) => s.focus);
  const unconfirmed = useAppStore((s) => s.unconfirmed.includes(field.id));
  const confirmFigures = useAppStore((s) => s.confirmFigures);
  // Problem objects are kept between renders, so a shallow compare of the filtered list is stable.
  const problems = useAppStore(
    useShallow((s) => [...s.review.problems, ...s.documentProblems].filter((p) => p.fields[0] === field.id)),
  );
  // A rule between figures is shown under its first figure (the total); the other figures it names point to it, or a
  // clerk who typed a wrong part saw nothing under the box they had just typed in.
  const relatedAll = useAppStore(
    useShallow((s) => s.review.problems.filter((p) => p.severity === "error" && p.fields[0] !== field.id && p.fields.includes(field.id))),
  );
  const related = relatedAll[0];
  // Whose each problem is, as the summary files it: the report's own (read from the document) says so under the box.
  const origins = useAppStore(useShallow((s) => originsOf(s, problems)));
  // A computed figure (116,88 % when a part exceeds its whole) showed no sign that it will not be written.
  const fromError = useAppStore((s) => (field.formula ? erroredInputOf(s, field.formula) : undefined));
  const setFigure = useAppStore((s) => s.setFigure);
  // Leaving a box keeps what was typed in the document's stored part: a pane closed before the update finds it again.
  const leaveBox = useAppStore((s) => s.leaveBox);
  const setActiveField = useAppStore((s) => s.setActiveField);
  const insertField = useAppStore((s) => s.insertField);
  // A box passed by Tab is not chosen for «Chèn vào văn bản»; Ctrl+Enter inserts it at once (boxChoice.ts).
  const choose = () => !focusByTab() && setActiveField(field.id);
  const insertOnKey = (e: KeyboardEvent) => {
    if (!asksInsert(e)) return;
    e.preventDefault();
    setActiveField(field.id);
    void insertField(field.id);
  };
  const refused = useAppStore((s) => rejectionShown(s, field.id));
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLOutputElement>(null);

  useEffect(() => {
    const input = inputRef.current;
    if (focus?.field !== field.id || !input) return;
    input.focus({ preventScroll: true });
    return revealWhenSettled(input);
  }, [focus, field.id]);

  const values = useAppStore((s) => s.review.values);
  const pointer = (problem: Problem, afterOwn = false) => rulePointer(report, values, problem, field.id, afterOwn);
  const shown = value === null ? "" : formatField(field, value);
  const status = fieldStatus(field, value, seen);
  // An emptied box does not empty the document: the number the report still shows is said under it. So does a computed
  // figure with nothing to compute it from (walk44: «—» beside the report's «08 nhóm» read as «nothing found»).
  const keptText = value === null && seen && new Set(seen.map((o) => o.text.trim())).size === 1 && shownFigure(field, seen[0]!.text) ? seen[0]!.text.trim() : undefined;
  // Zero in the document's own words («Không có» where the form says «không có»): kept as written, not a style to fix.
  const keepsWording = status.state === "shown" && status.restyle && (seen ?? []).every((o) => wordingOnly({ documentText: o.text, target: shown }));
  const differing = value === null ? 0 : (seen ?? []).filter((o) => {
    const one = fieldStatus(field, value, [o]);
    return !(one.state === "shown" && one.matches);
  }).length;
  const disagreeing = value === null && status.state === "shown" ? choicesOf(field, seen).length : 0;
  const statusText =
    status.state === "shown" && disagreeing > 1
      ? `Văn bản ghi ${disagreeing} số khác nhau (${status.places} chỗ)`
      : status.state === "absent"
      ? "Chưa có trong văn bản"
      : status.state === "blank"
        ? value === null
          ? `Chưa nhập; văn bản để «…» (${status.places} chỗ)`
          : `Chưa ghi vào văn bản (${status.places} chỗ để «…»)`
      : keptText
        ? // A box holding «abc» is not empty: «Ô trống» under it puzzled the clerk who had just typed in it.
          `${field.formula ? "Chưa tính" : raw.trim() === "" ? "Ô trống" : "Chưa ghi số mới"}; văn bản vẫn ghi ${keptText} (${status.places} chỗ)`
        : status.matches || keepsWording
        ? `Trong văn bản: ${status.places} chỗ`
        : status.restyle
          ? `Trong văn bản: ${status.places} chỗ, viết khác quy cách`
          : differing > 0 && differing < status.places
            ? // Some places already show it (a figure the document wrote twice in disagreement, one value chosen).
              `Văn bản đang ghi khác ở ${differing} trong ${status.places} chỗ`
            : `Văn bản đang ghi khác (${status.places} chỗ)`;

  // What a computed figure the document still shows waits for: its hint names the empty boxes.
  const waitsFor = field.formula && keptText ? emptyInputs(report, values, field.formula) : [];
  // Walk finding (walker38): «Sẽ ghi: 8.827» under «8827» stayed after the update had written 8.827 everywhere.
  const alreadyShown = status.state === "shown" && status.matches && !status.restyle;
  // Walk finding (walker38): a required figure emptied after it was written had no word under its box; the document
  // keeps its number, and an empty box is no answer for a required figure (zero is). Said as an error of the box, as
  // «abc» is (fix44D: a grey hint, and a screen reader never heard the box was wrong), but of the box only: not a
  // problem of the report, so nothing is held back (the update leaves the document's number) and the summary counts it
  // among the figures still to type.
  const emptiedRequired = raw.trim() === "" && !field.formula && field.optionalGroup === undefined && (written || keptText !== undefined);
  const own: Problem[] = emptiedRequired
    ? [{ key: "required", severity: "error", fields: [field.id], message: "Số liệu bắt buộc: nhập lại số, hoặc 0 nếu không phát sinh." }, ...problems]
    : problems;
  const error = own.find((p) => p.severity === "error");
  const warning = own.find((p) => p.severity === "warning");
  const lines = fieldProblemLines(
    own,
    relatedAll,
    (id) => fieldName(report, id),
    (p) => origins[problems.indexOf(p)] ?? "typed",
    pointer,
  );
  // One problem reads as before; several as a short list, without the icon repeated on each line.
  const validationMessage =
    lines.length > 1 ? (
      <ul className="field-problems">
        {lines.map((line) => (
          <li key={line.text}>{line.text}</li>
        ))}
      </ul>
    ) : (
      lines[0]?.text
    );

  const control = field.formula ? (
    // Nobody types a computed figure: an output, not a read-only input, so Tab goes from one typed box to the next and
    // a screen reader reads its label and value, not an edit field. tabIndex -1 keeps it focusable for the summary's
    // jump to it; aria-live off, or each keystroke in a box it is made of would be announced with it.
    (fieldProps: HTMLAttributes<HTMLElement>) => (
      <output {...fieldProps} ref={inputRef} className="computed-value" tabIndex={-1} aria-live="off" onFocus={choose} onKeyDown={insertOnKey}>
        {shown || "—"}
      </output>
    )
  ) : field.kind === "list" ? (
    // A native textarea styled like Fluent's (plainFluent.css): Fluent's Textarea was 2.5 kB of first load. Field
    // gives it the label, description and invalid state through the render function, as it does its own controls.
    (fieldProps: TextareaHTMLAttributes<HTMLTextAreaElement>) => (
      <textarea
        {...fieldProps}
        ref={inputRef}
        className="native-textarea"
        // Every item in sight, one a line (up to 8; more scroll): two rows showed «Phòng Tổng hợp / Phòng Kinh tế» of
        // six, and the clerk took the rest for lost (walk finding pane58, 4).
        rows={Math.min(8, Math.max(2, raw.split("\n").length))}
        value={raw}
        onChange={(e) => {
          setFigure(field.id, e.target.value);
          setActiveField(field.id);
        }}
        onFocus={choose}
        onKeyDown={insertOnKey}
        onBlur={() => void leaveBox()}
      />
    )
  ) : (
    <Input
      ref={inputRef}
      value={raw}
      inputMode={field.kind === "text" ? "text" : "decimal"}
      onChange={(_, d) => {
        setFigure(field.id, d.value);
        setActiveField(field.id);
      }}
      onFocus={choose}
      onKeyDown={insertOnKey}
      onBlur={() => void leaveBox()}
    />
  );

  return (
    <div className="field-row" data-field={field.id}>
      <Field
        label={field.formula ? `${field.label} (tự tính)` : field.optionalGroup !== undefined ? `${field.label} (không bắt buộc)` : field.label}
        hint={
          error || warning
            ? undefined
            : fromError
              ? computedFromErrorHint(status, seen, fieldName(report, fromError))
              : related
              ? // Only a pointer: the full sum under each of its parts said it three times over at 350 px.
                pointer(related)
              : waitsFor.length > 0
                ? `Nhập ${waitsFor.map((id) => `«${fieldName(report, id)}»`).join(", ")} để tính.`
                : (field.hint ?? (shown && !field.formula && shown !== raw.trim() && !keepsWording && !alreadyShown ? `Sẽ ghi: ${shown}` : undefined))
        }
        validationState={error ? "error" : warning ? "warning" : "none"}
        validationMessage={error || warning ? validationMessage : undefined}
        validationMessageIcon={lines.length > 1 ? null : undefined}
      >
        {control}
      </Field>
      <DocumentChoices field={field} />
      {refused && (
        <div className="field-refused">
          Lãnh đạo đã từ chối sửa {refused.from || "—"} → {refused.to} ({refused.by}, {time.format(new Date(refused.at))}).
        </div>
      )}
      <div className="field-meta">
        {/* Fluent's Badge look in CSS (plainFluent.css): the component was 2 kB of first load for a coloured label. */}
        <span className={`badge badge-tint-${status.state !== "shown" || status.restyle ? "informative" : status.matches ? "success" : "warning"}`}>{statusText}</span>
        {unconfirmed && (
          <>
            <span className="badge badge-filled-warning">Chưa cập nhật cho {periodWord} mới</span>
            <Button size="small" onClick={() => confirmFigures([field.id])} aria-label={`Xác nhận «${field.label}» cho ${periodWord} mới`}>
              Xác nhận
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
