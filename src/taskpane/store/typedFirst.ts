/**
 * Which box a rule's error is said under, from what the clerk typed. The domain orders a problem's figures by the form
 * (validate.ts: the total, or a computed total's first part), and the pane says the message under the first. Walk
 * finding (walk42): on the monthly form a new clerk typed 4 in «Lượt tiếp đột xuất» and the sum's error showed in red
 * under «Lượt tiếp định kỳ», a box she never touched, her own box only pointing there, and «Đến ô» led there too. The
 * figure of the rule she typed last now comes first; one she never typed leaves the form's order.
 */
import type { FieldId, Problem } from "../../domain/types";

/** `typed`: the boxes the clerk typed in, the latest last. The same problem object when nothing moves. */
export function underTypedBox(problems: readonly Problem[], typed: readonly FieldId[]): Problem[] {
  return problems.map((problem) => {
    if (problem.fields.length < 2) return problem;
    const last = problem.fields.reduce<FieldId | null>(
      (best, id) => (typed.lastIndexOf(id) > (best === null ? -1 : typed.lastIndexOf(best)) ? id : best),
      null,
    );
    if (last === null || last === problem.fields[0]) return problem;
    return { ...problem, fields: [last, ...problem.fields.filter((id) => id !== last)] };
  });
}
