/** A problem in a form, located by its JSON path so the clerk (or whoever wrote the file) can find it. */
export interface FormProblem {
  /** JSON Pointer of the place ("/fields/3/formula/part"; "" for the whole document). */
  path: string;
  message: string;
}

/** "/fields/3/formula/part" → "fields[3].formula.part", as people read it. */
export function readablePath(pointer: string): string {
  if (pointer === "") return "(toàn bộ tệp)";
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

export function problemText(problem: FormProblem): string {
  return `${readablePath(problem.path)}: ${problem.message}`;
}

/** At most `limit` problems, then a count of the rest: a file with 10,000 bad fields must not flood the pane. */
export function summarize(problems: readonly FormProblem[], limit = 20): string[] {
  const shown = problems.slice(0, limit).map(problemText);
  return problems.length > limit ? [...shown, `… và ${problems.length - limit} lỗi khác.`] : shown;
}
