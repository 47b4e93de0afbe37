import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import { deciderOf } from "../store/decider";
import { useAppStore } from "../store/StoreContext";
import { NameQuestion } from "./NameQuestion";

/**
 * The name the history will record, where the work is done, with a way to change it: on a computer the clerk and a
 * leader share, a leader's accept or reject was recorded under the clerk's name without the leader seeing it.
 */
export function AuthorLine({ deciding = false }: { deciding?: boolean }) {
  const author = useAppStore((s) => (deciding ? deciderOf(s) : s.author));
  const [renaming, setRenaming] = useState(false);
  if (renaming) return <NameQuestion deciding={deciding} renaming then={() => setRenaming(false)} onCancel={() => setRenaming(false)} />;
  if (!author) return null;
  return (
    <div className="actions">
      <Text size={200}>
        {deciding ? "Người duyệt" : "Người cập nhật"}: {author}
      </Text>
      <Button size="small" appearance="subtle" onClick={() => setRenaming(true)} aria-label={deciding ? "Đổi tên người duyệt" : "Đổi tên"}>
        Đổi tên
      </Button>
    </div>
  );
}
