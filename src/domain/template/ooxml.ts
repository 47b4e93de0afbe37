/**
 * What "Tạo báo cáo mới" inserts into Word: the skeleton resolved against the office's settings and the current
 * figures, as a Flat OPC package. Kept apart from `index.ts` (which brings the zip writer) so the task pane can load
 * it on demand without jszip.
 */
import type { Values } from "../compute";
import { paragraphsToFlatOpc } from "./docx/flatOpc";
export { PAGE_POINTS } from "./docx/page";
import { skeletonToParagraphs, type Dating } from "./paragraphs";
import type { OfficeSettings } from "./settings";
import type { ReportDefinition } from "../report";

export function reportOoxml(report: ReportDefinition, settings: OfficeSettings, values: Values, dating: Dating = {}): string {
  return paragraphsToFlatOpc(skeletonToParagraphs(report, settings, values, dating));
}
