import { Button, Card, CardHeader, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect } from "react";
import { NoticeBar } from "./NoticeBar";
import { useAppStore } from "../store/StoreContext";

/** For leaders: the figures whose controls hold tracked changes, old → new, accepted or rejected. */
export default function ReviewPanel() {
  const report = useAppStore((s) => s.report);
  const changes = useAppStore((s) => s.trackedReview);
  const busy = useAppStore((s) => s.busy);
  const loadReview = useAppStore((s) => s.loadReview);
  const resolve = useAppStore((s) => s.resolveReview);

  useEffect(() => {
    void loadReview();
  }, [loadReview]);

  const fields = [...new Set((changes ?? []).map((c) => c.tag))];
  return (
    <section aria-label="Duyệt thay đổi" className="panel">
      <div className="actions">
        <Button disabled={busy !== null} onClick={() => void loadReview()}>
          Tải lại danh sách
        </Button>
        <Button appearance="primary" disabled={busy !== null || fields.length === 0} onClick={() => void resolve("all", true)}>
          Chấp nhận tất cả
        </Button>
        <Button disabled={busy !== null || fields.length === 0} onClick={() => void resolve("all", false)}>
          Từ chối tất cả
        </Button>
      </div>
      <NoticeBar />
      {changes && fields.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>Không có số liệu nào đang chờ duyệt.</MessageBarBody>
        </MessageBar>
      )}
      {fields.map((tag) => {
        const items = changes!.filter((c) => c.tag === tag);
        const label = report.byId.get(tag)?.label ?? tag;
        return (
          <Card key={tag} size="small">
            <CardHeader header={<Text weight="semibold">{label}</Text>} description={`${items.length} chỗ · ${items[0]!.author}`} />
            <Text>
              {/* Word on Mac gives no text for a deletion (office-js#5178); the history usually fills it in. */}
              <del>{items[0]!.deleted || (items[0]!.deletions > 0 ? "(Word không cho biết giá trị cũ)" : "—")}</del> →{" "}
              <ins>{items[0]!.inserted || "—"}</ins>
            </Text>
            <div className="actions">
              <Button size="small" disabled={busy !== null} onClick={() => void resolve([tag], true)} aria-label={`Chấp nhận «${label}»`}>
                Chấp nhận
              </Button>
              <Button size="small" disabled={busy !== null} onClick={() => void resolve([tag], false)} aria-label={`Từ chối «${label}»`}>
                Từ chối
              </Button>
            </div>
          </Card>
        );
      })}
    </section>
  );
}
