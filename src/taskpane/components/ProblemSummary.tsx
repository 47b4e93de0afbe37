import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useShallow } from "zustand/react/shallow";
import { fieldName } from "../../domain/fieldName";
import { missingFigures } from "../../domain/optional";
import type { ProblemOrigin } from "../../domain/problemOrigin";
import type { Problem } from "../../domain/types";
import { fieldToOpen, originsOf } from "../store/problemOrigins";
import { figuresToChoose } from "../store/documentChoices";
import { useAppStore } from "../store/StoreContext";

/** The lists' headings: the clerk's own typing apart from a leader's rejection and from what the report already says (problemOrigin.ts). */
const ORIGIN_HEADINGS: Record<ProblemOrigin, string> = {
  typed: "Do số bạn nhập trong ngăn",
  decision: "Sau khi lãnh đạo từ chối thay đổi (không do bạn nhập)",
  document: "Có sẵn trong văn bản (số đọc từ báo cáo, không do bạn nhập)",
};

/** Every problem in one list; each jumps to its field. Figures not typed yet are counted: no "no errors" alone then. */
export function ProblemSummary() {
  const report = useAppStore((s) => s.report);
  const problems = useAppStore(useShallow((s) => [...s.review.problems, ...s.documentProblems]));
  // Optional figures left empty are shown, never counted among those still to type (domain/optional.ts).
  // A figure the document writes twice in disagreement is the clerk's to choose, not to type (documentChoices.ts).
  const [empty, leftOut, toChoose] = useAppStore(
    useShallow((s) => {
      const choose = new Set(figuresToChoose(s.report, s.raw, s.observations));
      // A figure she said the report does not state («Văn bản không nêu số này») is not one to type (walk48, F11).
      const missing = missingFigures(s.report, (id) => (s.raw[id] ?? "").trim() !== "" || choose.has(id) || s.notStated.includes(id));
      return [missing.owed.length, missing.leftOut.length, choose.size];
    }),
  );
  const focusField = useAppStore((s) => s.focusField);
  const origins = useAppStore(useShallow((s) => originsOf(s, problems)));
  // Errors first in each list: they are what holds figures back, so the clerk fixes them before reading warnings.
  const byOrigin = (origin: ProblemOrigin): Problem[] =>
    problems.filter((_, i) => origins[i] === origin).sort((a, b) => Number(b.severity === "error") - Number(a.severity === "error"));
  const lists: Record<ProblemOrigin, Problem[]> = { typed: byOrigin("typed"), decision: byOrigin("decision"), document: byOrigin("document") };
  const errors = problems.filter((p) => p.severity === "error").length;
  // «2 lỗi, 3 cảnh báo» alone left a new clerk asking where to begin: the first error of her own typing, else the report's.
  const first = [...lists.typed, ...lists.decision, ...lists.document].find((p) => p.severity === "error");
  const history = useAppStore((s) => s.history);
  const boxOf = (problem: Problem) => fieldToOpen({ history }, problem, origins[problems.indexOf(problem)] ?? "typed");
  const warnings = problems.length - errors;
  const optionalText = leftOut > 0 ? ` ${leftOut} số liệu không bắt buộc để trống.` : "";
  const chooseText = toChoose > 0 ? ` ${toChoose} số liệu văn bản ghi khác nhau giữa các chỗ: chọn số đúng ngay dưới ô của nó.` : "";
  const missingText = `${empty > 0 ? `Còn ${empty} số liệu chưa nhập.` : ""}${chooseText}${optionalText}`.trim() || null;

  if (problems.length === 0) {
    return (
      <MessageBar intent={empty > 0 ? "info" : "success"} layout="multiline">
        <MessageBarBody>
          {empty > 0 ? `Không có lỗi trong số liệu đã nhập; còn ${empty} số liệu chưa nhập.` : "Không có lỗi nào trong số liệu đã nhập."}
          {chooseText}
          {optionalText}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-label="Tóm tắt các vấn đề" className="summary">
      <MessageBar intent={errors > 0 ? "error" : "warning"} layout="multiline">
        <MessageBarBody>
          {/* Only the kinds present: «6 lỗi, 0 cảnh báo» made the clerk look for warnings that are not there. */}
          <MessageBarTitle>{[errors > 0 && `${errors} lỗi`, warnings > 0 && `${warnings} cảnh báo`].filter(Boolean).join(", ")}</MessageBarTitle>
          {/* What each kind present does: with warnings only, a sentence about errors sent the clerk looking for one. */}
          {errors > 0 && warnings > 0
            ? "Lỗi chặn việc ghi các số liệu liên quan; cảnh báo vẫn cho ghi."
            : errors > 0
              ? "Lỗi chặn việc ghi các số liệu liên quan."
              : "Cảnh báo không chặn việc ghi vào văn bản."}{" "}
          {missingText}
          {first && (
            <p className="summary-first">
              Sửa trước:{" "}
              <button type="button" className="summary-link" onClick={() => focusField(boxOf(first))}>
                ô «{fieldName(report, boxOf(first))}»
              </button>
            </p>
          )}
        </MessageBarBody>
      </MessageBar>
      {/* One scrolling box; in it the clerk's own problems first, then the report's, each list named. */}
      <div className="summary-list summary-grouped">
        {(["typed", "decision", "document"] as const).map((origin) => {
          const list = lists[origin];
          if (list.length === 0) return null;
          const headingId = `summary-origin-${origin}`;
          return (
            <div key={origin} className={`summary-origin-${origin}`}>
              <p className="summary-origin" id={headingId}>
                {ORIGIN_HEADINGS[origin]} ({list.length})
              </p>
              <ul aria-labelledby={headingId}>
                {list.map((problem) => (
                  <li key={problem.key} className={problem.severity}>
                    <strong>{problem.severity === "error" ? "Lỗi" : "Cảnh báo"}:</strong> {problem.message}{" "}
                    {/* A plain button styled as a link (taskpane.css): Fluent's Link is 1 kB of first load for this. */}
                    <button type="button" className="summary-link" onClick={() => focusField(boxOf(problem))}>
                      Đến ô «{fieldName(report, boxOf(problem))}»
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
