/**
 * Word's automatic numbering in «Kiểm tra văn bản»: the pane reads each paragraph's list label (ListItem.listString,
 * WordApi 1.3) in its one text read and checks headings as `npm run check` does with numbering.xml. A well-numbered
 * Word list gives no false error; a typed number that breaks the sequence after Word's own is still caught.
 */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type SimParagraph } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";

installWordGlobals();

const listed = (label: string, level: number, text: string): SimParagraph => ({ runs: [text], list: { label, level } });

const DOCUMENT: SimParagraph[] = [
  { runs: ["BÁO CÁO kết quả thực hiện công tác dân chủ quý I; nhiệm vụ trọng tâm quý II năm 2026"] },
  listed("Phần thứ nhất", 0, "KẾT QUẢ"),
  listed("I.", 1, "ĐẶC ĐIỂM, TÌNH HÌNH"),
  listed("1.", 2, "Biên chế"),
  listed("a)", 3, "Công chức"),
  listed("b)", 3, "Viên chức"),
  listed("2.", 2, "Tổ chức"),
  listed("II.", 1, "KẾT QUẢ TRIỂN KHAI"),
  listed("1.", 2, "Quán triệt"),
  listed("-", 3, "Hội nghị"),
  listed("Phần thứ hai", 0, "NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026"),
  listed("I.", 1, "NHIỆM VỤ"),
];

async function structureProblems(paragraphs: SimParagraph[]) {
  const sim = createWordSimulation(paragraphs);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  sim.resetSyncCount();
  await store.getState().checkText();
  return { syncs: sim.syncCount(), problems: (store.getState().textCheck ?? []).filter((p) => p.source === "structure") };
}

describe("Word's list numbering in «Kiểm tra văn bản»", () => {
  it("gives no numbering error on a well-numbered Word list, read in one sync", async () => {
    const { syncs, problems } = await structureProblems(DOCUMENT);
    expect(syncs).toBe(1);
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it("still catches a typed heading that breaks Word's sequence, naming Word's paragraph", async () => {
    const typed = [...DOCUMENT.slice(0, 8), { runs: ["IV. KẾT QUẢ KHÁC"] }, ...DOCUMENT.slice(8)];
    const { problems } = await structureProblems(typed);
    expect(problems.map((p) => p.key)).toEqual(["structure.numbering:9"]);
    expect(problems[0]!.message).toMatch(/bỏ qua số III/);
    expect(problems[0]!.places).toEqual(["Đoạn 9: «IV. KẾT QUẢ KHÁC»"]);
  });

  it("reads Word's labels: a list Word restarted («I.» again after «II.») is an error, as in the .docx check", async () => {
    const restarted = [...DOCUMENT.slice(0, 10), listed("I.", 1, "TỒN TẠI"), ...DOCUMENT.slice(10)];
    const { problems } = await structureProblems(restarted);
    expect(problems.map((p) => p.key)).toEqual(["structure.numbering:11"]);
    expect(problems[0]!.message).toMatch(/lặp lại số I/);
  });
});
