/**
 * How a computed figure follows from its parts, in words a clerk can check against the document. Walk finding (walk44,
 * 5 and 6): the card about a figure that disagrees with its parts said «các số thành phần cộng lại là «118»» and named
 * no part, so a new clerk had to work out 14 + 11 + 93 herself to judge; and it said the same sum words of a share,
 * which is a division («27,97%» is 33 / 118, not anything «cộng lại»).
 */
import { fieldName } from "./fieldName";
import type { Values } from "./compute";
import { formatField } from "./fieldValues";
import type { ReportDefinition } from "./report";
import type { FieldId } from "./types";
import { formatGrouped } from "./vnNumber";

export interface ComputedFrom {
  op: "sum" | "percentOf" | "countOf";
  /** «14 + 11 + 93», «33 / 118», «3 mục». */
  expression: string;
  /** The figure the parts give, as the document would show it. */
  result: string;
  /** The figures it is made from, named as messages name them; for a share the part, then the whole. */
  parts: { field: FieldId; name: string; text: string }[];
}

/** null for a typed field, a period text, or a figure whose parts the pane does not all have. */
export function computedFrom(report: ReportDefinition, id: FieldId, values: Values): ComputedFrom | null {
  const field = report.byId.get(id);
  const formula = field?.formula;
  const value = values.get(id);
  if (!field || !formula || formula.op === "period" || value?.kind !== "number") return null;
  const result = formatField(field, value);
  if (formula.op === "countOf") {
    const list = values.get(formula.list);
    if (list?.kind !== "list") return null;
    return { op: "countOf", expression: `${list.items.length} mục`, result, parts: [{ field: formula.list, name: fieldName(report, formula.list), text: `${list.items.length} mục` }] };
  }
  const ids = formula.op === "sum" ? formula.of : [formula.part, formula.whole];
  const parts: ComputedFrom["parts"] = [];
  for (const part of ids) {
    const known = values.get(part);
    if (known?.kind !== "number") return null;
    // In arithmetic a number reads as a number: «5 + 11», not running text's «05 + 11».
    parts.push({ field: part, name: fieldName(report, part), text: formatGrouped(known.value) });
  }
  const expression = parts.map((p) => p.text).join(formula.op === "sum" ? " + " : " / ");
  return { op: formula.op, expression, result, parts };
}

/** The reckoning in a sentence: «các số thành phần cộng lại là 14 + 11 + 93 = 118», «theo 33 / 118 thì tỷ lệ là 27,97%». */
export function reckoning(from: ComputedFrom): string {
  switch (from.op) {
    case "sum":
      return `các số thành phần cộng lại là ${from.expression} = ${from.result}`;
    case "percentOf":
      return `theo ${from.expression} thì tỷ lệ là ${from.result}`;
    case "countOf":
      return `danh sách «${from.parts[0]!.name}» có ${from.expression}`;
  }
}
