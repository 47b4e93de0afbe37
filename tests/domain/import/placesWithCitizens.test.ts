/**
 * «có 17/45 xã, phường phát sinh tiếp công dân, 28/45 xã, phường không có công dân đến»: the places where citizens
 * came are the level's answer, the places where none came («… không có công dân đến») are not, whichever comes first
 * (the form's wording for where the lower level's matters arose). Hà Tĩnh and Bắc Giang clerks' lines.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const places = (line: string) => boundValue(recognizeFigures(`Chủ tịch UBND các xã, phường: ${line}\n`, MONTHLY).get("tcd:huyen.noiPhatSinh"));

describe("where the communes' matters arose", () => {
  it("reads the places where citizens came, in either wording", () => {
    expect(places("có 17/45 xã, phường phát sinh tiếp công dân, 28/45 xã, phường không có công dân đến.")).toBe("17/45 xã, phường");
    expect(places("có 17/45 xã, phường có công dân đến, còn lại không phát sinh.")).toBe("17/45 xã, phường");
  });

  it("near-match: never the places where none came", () => {
    expect(places("28/45 xã, phường không có công dân đến; tiếp 30 lượt.")).toBeNull();
    expect(places("Có 28/45 xã, phường không có công dân đến trong tháng.")).toBeNull();
  });
});
