import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useAppStore } from "../store/StoreContext";

/**
 * The name leaders read in the history, asked once (at the first update or review decision on this computer) and
 * remembered; `then` runs the operation the name was asked for. `renaming`: the clerk chose «Đổi tên» to change it on
 * purpose; the pane is not asking then, so it does not say «Chỉ hỏi một lần» (it was shown there too, and was wrong).
 */
export function NameQuestion({
  then,
  onCancel,
  deciding = false,
  renaming = false,
}: {
  then: () => void;
  onCancel: () => void;
  deciding?: boolean;
  renaming?: boolean;
}) {
  // A leader's name, asked or changed in «Duyệt», is the reviewer's: the clerk's own stays for her updates.
  const setAuthor = useAppStore((s) => (deciding ? s.setReviewer : s.setAuthor));
  const [name, setName] = useState("");
  const [tried, setTried] = useState(false);
  const missing = name.trim() === "";
  const go = () => {
    setTried(true);
    if (missing) return;
    setAuthor(name.trim());
    then();
  };
  return (
    <form
      className="question"
      aria-label="Tên người cập nhật"
      onSubmit={(event) => {
        event.preventDefault();
        go();
      }}
    >
      <Field
        // A leader asked before an accept or reject was told «Lãnh đạo đọc tên này», as if someone else would decide.
        label={deciding ? "Người duyệt (ghi vào lịch sử)" : "Người cập nhật (ghi vào lịch sử)"}
        hint={
          tried && missing
            ? undefined
            : (deciding ? "Lịch sử ghi tên này cùng quyết định chấp nhận hay từ chối." : "Lãnh đạo đọc tên này trong lịch sử thay đổi.") +
              (renaming ? "" : " Chỉ hỏi một lần trên máy này.")
        }
        validationState={tried && missing ? "error" : "none"}
        validationMessage={tried && missing ? "Hãy nhập họ tên của bạn." : undefined}
      >
        <Input value={name} autoFocus onChange={(_, d) => setName(d.value)} />
      </Field>
      <div className="actions">
        <Button appearance="primary" type="submit">
          Tiếp tục
        </Button>
        <Button onClick={onCancel}>Huỷ</Button>
      </div>
    </form>
  );
}
