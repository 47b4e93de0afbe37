/**
 * Contract staff as offices name them since the decrees on contracts in public bodies (Nghị định 68/2000/NĐ-CP,
 * replaced by Nghị định 111/2022/NĐ-CP: https://luatminhkhue.vn/diem-moi-cua-nghi-dinh-111-2022-nd-cp-ve-hop-dong-lao-dong.aspx):
 * «hợp đồng theo Nghị định 111», «hợp đồng 68». The decree's number is never the count of contracts.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const STAFF = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const contracts = (text: string) => boundValue(recognizeFigures(`${STAFF}${text}\n`, REPORT).get(byLabel("Hợp đồng lao động").id));

describe("contract staff named by their decree", () => {
  it("«hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP: 09 người», «… là 09 người»", () => {
    expect(contracts("Năm 2026, Văn phòng được giao 58 biên chế công chức, có mặt 55; hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP: 09 người.")).toBe("09");
    expect(contracts("Năm 2026, Văn phòng được giao 58 biên chế công chức, có mặt 55; hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP là 09 người.")).toBe("09");
  });
  it("near-match: in «hợp đồng 68: 09 người» the contracts are 09, not the decree's 68", () => {
    expect(contracts("Năm 2026, Văn phòng được giao 58 biên chế công chức, có mặt 55; hợp đồng 68: 09 người.")).toBe("09");
  });
  it("the plain «Hợp đồng: 09» stays read", () => {
    expect(contracts("Công chức được giao là 58, đang thực hiện 55; Hợp đồng: 09.")).toBe("09");
  });
});
