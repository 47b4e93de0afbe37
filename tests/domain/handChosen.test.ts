/**
 * A number selected by hand in «Văn bản cũ», read by its field's kind where recognition's reader refuses it
 * (src/domain/handChosen.ts): a comma the field can read only one way is read that way, said when it is not the
 * official writing; anything else is left to recognition's reason (null) or refused with the field's.
 */
import { readHandChosen } from "../../src/domain/handChosen";
import { REPORT } from "../support/forms";

const field = (id: string) => REPORT.byId.get(id)!;
const COUNT = field("bcdc:motCuaVp.tiepNhan");
const SMALL_COUNT = field("bcdc:bienChe.congChucGiao"); // at most 10.000
const SHARE = field("bcdc:motCuaVp.tyLeDaGiaiQuyet");

describe("readHandChosen", () => {
  it.each([
    ["39,871", "39.871"],
    [" 39,871 ", "39.871"],
    ["1,234,567", "1.234.567"],
    ["100,000", "100.000"],
  ])("reads %p for a count as %p, and says so", (selected, input) => {
    expect(readHandChosen(COUNT, selected)).toEqual({ ok: true, input, readAs: input });
  });

  it.each([["95,06", "95,06"], ["95,06%", "95,06"], ["95,06 %", "95,06"], ["39,871", "39,871"], ["0,5", "0,5"]])(
    "keeps the decimal comma of %p for a percentage",
    (selected, input) => {
      expect(readHandChosen(SHARE, selected)).toEqual({ ok: true, input, readAs: null });
    },
  );

  it("refuses with the field's reason a reading past its range", () => {
    expect(readHandChosen(SMALL_COUNT, "12,345")).toEqual({ ok: false, reason: expect.stringMatching(/^«12,345» không hợp với ô «Biên chế công chức được giao»: /) });
    expect(readHandChosen(SHARE, "100,5")).toMatchObject({ ok: false });
  });

  it.each(["1,5", "39,87", "39,8710", "1,23,456", "39.871", "39 871", "abc", "", "39,871%"])("gives no reading of its own for %p on a count", (selected) => {
    expect(readHandChosen(COUNT, selected)).toBeNull();
  });

  it.each(["39.871", "95", "1.234,5", "abc", ""])("gives no reading of its own for %p on a percentage", (selected) => {
    expect(readHandChosen(SHARE, selected)).toBeNull();
  });
});
