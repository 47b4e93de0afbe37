/** What the clerk selected in the document, read as a figure's input before it is bound (paneChoices.chosenInput). */
import { chosenInput } from "../../../src/domain/import/paneChoices";
import { REPORT } from "../../support/forms";

const posts = REPORT.byId.get("bcdc:boNhiem.truongPhong")!;

describe("chosenInput", () => {
  it("binds a zero written in words that the field reads, as the pane offers it", () => {
    expect(chosenInput(posts, " không ")).toEqual({ ok: true, input: "không" });
    expect(chosenInput(posts, "Không có")).toEqual({ ok: true, input: "Không có" });
  });

  it("binds one number, and refuses words that are no figure of the field", () => {
    expect(chosenInput(posts, "02")).toEqual({ ok: true, input: "02" });
    expect(chosenInput(posts, "Trưởng phòng")).toMatchObject({ ok: false, reason: expect.stringMatching(/không phải một con số/) });
    expect(chosenInput(posts, "02 Trưởng phòng")).toMatchObject({ ok: false });
  });
});
