import { Button, Card, CardHeader, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { decisionsTogether } from "../../domain/decisionsTogether";
import { fieldName } from "../../domain/fieldName";
import { reviewGroups } from "../../domain/reviewGroups";
import type { FieldId } from "../../domain/types";
import { deciderOf } from "../store/decider";
import { useAppStore } from "../store/StoreContext";
import { AuthorLine } from "./AuthorLine";
import { NameQuestion } from "./NameQuestion";
import { NoticeBar } from "./NoticeBar";
import { ReviewerQuestion } from "./ReviewerQuestion";
import { writerOf, writersOf, writersToAsk, type ChangeWriter } from "./reviewWriter";

// As «Lịch sử» writes it (four-digit year), so that the card and the history line read alike.
const time = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** The card's line on who changed the figure: the history's name and time, or Word's name for a change made in Word. */
const writerLine = (writer: ChangeWriter) =>
  writer.fromWord ? `Sửa trực tiếp trong Word: ${writer.who}` : `${writer.who} · ${time.format(new Date(writer.at!))}`;

const accepting = (group: readonly FieldId[]) => (group.length > 1 ? "Chấp nhận cả nhóm" : "Chấp nhận");
const rejecting = (group: readonly FieldId[]) => (group.length > 1 ? "Từ chối cả nhóm" : "Từ chối");

/**
 * For leaders: the figures whose controls hold tracked changes, old → new. A typed figure and the figures computed
 * from it form one card, accepted or rejected together, so the report still adds up after the decision.
 */
export default function ReviewPanel() {
  const report = useAppStore((s) => s.report);
  const changes = useAppStore((s) => s.trackedReview);
  const history = useAppStore((s) => s.history);
  const busy = useAppStore((s) => s.busy);
  const decider = useAppStore((s) => deciderOf(s).trim());
  const confirmed = useAppStore((s) => s.reviewerConfirmed);
  const loadReview = useAppStore((s) => s.loadReview);
  const resolve = useAppStore((s) => s.resolveReview);
  // The decision waiting for the leader's name (asked once, it goes into the history).
  const [waiting, setWaiting] = useState<{ fields: FieldId[] | "all"; accept: boolean; at: number } | null>(null);
  // The decision waiting for whoever is at the computer to say whose name it goes under (ReviewerQuestion).
  const [asking, setAsking] = useState<{ fields: FieldId[] | "all"; accept: boolean; at: number; writers: string[] } | null>(null);
  // The decided card leaves the list, and the keyboard's place went with it to the page: once the decision is made,
  // it goes to the card that took that place (the next one), the one before it at the end, or the list's own buttons.
  const panel = useRef<HTMLElement>(null);
  const [focusAt, setFocusAt] = useState<{ at: number } | null>(null);
  useEffect(() => {
    if (!focusAt || !panel.current) return;
    const next = [...panel.current.querySelectorAll<HTMLButtonElement>("button[data-review-first]")];
    (next[Math.min(focusAt.at, next.length - 1)] ?? panel.current.querySelector<HTMLButtonElement>("button[data-review-reload]"))?.focus();
  }, [focusAt]);

  useEffect(() => {
    void loadReview();
  }, [loadReview]);

  const decideNow = (fields: FieldId[] | "all", accept: boolean, at: number) =>
    void resolve(fields, accept).then(() => setFocusAt({ at }));
  const raw = useAppStore((s) => s.raw);
  const period = useAppStore((s) => s.period);
  const fields = useMemo(() => [...new Set((changes ?? []).map((c) => c.tag))], [changes]);
  const groups = useMemo(() => reviewGroups(report, fields), [report, fields]);
  // Cards that only agree together (walk51, 9): said on each before the leader decides, not learned afterwards.
  const together = useMemo(() => {
    const cards = groups.map((group) =>
      group.map((field) => {
        const first = changes!.find((c) => c.tag === field)!;
        // Word on Mac gives no deleted text (office-js#5178): that card is not tried.
        return { field, before: first.deleted === "" && first.deletions > 0 ? null : first.deleted, after: first.inserted };
      }),
    );
    return decisionsTogether(report, raw, cards, period);
  }, [report, raw, changes, groups, period]);
  const decide = (fields: FieldId[] | "all", accept: boolean, at = 0) => {
    if (decider === "") return setWaiting({ fields, accept, at });
    const decided = fields === "all" ? null : new Set(groups.find((group) => group[0] === fields[0]) ?? fields);
    const writers = writersToAsk(decider, confirmed, writersOf((changes ?? []).filter((c) => !decided || decided.has(c.tag)), history));
    if (writers.length > 0) return setAsking({ fields, accept, at, writers });
    decideNow(fields, accept, at);
  };
  return (
    <section aria-label="Duyệt thay đổi" className="panel" ref={panel}>
      <AuthorLine deciding />
      <div className="actions">
        <Button disabled={busy !== null} onClick={() => void loadReview()} data-review-reload>
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
            decideNow(waiting.fields, waiting.accept, waiting.at);
          }}
          onCancel={() => setWaiting(null)}
        />
      )}
      {asking && (
        <ReviewerQuestion
          writers={asking.writers}
          decider={decider}
          then={() => {
            setAsking(null);
            decideNow(asking.fields, asking.accept, asking.at);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
      <NoticeBar />
      {changes && fields.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>Không có số liệu nào đang chờ duyệt.</MessageBarBody>
        </MessageBar>
      )}
      {groups.map((group, at) => {
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
                ) : report.byId.get(lead)?.formula ? (
                  // Walk finding (walk70, held-out 631): a share the report had wrong, rewritten alone, read as a third
                  // figure the clerk typed; the leader is told the add-in computed it.
                  <span>
                    Số tự tính: tiện ích tính từ các số liệu khác, không ai nhập tay
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
            {together[at]!.map((t) => (
              <Text as="p" size={200} block key={`${t.card} ${t.breaksWhen}`} className="review-together">
                Quyết định cùng với «{fieldName(report, groups[t.card]![0]!)}»:{" "}
                {t.breaksWhen === "thisRejected" ? "từ chối thay đổi này mà chấp nhận thay đổi kia" : "chấp nhận thay đổi này mà từ chối thay đổi kia"} thì
                báo cáo sai — {t.message}
              </Text>
            ))}
            <div className="actions">
              {/* The name heard holds the words seen («cả nhóm»), so that a voice command or a screen reader finds it. */}
              <Button size="small" disabled={busy !== null} onClick={() => decide([lead], true, at)} aria-label={`${accepting(group)} «${name}»`} data-review-first>
                {accepting(group)}
              </Button>
              <Button size="small" disabled={busy !== null} onClick={() => decide([lead], false, at)} aria-label={`${rejecting(group)} «${name}»`}>
                {rejecting(group)}
              </Button>
            </div>
          </Card>
        );
      })}
    </section>
  );
}
