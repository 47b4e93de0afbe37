import { Button, Card, CardHeader, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState, type CSSProperties } from "react";
import { fieldName, sectionHeading } from "../../domain/fieldName";
import { placeKey } from "../../domain/import/candidatePlace";
import type { UnboundFigure } from "../../domain/import/pane";
import { useAppStore } from "../store/StoreContext";
import { boundAt } from "../takenPlaces";
import { firstClick } from "./firstClick";

/** A candidate as a clerk reads it: the words around the number, the number in bold; wraps inside the 350 px pane. */
const CHOICE_STYLE: CSSProperties = { width: "100%", justifyContent: "flex-start", textAlign: "left", whiteSpace: "normal", height: "auto", fontWeight: "normal" };
/** Its own line under the candidate: at 350 px, run on after «· đoạn 27» it read as part of the quoted words. */
const PERIOD_NOTE: CSSProperties = { display: "block", fontStyle: "italic" };

/**
 * A list's candidate can be a whole table read as one line (held-out 51: 900 characters in bold, 25 lines of the
 * 350 px pane for one button). Its start is enough to find it; Word selects all of it, and the tooltip holds it whole.
 */
const LONGEST_SHOWN = 90;
const shortened = (text: string) => (text.length > LONGEST_SHOWN ? `${text.slice(0, LONGEST_SHOWN - 10).trimEnd()} …` : text);

/**
 * The figures recognition left unclear, and the clerk's two clicks: a candidate (Word selects it in the document),
 * then «Gắn vào «…»» (what is selected becomes the field's control). A number the list does not offer is bound the
 * same way after selecting it in Word. Choices made can be undone («Bỏ gắn»): the control goes, the text stays. When no
 * candidate is the figure, «Văn bản không nêu số này» says so, and «Bỏ chọn» takes it back.
 */
export default function UnclearChooser({ unclear }: { unclear: readonly UnboundFigure[] }) {
  const chosen = useAppStore((s) => s.chosenFigures);
  const report = useAppStore((s) => s.report);
  const busy = useAppStore((s) => s.busy);
  const notStated = useAppStore((s) => s.notStated);
  const open = unclear.filter((f) => !chosen[f.field] && !notStated.includes(f.field));
  const done = [
    ...Object.entries(chosen).flatMap(([field, choice]) => (choice ? [{ field, label: fieldName(report, field), text: choice.text }] : [])),
    ...unclear.filter((f) => notStated.includes(f.field) && !chosen[f.field]).map((f) => ({ field: f.field, label: fieldName(report, f.field), text: null })),
  ];
  // «Gắn vào» and «Bỏ gắn» move their field to the other list, so the button pressed is gone: without this the
  // keyboard's place falls to the page and a clerk choosing one figure after another starts again from the top.
  // The store's update may render apart from this state's, so the move waits for the choice itself to flip.
  const [acted, setActed] = useState<{ field: string; wasChosen: boolean } | null>(null);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const isDecided = (f: string) => Boolean(chosen[f]) || notStated.includes(f);
    if (acted === null || busy !== null || !card.current || isDecided(acted.field) === acted.wasChosen) return;
    setActed(null);
    const order = unclear.map((f) => f.field);
    const field = acted.field;
    const next = isDecided(field) ? (order.slice(order.indexOf(field) + 1).find((f) => !isDecided(f)) ?? order.find((f) => !isDecided(f))) : field;
    // A disabled button takes no focus: the next figure's first candidate may be the number just bound («đã gắn vào»).
    const target = next !== undefined ? card.current.querySelector<HTMLElement>(`[data-unclear="${CSS.escape(next)}"] button:not(:disabled)`) : null;
    (target ?? card.current.querySelector<HTMLElement>(`[data-chosen="${CSS.escape(field)}"] button:not(:disabled)`))?.focus();
  }, [acted, busy, chosen, notStated, unclear]);
  const act = (field: string) => setActed({ field, wasChosen: Boolean(chosen[field]) || notStated.includes(field) });
  if (open.length === 0 && done.length === 0) return null;
  return (
    <Card size="small" ref={card}>
      {/* «… (0)» once all are chosen asked for a choice nobody had left to make (walk62). «hãy chọn số đúng» above a lone
          candidate read as «the right one is here», and a clerk bound a seven-month total as the month's (walk44). */}
      <CardHeader
        header={<Text weight="semibold">{open.length > 0 ? `Chưa rõ (${open.length}) — đối chiếu với văn bản trước khi gắn` : `Số chưa rõ: đã chọn hết (${done.length})`}</Text>}
      />
      {open.length > 0 && (
        <Text size={200}>
          Dưới mỗi số liệu là các số tìm thấy gần lời của nó, chưa chắc có số đúng: bấm một số để đến chỗ đó trong văn bản và
          xem. Số đúng ở chỗ khác: bôi đen nó trong văn bản rồi bấm «Gắn vào» của số liệu ấy.
        </Text>
      )}
      <ul className="summary-list" aria-label="Số liệu chưa rõ">
        {open.map((figure) => (
          <UnclearField key={figure.field} figure={figure} onBind={() => act(figure.field)} />
        ))}
      </ul>
      {done.length > 0 && (
        <ul className="summary-list" aria-label="Số liệu đã chọn">
          {done.map((d) => (
            <ChosenField key={d.field} field={d.field} label={d.label} text={d.text} onUndo={() => act(d.field)} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function UnclearField({ figure, onBind }: { figure: UnboundFigure; onBind: () => void }) {
  const busy = useAppStore((s) => s.busy);
  const shown = useAppStore((s) => s.shownCandidate);
  const showCandidate = useAppStore((s) => s.showCandidate);
  const bindChosen = useAppStore((s) => s.bindChosen);
  const markNotStated = useAppStore((s) => s.markNotStated);
  const candidates = figure.candidates ?? [];
  const bindButton = useRef<HTMLButtonElement>(null);
  // A number already bound to another field (a candidate of both, chosen there) is no longer free: said, not offered.
  const chosen = useAppStore((s) => s.chosenFigures);
  const report = useAppStore((s) => s.report);
  const takenBy = new Map(Object.entries(chosen).flatMap(([field, c]) => (c?.place && field !== figure.field ? [[c.place, fieldName(report, field)] as const] : [])));
  // So is a number recognition bound to another field: «Gắn vào» would only be refused.
  const recognized = useAppStore((s) => s.recognizedPlaces);
  const holderOf = (c: (typeof candidates)[number]) => {
    const tag = boundAt(recognized, figure.field, c.address, c.paragraphText);
    return tag === null ? undefined : fieldName(report, tag);
  };
  return (
    <li data-unclear={figure.field}>
      <Text weight="semibold">{figure.label}</Text>
      {/* Walk finding (walk41): «Tỷ lệ trả sớm hạn» named no section, and the centre's table value was bound to the
          office desk's figure. A label not already qualified by its section is followed by it. */}
      {figure.label === report.byId.get(figure.field)?.label && (
        <Text as="p" size={200} block>
          Mục {sectionHeading(report, figure.field)}
        </Text>
      )}
      {candidates.length > 0 ? (
        <div role="group" aria-label={`Các số có thể là «${figure.label}»`} className="choices">
          {candidates.map((c, i) => {
            const on = shown?.field === figure.field && shown.index === i;
            const taken = takenBy.get(placeKey(c)) ?? holderOf(c);
            return (
              <Button
                key={`${c.paragraph}:${i}`}
                size="small"
                appearance={on ? "primary" : "outline"}
                aria-pressed={on}
                title={c.text.length > LONGEST_SHOWN ? c.text : "Đến chỗ này trong văn bản"}
                disabled={busy !== null || taken !== undefined}
                style={CHOICE_STYLE}
                onClick={() => {
                  // The next click is «Gắn vào»: with three candidates, at 350 px it was below the card's fold.
                  bindButton.current?.scrollIntoView({ block: "nearest" });
                  void showCandidate(figure.field, i);
                }}
              >
                <span>
                  {c.before}
                  <strong>{shortened(c.text)}</strong>
                  {c.after} · đoạn {c.paragraph}
                  {c.column !== undefined && ` · cột «${c.column}»`}
                  {taken !== undefined && ` — đã gắn vào «${taken}»`}
                  {/* Five words of context hid the «Lũy kế 7 tháng» that opened the sentence of 558 (walk44). */}
                  {c.otherPeriod !== undefined && (
                    <span style={PERIOD_NOTE}>Có thể là số của {c.otherPeriod === "" ? "kỳ khác" : `«${c.otherPeriod}»`}, không phải kỳ báo cáo.</span>
                  )}
                </span>
              </Button>
            );
          })}
        </div>
      ) : (
        // Nothing to click in the document: the reason alone left the clerk without a next step. On its own line: run on
        // from the label, «… kiểm soát TTHC số liệu nằm trên …» read as one sentence (walk40).
        <Text as="p" size={200} block>
          {/* walk41: «không gắn được … Hãy nhập … ở thẻ «Số liệu»» above a «Gắn vào» button read as a contradiction. */}
          {figure.reason.charAt(0).toUpperCase() + figure.reason.slice(1)}. Bôi đen số đó trong văn bản rồi bấm «Gắn vào», hoặc
          nhập số liệu này ở thẻ «Số liệu».
        </Text>
      )}
      {/* After a candidate is shown, the next click is this one: it stands out. */}
      <Button
        ref={bindButton}
        size="small"
        appearance={shown?.field === figure.field ? "primary" : "secondary"}
        disabled={busy !== null}
        onClick={firstClick(() => {
          onBind();
          void bindChosen(figure.field);
        })}
      >
        Gắn vào «{figure.label}»
      </Button>
      {/* A figure found but not placeable is stated: «không nêu» would be false. */}
      {!figure.stated && (
        <>
          {" "}
          <Button
            size="small"
            appearance="subtle"
            disabled={busy !== null}
            onClick={firstClick(() => {
              onBind();
              void markNotStated(figure.field, true);
            })}
          >
            Văn bản không nêu số này
          </Button>
        </>
      )}
    </li>
  );
}

function ChosenField({ field, label, text, onUndo }: { field: string; label: string; text: string | null; onUndo: () => void }) {
  const busy = useAppStore((s) => s.busy);
  const unbindChosen = useAppStore((s) => s.unbindChosen);
  const markNotStated = useAppStore((s) => s.markNotStated);
  return (
    <li data-chosen={field}>
      {label}: {text === null ? "văn bản không nêu" : <strong>{text}</strong>} (đã chọn){" "}
      <Button
        size="small"
        appearance="subtle"
        aria-label={text === null ? `Bỏ chọn «văn bản không nêu» của «${label}»` : `Bỏ gắn «${label}»`}
        disabled={busy !== null}
        onClick={firstClick(() => {
          onUndo();
          void (text === null ? markNotStated(field, false) : unbindChosen(field));
        })}
      >
        {text === null ? "Bỏ chọn" : "Bỏ gắn"}
      </Button>
    </li>
  );
}
