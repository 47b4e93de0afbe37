/** @jest-environment jsdom */
/**
 * Walk finding (walk42, 5): the card said «Đúng số liệu, nhưng chưa viết theo quy cách của Nghị định 30/2020/NĐ-CP:
 * … «0» → «không có»». The decree sets the layout and the dates' leading zeros; thousands «.», decimals «,», «05» and
 * zero in words are the reference report's own way (../shared/DESIGN.md, «as the seed writes them»), carried by the
 * form. The card claims only that: the form's way of writing, and for zero, that the form writes it in words.
 */
import { render, screen } from "@testing-library/react";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { RestyleCard } from "../../src/taskpane/components/RestyleCard";
import { StoreProvider } from "../../src/taskpane/store/StoreContext";
import { createFakeGateway } from "../support/fakeGateway";
import { REPORT } from "../support/forms";

const [count, other] = REPORT.fields.filter((f) => !f.formula && f.kind === "count");

it("says the figures differ from the form's way of writing them, and that the form writes this zero in words", () => {
  const store = createAppStore({ word: createFakeGateway(), now: () => new Date("2026-06-20T08:00:00Z"), report: REPORT });
  render(
    <StoreProvider store={store}>
      <RestyleCard
        restyles={[
          { field: count!.id, controlId: 1, documentText: "12 450", target: "12.450" },
          { field: other!.id, controlId: 2, documentText: "0", target: "không có" },
        ]}
      />
    </StoreProvider>,
  );
  const card = screen.getByText(/^Số viết khác quy cách/).closest(".fui-Card") as HTMLElement;
  expect(card.textContent).not.toMatch(/Nghị định/);
  expect(screen.getByText(/^Đúng số liệu, nhưng/).textContent).toBe("Đúng số liệu, nhưng viết khác cách viết số của mẫu báo cáo:");
  expect(screen.getByText(new RegExp(`^${count!.label}:`)).textContent).toBe(`${count!.label}: «12 450» → «12.450»`);
  expect(screen.getByText(new RegExp(`^${other!.label}:`)).textContent).toBe(`${other!.label}: «0» → «không có» (mẫu viết số 0 bằng chữ)`);
});
