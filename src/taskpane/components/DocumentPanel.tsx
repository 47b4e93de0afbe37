import { Button } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useAppStore } from "../store/StoreContext";
import type { Busy as BusyState } from "../store/types";
import { Busy } from "./Busy";
import { NameQuestion } from "./NameQuestion";
import { NoticeBar } from "./NoticeBar";

// Only an update that meets hand edits or deleted controls shows it: loaded then, not with the pane.
const ConflictList = lazy(() => import("./ConflictList"));
// Only when the document and the pane name different periods before an update.
const PeriodQuestion = lazy(() => import("./PeriodQuestion"));

const BUSY_TEXT: Record<NonNullable<BusyState>, string> = {
  starting: "Đang đọc văn bản…",
  reading: "Đang đọc văn bản…",
  updating: "Đang cập nhật văn bản…",
  inserting: "Đang chèn…",
  reviewing: "Đang duyệt thay đổi…",
  creating: "Đang tạo báo cáo mới…",
  recognizing: "Đang nhận diện số liệu…",
  checking: "Đang kiểm tra văn bản…",
  rollingOver: "Đang chuyển sang kỳ sau…",
  saving: "Đang lưu vào văn bản…",
  choosingForm: "Đang mở mẫu báo cáo…",
  readingFile: "Đang đọc tệp báo cáo…",
  authoring: "Đang ghi mẫu vào văn bản…",
};

/** Refreshing the document: one button, what happened, and what needs the clerk's decision. */
export function DocumentPanel() {
  const busy = useAppStore((s) => s.busy);
  const updateDocument = useAppStore((s) => s.updateDocument);
  const readDocument = useAppStore((s) => s.readDocument);
  const hasPeriodQuestion = useAppStore((s) => s.periodQuestion !== null);
  const needsDecision = useAppStore((s) => s.conflicts.length > 0 || s.missing.length > 0 || s.restyles.length > 0);
  const hasAuthor = useAppStore((s) => s.author.trim() !== "");
  const [askingName, setAskingName] = useState(false);
  // The question's box had the keyboard: when it goes, the keyboard goes back to the button that asked (walk62: a new
  // clerk's «Tiếp tục» left it on the page, as if the pane had lost her place).
  const updateButton = useRef<HTMLButtonElement>(null);
  const answered = () => {
    updateButton.current?.focus();
    setAskingName(false);
  };
  // An answered card goes, and the keyboard went with it to the page (walk44): it goes to the card that took its
  // place, the last one, or «Cập nhật văn bản» once none is left.
  const [cardAnswered, setCardAnswered] = useState<{ at: number } | null>(null);
  useEffect(() => {
    if (!cardAnswered) return;
    const cards = updateButton.current?.closest("section")?.querySelectorAll(".conflicts .actions") ?? [];
    (cards[Math.min(cardAnswered.at, cards.length - 1)]?.querySelector("button") ?? updateButton.current)?.focus();
  }, [cardAnswered]);
  return (
    <section aria-label="Văn bản" className="document-panel">
      <div className="actions">
        {/* Focusable while busy: a disabled button loses the keyboard to the page, and in Word an update takes long
            enough for that (CI of stop 44: the first update now loads its sentences, and the walk's focus was lost). */}
        <Button ref={updateButton} appearance="primary" disabledFocusable={busy !== null} onClick={() => (hasAuthor ? void updateDocument() : setAskingName(true))}>
          Cập nhật văn bản
        </Button>
        <Button disabledFocusable={busy !== null} onClick={() => void readDocument()}>
          Đọc lại văn bản
        </Button>
        {busy && <Busy label={BUSY_TEXT[busy]} />}
      </div>
      {askingName && (
        <NameQuestion
          then={() => {
            answered();
            void updateDocument();
          }}
          onCancel={answered}
        />
      )}
      {hasPeriodQuestion && (
        <Suspense fallback={null}>
          <PeriodQuestion />
        </Suspense>
      )}
      <NoticeBar />
      {needsDecision && (
        <Suspense fallback={<Busy label="Đang mở…" />}>
          <ConflictList onAnswered={(at) => setCardAnswered({ at })} />
        </Suspense>
      )}
    </section>
  );
}
