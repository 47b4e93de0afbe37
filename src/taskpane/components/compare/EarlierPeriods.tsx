import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useRef } from "react";
import { periodName, periodNameInText } from "../../../domain/comparison/periods";
import { KIND_WORDS } from "../../../domain/periodKinds";
import { useAppStore } from "../../store/StoreContext";

/**
 * The periods the document knows, and last period's or last year's report brought in from its file: read, shown,
 * and stored only when the clerk confirms what was read.
 */
export function EarlierPeriods() {
  const periods = useAppStore((s) => s.periods);
  const word = useAppStore((s) => KIND_WORDS[s.report.periodKind]);
  const reading = useAppStore((s) => s.earlierReading);
  const busy = useAppStore((s) => s.busy);
  const readEarlierReport = useAppStore((s) => s.readEarlierReport);
  const confirm = useAppStore((s) => s.confirmEarlierReport);
  const cancel = useAppStore((s) => s.cancelEarlierReport);
  const input = useRef<HTMLInputElement>(null);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    await readEarlierReport({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
    if (input.current) input.current.value = ""; // the same file may be picked again
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
        onChange={(e) => void pick(e.target.files?.[0])}
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
                  {f.label}: <strong>{f.text}</strong>
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={busy !== null} onClick={() => void confirm()}>
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
