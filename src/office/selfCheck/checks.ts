/**
 * The gateway's contract, written once: each check sets up an empty document through the driver, calls the gateway
 * as the pane does, and says what it expected when the document disagrees. The same list runs against the
 * simulation in `npm test` (tests/office/selfCheck.test.ts) and inside Word from «Tự kiểm tra». Tags use a prefix of
 * the self-check's own (the gateway is told it), so no check depends on a report form or its fields.
 */
import { emptyStoredReport, storedReportFromXml, storedReportToXml } from "../../domain/storedReport";
import { paragraphsToFlatOpc } from "../../domain/template/docx/flatOpc";
import type { WordGateway } from "../gateway";
import type { SupportsWordApi } from "../gateway";
import type { Driver } from "./driver";

export interface CheckEnv {
  gateway: WordGateway;
  driver: Driver;
  supports: SupportsWordApi;
}

export interface Check {
  id: string;
  /** What the administrator reads. */
  title: string;
  /**
   * A requirement set above the manifest's WordApi 1.4 the check needs (it is then reported as skipped, not failed);
   * Word does not load the add-in below the manifest's sets, so nothing at or below 1.4 is checked.
   */
  needs?: string;
  run(env: CheckEnv): Promise<void>;
}

/** A disagreement between what the check expected and what the document holds. */
export class CheckFailed extends Error {}

/** The tag prefix of the self-check's controls: no report form uses it. */
export const SELF_CHECK_PREFIX = "tuKiemTra:";
const A = `${SELF_CHECK_PREFIX}a`;
const B = `${SELF_CHECK_PREFIX}b`;

function expectEqual<T>(what: string, actual: T, expected: T): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new CheckFailed(`${what}: cần ${JSON.stringify(expected)}, Word cho ${JSON.stringify(actual)}`);
  }
}

async function idOf(gateway: WordGateway, tag: string): Promise<number> {
  const control = (await gateway.read()).controls.find((c) => c.tag === tag);
  if (!control) throw new CheckFailed(`không thấy ô ${tag}`);
  return control.id;
}

const texts = (entries: [number, string][]) => () => ({ texts: new Map(entries), storedXml: null, trackChanges: false });

/**
 * Insert a field with the cursor placed or text selected (`select`: the text and where in it): the clerk's words stay,
 * the figure lands after them in exactly one control.
 */
function insertCheck(id: string, title: string, setup: { sentence: string; select: [string, "End" | "Select"]; figure: string }, expected: string): Check {
  return {
    id,
    title,
    async run({ gateway, driver }) {
      await driver.write(setup.sentence);
      await driver.select(...setup.select);
      await gateway.insertAtSelection({ tag: A, title: "Ô kiểm tra A", text: setup.figure });
      const state = await driver.state();
      const [chosen, where] = setup.select;
      if (where === "Select" && !state.text.includes(chosen)) throw new CheckFailed(`chữ đã chọn «${chosen}» bị mất: «${state.text.trim()}»`);
      expectEqual("văn bản", state.text.trim(), expected);
      expectEqual("các ô", state.controls, [{ tag: A, text: setup.figure }]);
    },
  };
}

export const CHECKS: readonly Check[] = [
  {
    id: "read",
    title: "Đọc các ô số liệu và chế độ theo dõi thay đổi",
    async run({ gateway, driver }) {
      await driver.write("Số cán bộ kiểm tra là 42 người.");
      await driver.addControl("42", A, "Ô kiểm tra A");
      const read = await gateway.read();
      expectEqual("các ô đọc được", read.controls.map((c) => [c.tag, c.title, c.text]), [[A, "Ô kiểm tra A", "42"]]);
      expectEqual("chế độ theo dõi", read.trackingMode, "off");
    },
  },
  insertCheck("insertAtCursor", "Chèn ô số liệu tại con trỏ", { sentence: "Có  người.", select: ["Có ", "End"], figure: "7" }, "Có 7 người."),
  insertCheck(
    "insertAtSelection",
    "Chèn ô số liệu khi đang chọn chữ: không xoá chữ đã chọn",
    { sentence: "Có 15 người.", select: ["15", "Select"], figure: "16" },
    "Có 1516 người.",
  ),
  {
    id: "update",
    title: "Cập nhật số liệu, không theo dõi thay đổi",
    async run({ gateway, driver, supports }) {
      await driver.write("Số cán bộ kiểm tra là 42 người.");
      await driver.addControl("42", A, "Ô kiểm tra A");
      const outcome = await gateway.update(texts([[await idOf(gateway, A), "43"]]));
      const state = await driver.state();
      expectEqual("số ô đã ghi", outcome.written, 1);
      expectEqual("văn bản", state.text.trim(), "Số cán bộ kiểm tra là 43 người.");
      if (supports("1.6")) expectEqual("thay đổi đang theo dõi", state.changes, []);
    },
  },
  {
    id: "updateTracked",
    title: "Cập nhật số liệu có theo dõi thay đổi, rồi trả lại chế độ cũ",
    async run({ gateway, driver, supports }) {
      await driver.write("Số cán bộ kiểm tra là 42 người.");
      await driver.addControl("42", A, "Ô kiểm tra A");
      const id = await idOf(gateway, A);
      await gateway.update(() => ({ texts: new Map([[id, "43"]]), storedXml: null, trackChanges: true }));
      const state = await driver.state();
      expectEqual("chế độ theo dõi sau khi ghi", state.trackingMode, "Off");
      if (supports("1.6")) {
        // Word on Mac gives "" as a deletion's text (OfficeDev/office-js#5178): the type is what must agree. The order
        // of the two revisions in Word's collection is not documented, so it is not checked.
        expectEqual("loại thay đổi", state.changes.map((c) => c.split(":")[0]).sort(), ["Added", "Deleted"]);
        expectEqual("chữ được thêm", state.changes.filter((c) => c.startsWith("Added:")), ["Added:43"]);
      }
    },
  },
  {
    id: "stored",
    title: "Lưu rồi đọc lại dữ liệu báo cáo trong văn bản",
    async run({ gateway }) {
      const report = emptyStoredReport({ quarter: 2, year: 2026 });
      report.history.push({ field: A, from: "1 < 2 & \"3\"", to: "Hợp đồng ‘4’", at: "2026-06-01T08:00:00.000Z", by: "Nguyễn Thị Ánh" });
      const xml = storedReportToXml(report);
      await gateway.update(() => ({ texts: new Map(), storedXml: xml, trackChanges: false }));
      const back = await gateway.loadStored();
      expectEqual("dữ liệu đọc lại", back === null ? null : storedReportFromXml(back), storedReportFromXml(xml));
    },
  },
  {
    id: "review",
    title: "Duyệt thay đổi: chấp nhận một số liệu, từ chối một số liệu",
    needs: "1.6",
    async run({ gateway, driver }) {
      await driver.write("Có 1 hồ sơ và 2 cán bộ.");
      await driver.addControl("1", A, "Ô kiểm tra A");
      await driver.addControl("2", B, "Ô kiểm tra B");
      const [a, b] = [await idOf(gateway, A), await idOf(gateway, B)];
      await gateway.update(() => ({ texts: new Map([[a, "3"], [b, "4"]]), storedXml: null, trackChanges: true }));
      const listed = await gateway.listTrackedChanges();
      expectEqual("số liệu chờ duyệt", listed.map((c) => [c.tag, c.inserted]), [[A, "3"], [B, "4"]]);
      await gateway.resolveTrackedChanges([A], true);
      await gateway.resolveTrackedChanges([B], false);
      const state = await driver.state();
      expectEqual("các ô sau khi duyệt", state.controls, [{ tag: A, text: "3" }, { tag: B, text: "2" }]);
      expectEqual("thay đổi còn lại", state.changes, []);
    },
  },
  {
    id: "newReport",
    title: "Tạo báo cáo mới trong văn bản trống",
    async run({ gateway }) {
      const ooxml = paragraphsToFlatOpc([
        { role: "heading1", runs: [{ text: "I. KIỂM TRA" }] },
        { role: "body", runs: [{ text: "Số cán bộ là " }, { field: A, label: "Ô kiểm tra A", text: "42" }, { text: " người." }] },
      ]);
      const inserted = await gateway.insertReport({ ooxml, page: null, storedXml: null }, { replace: false });
      expectEqual("các ô của báo cáo mới", inserted.controls.map((c) => [c.tag, c.title, c.text]), [[A, "Ô kiểm tra A", "42"]]);
    },
  },
  {
    id: "recognize",
    title: "Nhận diện số liệu trong văn bản gõ tay",
    async run({ gateway, driver }) {
      await driver.write("Tổng số cán bộ là 120 người.");
      const outcome = await gateway.bindFigures(() => [{ tag: A, title: "Ô kiểm tra A", paragraph: 0, context: "là 120 người", figure: "120" }]);
      const state = await driver.state();
      expectEqual("số liệu đã gắn", outcome.bound.length, 1);
      expectEqual("các ô", state.controls, [{ tag: A, text: "120" }]);
      expectEqual("văn bản", state.text.trim(), "Tổng số cán bộ là 120 người.");
    },
  },
];
