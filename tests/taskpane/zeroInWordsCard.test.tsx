/** @jest-environment jsdom */
/**
 * Walk finding (walk52b, 2): the card asking before digits replace a zero said in words read «biểu mẫu muốn ghi «01»»
 * of the clerk's own typing, spoke of «câu này» without quoting it, and offered «Lấy số trong văn bản» where the text
 * holds a word. It now says what the word means, quotes the sentence recognition found it in, and names the choice.
 */
import { screen, within } from "@testing-library/react";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { renderPane } from "../support/renderPane";
import { domReached } from "../support/settle";

installWordGlobals();

const LETTERS = "bcdc:khieuNai.soDon";
const SENTENCE = "Tính đến thời điểm báo cáo, Văn phòng không nhận được đơn thư, khiếu nại, tố cáo đối với công chức, viên chức của Văn phòng.";

it("says the word is a zero, quotes its sentence, and names the way back to it", async () => {
  const sim = createWordSimulation([{ runs: ["IV. CÔNG TÁC TIẾP CÔNG DÂN, GIẢI QUYẾT ĐƠN THƯ"] }, { runs: [SENTENCE] }]);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  expect(sim.controls().filter((c) => c.tag === LETTERS).map((c) => c.text)).toEqual(["không"]);
  store.getState().setFigure(LETTERS, "01");
  await store.getState().updateDocument();
  await renderPane(store);
  await domReached(() => screen.queryByRole("region", { name: "Ô cần xử lý" }) !== null);
  const card = within(screen.getByRole("region", { name: "Ô cần xử lý" }));
  const said = card.getByText(/^Văn bản nói bằng chữ/u).textContent!.replace(/\s+/gu, " ");
  expect(said).toContain("Văn bản nói bằng chữ «không» (tức là 0), số liệu trong ngăn bây giờ là «01».");
  expect(said).toContain("Văn phòng không nhận được đơn thư");
  expect(card.getByRole("button", { name: "Lấy lại số 0 như văn bản" })).toBeTruthy();
  expect(sim.doc.paragraphText(1)).toBe(SENTENCE);
});
