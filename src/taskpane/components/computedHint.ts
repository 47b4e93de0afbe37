/**
 * Under a computed figure (a share the add-in computes) whose inputs have an error: what the document holds of it.
 * «Chưa ghi vào văn bản…» sat beside a green «Trong văn bản: 1 chỗ» on the reference report's 79,41%, which the
 * document does show: the share is there, the pane only will not write it again while its inputs are wrong. The hint
 * and the badge (fieldStatus) now say the same thing: in the document as computed, in it with another number, or not
 * in it yet.
 */
import type { FieldStatus, Observation } from "../../domain/documentCheck";

export function computedFromErrorHint(status: FieldStatus, seen: readonly Observation[] | undefined, boxName: string): string {
  const because = `tính từ số liệu đang có lỗi ở ô «${boxName}»`;
  if (status.state === "shown" && (status.matches || status.restyle)) return `Văn bản đang ghi số này; nó ${because}, nên chưa ghi lại cho đến khi sửa lỗi đó.`;
  const texts = new Set((seen ?? []).map((o) => o.text.trim()));
  const kept = status.state === "shown" && texts.size === 1 ? `; văn bản vẫn ghi ${[...texts][0]}` : "";
  return `Chưa ghi vào văn bản: ${because}${kept}.`;
}
