import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef, type RefObject } from "react";
import { periodName, periodNameInText } from "../../../domain/comparison/periods";
import { KIND_WORDS } from "../../../domain/periodKinds";
import { useAppStore } from "../../store/StoreContext";

/** A list figure (one organisation a line) on one line, its items apart: spaces alone ran the names together. */
const oneLine = (text: string) =>
  text
    .split(/\n+/)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .join("; ");

interface EarlierPeriodsProps {
  /** The file box, which the panel's top also opens when the period compared with is missing. */
  fileBox: RefObject<HTMLInputElement | null>;
  /** After «Lưu để so sánh»: the panel shows the comparison that now can be made. */
  onSaved: () => void;
}

/**
 * The periods the document knows, and last period's or last year's report brought in from its file: read, shown,
 * and stored only when the clerk confirms what was read. What was read is brought into view with «Lưu để so sánh»
 * focused (the file may have been picked from the panel's top); once saved, the keyboard's place goes to the
 * comparison's line at the top instead of the page.
 */
export function EarlierPeriods({ fileBox: input, onSaved }: EarlierPeriodsProps) {
  const periods = useAppStore((s) => s.periods);
  const word = useAppStore((s) => KIND_WORDS[s.report.periodKind]);
  const reading = useAppStore((s) => s.earlierReading);
  const busy = useAppStore((s) => s.busy);
  const readEarlierReport = useAppStore((s) => s.readEarlierReport);
  const confirm = useAppStore((s) => s.confirmEarlierReport);
  const cancel = useAppStore((s) => s.cancelEarlierReport);
  const save = useRef<HTMLButtonElement>(null);
  const shown = reading?.ok ? reading : null;
  useEffect(() => {
    if (!shown) return;
    save.current?.scrollIntoView({ block: "nearest" });
    save.current?.focus();
  }, [shown]);
  const pick = async (box: HTMLInputElement) => {
    const file = box.files?.[0];
    if (!file) return;
    await readEarlierReport({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
    box.value = ""; // the same file may be picked again
  };
  return (
    <section aria-labelledby="cmp-periods-title" className="cmp-block">
      <h2 id="cmp-periods-title" className="cmp-h2">Số liệu các kỳ trước</h2>
      <p className="cmp-note">
        {periods.length === 0
          ? `Văn bản chưa lưu số liệu kỳ nào trước. «Chuyển sang ${word} sau» sẽ lưu số liệu ${word} đang làm; hoặc lấy từ tệp báo cáo kỳ trước.`
          : `Văn bản đang lưu: ${periods.map((p) => periodName(p.period)).join(", ")}.`}
      </p>
      <input
        ref={input}
        type="file"
        accept=".docx,.txt"
        className="visually-hidden"
        id="cmp-file"
        aria-label="Chọn tệp báo cáo kỳ trước (.docx hoặc .txt)"
        onChange={(e) => void pick(e.target)}
      />
      <Button disabled={busy !== null} onClick={() => input.current?.click()}>
        Lấy số liệu từ báo cáo kỳ trước (.docx, .txt)…
      </Button>
      {reading?.ok && (
        <MessageBar intent="info" layout="multiline" className="cmp-reading">
          <MessageBarBody>
            <MessageBarTitle>
              «{reading.file}»: báo cáo {periodNameInText(reading.period)}, đọc được {reading.read.length}/{reading.typedTotal} số liệu
            </MessageBarTitle>
            {reading.source === "stored" && <div>Tệp được tạo bằng tiện ích: lấy đúng số liệu đã lưu trong tệp.</div>}
            {reading.replaces && <div>Văn bản đã lưu số liệu kỳ này: lưu sẽ thay bằng số liệu đọc từ tệp.</div>}
            <ul className="cmp-read-list" aria-label="Số liệu đọc được">
              {reading.read.map((f) => (
                <li key={f.id}>
                  {f.label}: <strong>{oneLine(f.text)}</strong>
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button ref={save} appearance="primary" disabled={busy !== null} onClick={() => void confirm().then(onSaved)}>
              Lưu để so sánh
            </Button>
            <Button disabled={busy !== null} onClick={cancel}>
              Bỏ qua
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
