/**
 * A new report for a form that has no text of its own (one made in the pane): the official header, the title, a
 * heading per section and one sentence per figure, "Label: [figure] unit.", and the signature. The clerk writes the
 * narrative around the figures.
 */
import type { ReportDefinition } from "../report";
import type { Block, Run } from "../template/types";

const setting = (role: Block["role"], name: Extract<Run, { setting: string }>["setting"]): Block => ({ role, runs: [{ setting: name }] });

export function defaultSkeleton(report: ReportDefinition): Block[] {
  const periodName = report.fields.find((f) => f.formula?.op === "period" && f.formula.part === "name");
  const blocks: Block[] = [
    setting("governingBody", "governingBody"),
    setting("officeName", "officeName"),
    setting("symbol", "symbol"),
    { role: "nationalName", runs: [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }] },
    { role: "motto", runs: [{ text: "Độc lập - Tự do - Hạnh phúc" }] },
    setting("placeDate", "placeDate"),
    { role: "docType", runs: [{ text: "BÁO CÁO" }] },
    { role: "summary", runs: periodName ? [{ text: `${report.title} ` }, { field: periodName.id }] : [{ text: report.title }] },
  ];
  for (const top of report.topSections) {
    const subsections = report.sections.filter((s) => (report.topOf.get(s.id) ?? s.id) === top.id);
    const typedHere = subsections.some((s) => report.fields.some((f) => f.section === s.id && f.formula?.op !== "period"));
    if (!typedHere && subsections.length > 0) continue; // the period's own section: its texts are in the title
    blocks.push({ role: "heading1", runs: [{ text: top.title.toLocaleUpperCase("vi") }] });
    for (const sub of subsections) {
      if (sub.title !== top.title) blocks.push({ role: "heading2", runs: [{ text: sub.title }] });
      for (const field of report.fields.filter((f) => f.section === sub.id && f.formula?.op !== "period")) {
        const unit = field.unit ? ` ${field.unit}` : "";
        blocks.push({ role: "body", runs: [{ text: `${field.label}: ` }, { field: field.id }, { text: `${unit}.` }] });
      }
    }
  }
  blocks.push(
    { role: "recipientsTitle", runs: [{ text: "Nơi nhận:" }] },
    setting("recipient", "recipients"),
    setting("signerTitle", "signerTitle"),
    setting("signerName", "signerName"),
  );
  return blocks;
}
