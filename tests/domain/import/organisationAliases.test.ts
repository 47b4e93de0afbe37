/**
 * The one-stop desk by its long official name («Bộ phận tiếp nhận và trả kết quả», Nghị định 61/2018/NĐ-CP): a Sở's
 * report that writes only that name names the form's «Bộ phận một cửa». And the other side: the activity «tiếp nhận
 * và trả kết quả» without «Bộ phận» names no desk, and a report naming neither binds none of the desk's figures.
 */
import { namesOrganisation, organisationNames } from "../../../src/domain/import/meaning/vetoPlace";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const desk = organisationNames("Bộ phận một cửa của Văn phòng")!;

const shown = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

const table = (heading: string) =>
  [
    heading,
    "",
    "Chỉ tiêu\tSố hồ sơ\tTỷ lệ (%)",
    "Tiếp nhận\t1.732\t",
    "Đã giải quyết\t1.690\t97,58",
    "- Trước hạn\t1.655\t97,93",
    "- Đúng hạn\t35\t2,07",
    "Đang giải quyết\t42\t2,42",
  ].join("\n");

describe("the one-stop desk by its long name", () => {
  it("is one of the ways to name the desk", () => {
    expect(desk).toEqual(expect.arrayContaining(["một cửa", "bộ phận tiếp nhận và trả kết quả"]));
    expect(namesOrganisation("giải quyết thủ tục tại bộ phận tiếp nhận và trả kết quả của sở", desk)).toBe(true);
  });

  it("binds a Sở's desk table to the desk's figures, not the centre's where the desk stands", () => {
    const text = table("6. Giải quyết thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của Sở (đặt tại Trung tâm Phục vụ hành chính công tỉnh):");
    expect(shown(text, "bcdc:motCuaVp.tiepNhan")).toEqual(["1.732"]);
    expect(shown(text, "bcdc:motCuaVp.dangGiaiQuyet")).toEqual(["42"]);
    expect(shown(text, "bcdc:hcc.tiepNhan")).not.toEqual(["1.732"]);
  });
});

describe("where the desk is not named", () => {
  it("the activity without «Bộ phận» is no name of the desk", () => {
    expect(namesOrganisation("đưa vào tiếp nhận và trả kết quả của 17 sở, ban, ngành", desk)).toBe(false);
  });

  it("binds none of the desk's figures", () => {
    const text = table("6. Giải quyết thủ tục hành chính của Sở:");
    expect(shown(text, "bcdc:motCuaVp.tiepNhan")).not.toEqual(["1.732"]);
  });
});
