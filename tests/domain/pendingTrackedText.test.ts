import { pendingTrackedTexts, withoutPendingDeletions } from "../../src/domain/pendingTrackedText";

const MEETINGS = "bcdc:giaoBan.soCuoc";
const RAISES = "bcdc:cheDo.nangLuongTruocHan";

describe("pending tracked writes (Word's text keeps tracked deletions)", () => {
  const written = { [MEETINGS]: "12", [RAISES]: "06" };
  // RAISES was refreshed twice while tracked: Word keeps the first deletion "04" and drops our pending "05".
  const history = [
    { field: MEETINGS, from: "11" },
    { field: RAISES, from: "04" },
    { field: RAISES, from: "05" },
  ];

  it("lists old + last written text for every write of a field", () => {
    expect(pendingTrackedTexts(written, history)).toEqual(
      new Map([
        [MEETINGS, new Set(["1112"])],
        [RAISES, new Set(["0406", "0506"])],
      ]),
    );
  });

  it("reads a control holding our pending write as what we wrote, and leaves anything else alone", () => {
    const controls = [
      { id: 1, tag: MEETINGS, text: "1112" },
      { id: 2, tag: RAISES, text: "0406" },
      { id: 3, tag: MEETINGS, text: "13" },
      { id: 4, tag: "bcdc:khac", text: "1112" },
    ];
    expect(withoutPendingDeletions(controls, written, history).map((c) => c.text)).toEqual(["12", "06", "13", "1112"]);
  });

  it("ignores first writes into an empty control (nothing was deleted)", () => {
    expect(pendingTrackedTexts({ [MEETINGS]: "12" }, [{ field: MEETINGS, from: "" }])).toEqual(new Map());
  });
});
