import { Button, Card, CardHeader, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { fieldName } from "../../domain/fieldName";
import { reviewGroups } from "../../domain/reviewGroups";
import type { FieldId } from "../../domain/types";
import { useAppStore } from "../store/StoreContext";
import { AuthorLine } from "./AuthorLine";
import { NameQuestion } from "./NameQuestion";
import { NoticeBar } from "./NoticeBar";
import { writerOf, type ChangeWriter } from "./reviewWriter";

// As «Lịch sử» writes it (four-digit year), so that the card and the history line read alike.
const time = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** The card's line on who changed the figure: the history's name and time, or Word's name for a change made in Word. */
const writerLine = (writer: ChangeWriter) =>
  writer.fromWord ? `Sửa trực tiếp trong Word: ${writer.who}` : `${writer.who} · ${time.format(new Date(writer.at!))}`;

/**
 * For leaders: the figures whose controls hold tracked changes, old → new. A typed figure and the figures computed
 * from it form one card, accepted or rejected together, so the report still adds up after the decision.
 */
export default function ReviewPanel() {
  const report = useAppStore((s) => s.report);
  const changes = useAppStore((s) => s.trackedReview);
  const history = useAppStore((s) => s.history);
  const busy = useAppStore((s) => s.busy);
  const hasAuthor = useAppStore((s) => s.author.trim() !== "");
  const loadReview = useAppStore((s) => s.loadReview);
  const resolve = useAppStore((s) => s.resolveReview);
  // The decision waiting for the leader's name (asked once, it goes into the history).
  const [waiting, setWaiting] = useState<{ fields: FieldId[] | "all"; accept: boolean } | null>(null);

  useEffect(() => {
    void loadReview();
  }, [loadReview]);

  const decide = (fields: FieldId[] | "all", accept: boolean) => (hasAuthor ? void resolve(fields, accept) : setWaiting({ fields, accept }));
  const fields = [...new Set((changes ?? []).map((c) => c.tag))];
  const groups = reviewGroups(report, fields);
  return (
    <section aria-label="Duyệt thay đổi" className="panel">
      <AuthorLine deciding />
      <div className="actions">
        <Button disabled={busy !== null} onClick={() => void loadReview()}>
          Tải lại danh sách
        </Button>
        <Button appearance="primary" disabled={busy !== null || fields.length === 0} onClick={() => decide("all", true)}>
          Chấp nhận tất cả
        </Button>
        <Button disabled={busy !== null || fields.length === 0} onClick={() => decide("all", false)}>
          Từ chối tất cả
        </Button>
      </div>
      {waiting && (
        <NameQuestion
          deciding
          then={() => {
            setWaiting(null);
            void resolve(waiting.fields, waiting.accept);
          }}
          onCancel={() => setWaiting(null)}
        />
      )}
      <NoticeBar />
      {changes && fields.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>Không có số liệu nào đang chờ duyệt.</MessageBarBody>
        </MessageBar>
      )}
      {groups.map((group) => {
        const lead = group[0]!;
        const name = fieldName(report, lead);
        const first = changes!.find((c) => c.tag === lead)!;
        const writer = writerLine(writerOf(first, history));
        return (
          <Card key={lead} size="small" aria-label={`Nhóm «${name}»`}>
            <CardHeader
              header={<Text weight="semibold">{name}</Text>}
              // A group joins figures linked through formulas in either direction (a total and its parts, a part
              // and its percentage): some were typed, so "computed from it" would be untrue of them.
              description={
                group.length > 1 ? (
                  // One child: CardHeader's description is a flex row, and two children stood side by side at 350 px.
                  <span>
                    Duyệt cùng {group.length - 1} số liệu liên quan (tính từ nhau)
                    <span className="review-writer">{writer}</span>
                  </span>
                ) : (
                  <span className="review-writer">{writer}</span>
                )
              }
            />
            <ul className="review-items">
              {group.map((tag) => {
                const items = changes!.filter((c) => c.tag === tag);
                return (
                  <li key={tag}>
                    {group.length > 1 && <>{fieldName(report, tag)}: </>}
                    {/* Word on Mac gives no text for a deletion (office-js#5178); the history usually fills it in. */}
                    <del>{items[0]!.deleted || (items[0]!.deletions > 0 ? "(Word không cho biết giá trị cũ)" : "—")}</del> →{" "}
                    <ins>{items[0]!.inserted || "—"}</ins>
                    {items.length > 1 ? ` (${items.length} chỗ)` : ""}
                  </li>
                );
              })}
            </ul>
            <div className="actions">
              <Button size="small" disabled={busy !== null} onClick={() => decide([lead], true)} aria-label={`Chấp nhận «${name}»`}>
                {group.length > 1 ? "Chấp nhận cả nhóm" : "Chấp nhận"}
              </Button>
              <Button size="small" disabled={busy !== null} onClick={() => decide([lead], false)} aria-label={`Từ chối «${name}»`}>
                {group.length > 1 ? "Từ chối cả nhóm" : "Từ chối"}
              </Button>
            </div>
          </Card>
        );
      })}
    </section>
  );
}
