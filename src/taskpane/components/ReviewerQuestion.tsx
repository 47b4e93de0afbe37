import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useAppStore } from "../store/StoreContext";

/**
 * Asked before a review decision whose name would be that of who made the changes: on a computer the clerk and a leader
 * share, the name stored there is the clerk's, and a leader's accept went under it. The clerk answers in one click; the
 * leader types his name, kept as the reviewer's (the clerk's own stays hers for her updates). Loaded with «Duyệt».
 */
export function ReviewerQuestion({
  writers,
  decider,
  then,
  onCancel,
}: {
  writers: readonly string[];
  decider: string;
  then: () => void;
  onCancel: () => void;
}) {
  const setReviewer = useAppStore((s) => s.setReviewer);
  const confirmReviewer = useAppStore((s) => s.confirmReviewer);
  const [name, setName] = useState("");
  const [tried, setTried] = useState(false);
  const questionId = useId();
  const missing = name.trim() === "";
  return (
    <form
      className="question"
      aria-labelledby={questionId}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (missing) return;
        setReviewer(name.trim());
        then();
      }}
    >
      <Text id={questionId} weight="semibold">
        Các thay đổi này do {writers.map((w) => `«${w}»`).join(", ")} sửa. Bạn duyệt với tên nào?
      </Text>
      <div className="actions">
        <Button
          onClick={() => {
            confirmReviewer(decider);
            then();
          }}
        >
          Tôi là {decider}
        </Button>
      </div>
      <Field
        label="Người duyệt (ghi vào lịch sử)"
        hint={tried && missing ? undefined : "Người khác duyệt: nhập họ tên của mình. Lịch sử ghi tên này cùng quyết định."}
        validationState={tried && missing ? "error" : "none"}
        validationMessage={tried && missing ? "Hãy nhập họ tên của bạn, hoặc bấm «Tôi là " + decider + "»." : undefined}
      >
        {/* The name box first for the keyboard: Enter on the clerk's name by reflex is what the question is here to stop. */}
        <Input value={name} autoFocus onChange={(_, d) => setName(d.value)} />
      </Field>
      <div className="actions">
        <Button appearance="primary" type="submit">
          Duyệt với tên này
        </Button>
        <Button onClick={onCancel}>Huỷ</Button>
      </div>
    </form>
  );
}
