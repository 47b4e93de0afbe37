/**
 * Finding (fix44A, held-out 1190): an office that counts late dossiers inside the resolved ones and withdrawn ones
 * apart (38.614 + 5.097 + 216 = 43.927; 43.927 + 241 + 2.150 = 46.318) read two blocking «chênh 25» after «Nhận diện
 * số liệu», though every figure adds up. The reference report counts them the other way round; the form's two centre
 * sums now accept either, and say so once, as a warning that blocks nothing.
 */
import { join } from "node:path";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { CORPUS } from "../support/corpusMeasure";
import { flatOpcOfDocx } from "../support/docxInSim";
import { REPORT } from "../support/forms";

installWordGlobals();

const DOCX = join(CORPUS, "heldout/1190-vp-phu-tho-phu-luc-bieu-so-lieu-chi-tiet-word-quy1-2026.docx");
const CENTRE_SUMS = ["hcc.daGiaiQuyetTong", "hcc.tong", "counted.swapped:hcc.daGiaiQuyetTong"];

async function recognised() {
  const sim = createWordSimulation([], { maxApi: "1.6" });
  await sim.run(async (context) => {
    context.document.body.insertOoxml(flatOpcOfDocx(DOCX), "Replace");
    await context.sync();
  });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  return store;
}

it("reads 1190's centre figures as written, with no error about their sums and one warning naming the other count", async () => {
  const store = await recognised();
  const { raw, review } = store.getState();
  expect([raw["bcdc:hcc.tiepNhan"], raw["bcdc:hcc.daGiaiQuyet"], raw["bcdc:hcc.treHan"], raw["bcdc:hcc.rutTraLai"], raw["bcdc:hcc.dangGiaiQuyet"]]).toEqual([
    "46.318",
    "43.927",
    "216",
    "241",
    "2.150",
  ]);
  const centre = review.problems.filter((p) => p.fields.some((id) => id.startsWith("bcdc:hcc.")));
  expect(centre.filter((p) => p.severity === "error")).toEqual([]);
  const said = centre.filter((p) => CENTRE_SUMS.includes(p.key));
  expect(said).toHaveLength(1);
  expect(said[0]!.severity).toBe("warning");
  expect(said[0]!.message).toContain("38.614 + ");
  expect(said[0]!.message).toContain("46.318 = Hồ sơ đã giải quyết 43.927 + Hồ sơ rút và trả lại 241");
  expect(said[0]!.message).toContain("không cần sửa");
  // «Kiểm tra văn bản» reads the sentence's own sum the same way: no second warning about the received dossiers.
  await store.getState().checkText();
  expect(store.getState().textCheck?.filter((item) => item.message.includes("46.318"))).toEqual([]);
});

it("keeps the error, with its figures, when the sum holds under neither way of counting", async () => {
  const store = await recognised();
  store.getState().setFigure("bcdc:hcc.dangGiaiQuyet", "2.160");
  const [problem] = store.getState().review.problems.filter((p) => p.key === "hcc.tong");
  expect(problem?.severity).toBe("error");
  expect(problem?.message).toBe(
    "Hồ sơ tiếp nhận (Trung tâm PVHCC) là 46.318, nhưng Hồ sơ đã giải quyết 43.927 + Hồ sơ trễ và quá hạn 216 + Hồ sơ đang giải quyết 2.160 = 46.303 (chênh 15).",
  );
});
