/** Documents for gateway tests: `n` controls spread over paragraphs, tagged with real field ids (repeated). */
import { REPORT } from "./forms";
import type { SimParagraph } from "../../src/preview/wordSim";

const FIELDS = REPORT.fields;

export function manyControls(n: number, perParagraph = 6): SimParagraph[] {
  const paragraphs: SimParagraph[] = [];
  for (let i = 0; i < n; i += perParagraph) {
    const runs: SimParagraph["runs"] = [`Đoạn ${i / perParagraph + 1}: `];
    for (let j = i; j < Math.min(n, i + perParagraph); j++) {
      const field = FIELDS[j % FIELDS.length]!;
      runs.push({ id: j + 1, tag: field.id, title: field.label, text: String(j) }, "; ");
    }
    paragraphs.push({ runs });
  }
  return paragraphs;
}

/** One of our controls, one control of another add-in, and a paragraph for the cursor. */
export function smallDocument(): SimParagraph[] {
  return [
    {
      runs: [
        "Công chức được giao là ",
        { id: 1, tag: "bcdc:bienChe.congChucGiao", title: "Biên chế công chức được giao", text: "55" },
        ", đang thực hiện ",
        { id: 2, tag: "bcdc:bienChe.congChucThucHien", title: "Công chức đang thực hiện", text: "46" },
        ".",
      ],
    },
    { runs: ["Ô của người khác: ", { id: 3, tag: "other:thing", title: "Khác", text: "x" }] },
    { runs: ["Hợp đồng  người."] },
  ];
}
