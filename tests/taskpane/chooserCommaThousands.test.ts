/**
 * Walk finding (pane34, 5): in «Văn bản cũ», a number selected by hand as «39,871» (a comma grouping thousands, as some
 * clerks type) was refused as «không phải một con số». A selection by hand is the clerk's explicit choice for one
 * field, so the field's kind reads the comma (src/domain/handChosen.ts): a count takes it as 39.871 and says so; a
 * percentage keeps its decimal comma, «95,06» as 95,06 and never 9.506; a comma that fits neither stays refused.
 * Recognition's own reading (src/domain/import) is not changed. Through the store, the real gateway and the simulation.
 */
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

const NOW = new Date("2026-11-05T08:00:00Z");
const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const SHARE = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
const STAFF = "bcdc:bienChe.congChucGiao"; // a count up to 10.000
const LINE = "Tiếp nhận 39,871 hồ sơ; đã giải quyết 95,06 % và 39,871 phần trăm; giao 1,5 người; lại 12,345 người.";

async function open() {
  const sim = createWordSimulation([{ runs: [LINE] }]);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  await store.getState().start();
  return { sim, store };
}

/** Selects the n-th occurrence of `text` in the line (and `extra` characters after it). */
function select(sim: WordSimulation, text: string, nth = 0, extra = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = LINE.indexOf(text, at + 1);
  sim.select(0, at, at + text.length + extra);
}

describe("a number selected by hand with a comma", () => {
  it("binds «39,871» to a count as 39.871 and says how it read it; the text keeps its own writing", async () => {
    const { sim, store } = await open();
    select(sim, "39,871");
    await store.getState().bindChosen(RECEIVED);
    expect(store.getState().notice).toEqual({
      intent: "success",
      text: "Đã gắn «39,871» vào ô «Hồ sơ tiếp nhận (một cửa Văn phòng)», đọc là 39.871: ô này là số nguyên nên dấu phẩy ở đây tách hàng nghìn. Số trong văn bản giữ nguyên.",
    });
    expect(store.getState().raw[RECEIVED]).toBe("39.871");
    expect(store.getState().review.values.get(RECEIVED)).toEqual({ kind: "number", value: 39871 });
    expect(sim.controls().filter((c) => c.tag === RECEIVED).map((c) => c.text)).toEqual(["39,871"]);
    expect(sim.doc.paragraphText(0)).toBe(LINE);
  });

  it("keeps a percentage's decimal comma: «95,06» without its % is 95,06, and «39,871» is 39,871, never thousands", async () => {
    const { sim, store } = await open();
    select(sim, "95,06");
    await store.getState().bindChosen(SHARE);
    expect(store.getState().notice).toEqual({ intent: "success", text: "Đã gắn «95,06» vào ô «Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)». Số trong văn bản giữ nguyên." });
    expect(store.getState().raw[SHARE]).toBe("95,06");
    await store.getState().unbindChosen(SHARE);

    // With its «%» selected too, as before.
    select(sim, "95,06", 0, 2);
    await store.getState().bindChosen(SHARE);
    expect(store.getState().raw[SHARE]).toBe("95,06");
    await store.getState().unbindChosen(SHARE);

    select(sim, "39,871", 1);
    await store.getState().bindChosen(SHARE);
    expect(store.getState().raw[SHARE]).toBe("39,871");
  });

  it("still refuses a comma a count cannot hold, and a thousands reading past the field's range", async () => {
    const { sim, store } = await open();
    const controls = sim.controls().length;
    select(sim, "1,5");
    await store.getState().bindChosen(STAFF);
    expect(store.getState().notice?.intent).toBe("error");
    expect(store.getState().raw[STAFF]).toBeUndefined();

    select(sim, "12,345");
    await store.getState().bindChosen(STAFF);
    expect(store.getState().notice).toMatchObject({ intent: "error", text: expect.stringMatching(/^«12,345» không hợp với ô «Biên chế công chức được giao»: .*10\.000/) });
    expect(store.getState().raw[STAFF]).toBeUndefined();
    expect(sim.controls().length).toBe(controls);
  });
});
