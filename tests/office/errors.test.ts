/**
 * Every Word error code the gateway can meet gets its own Vietnamese message, and the message says what happened to
 * the document only as far as it is known: a failure before any write sync left it unchanged; a failed write sync
 * may have applied part of its batch (Word does not document what such a sync keeps); an undone one is restored.
 * Codes: https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 */
import { toGatewayError, writeSync } from "../../src/office/errors";
import { GatewayError } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, SimError, type SimErrorCode } from "../../src/preview/wordSim";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const UNCHANGED = "Văn bản chưa bị thay đổi.";
const PARTIAL = "Word có thể đã ghi một phần trước khi dừng";

describe("toGatewayError", () => {
  const codes: [SimErrorCode, RegExp, GatewayError["code"]][] = [
    ["SearchStringInvalidOrTooLong", /255 ký tự/, "failed"],
    ["InvalidArgument", /không đúng dạng Word nhận/, "failed"],
    ["ItemNotFound", /có thể nó vừa bị xoá hoặc sửa/, "failed"],
    ["GeneralException", /lỗi nội bộ/, "failed"],
    ["AccessDenied", /chỉ đọc hoặc bị bảo vệ/, "readOnly"],
  ];

  it.each(codes)("%s has its own message; failing before any write, it says the document is unchanged", (code, meaning, kind) => {
    const error = toGatewayError(new SimError(code, "x"));
    expect(error.message).toMatch(meaning);
    expect(error.message.endsWith(UNCHANGED)).toBe(true);
    expect(error).toMatchObject({ code: kind, written: "none", wordCode: code });
  });

  it.each(codes)("%s in a write sync never claims that nothing was written", async (code) => {
    const failing = { sync: () => Promise.reject(new SimError(code, "x")) } as unknown as Word.RequestContext;
    const error = toGatewayError(await writeSync(failing).catch((e: unknown) => e));
    expect(error.message).toContain(PARTIAL);
    expect(error.message).not.toContain(UNCHANGED);
    expect(error.written).toBe("partial");
  });

  it("gives every distinct code a distinct message", () => {
    const messages = codes.map(([code]) => toGatewayError(new SimError(code, "x")).message);
    expect(new Set(messages).size).toBe(codes.length);
  });

  it("names an unknown code and Word's own message", () => {
    expect(toGatewayError({ code: "Conflict", message: "Request could not be processed" }).message).toBe(
      `Word báo lỗi (Conflict): Request could not be processed. ${UNCHANGED}`,
    );
  });
});

describe("the gateway's failures, as the clerk reads them", () => {
  it("a protected document: refused at the write sync, and the message does not pretend to know more", async () => {
    const sim = createWordSimulation(smallDocument(), { readOnly: true });
    const gateway = createOfficeGateway(sim.run, sim.supports);
    const error = (await gateway.update(() => ({ texts: new Map([[1, "56"]]), storedXml: null, trackChanges: false })).catch((e: unknown) => e)) as GatewayError;
    expect(error).toMatchObject({ code: "readOnly", written: "partial", wordCode: "AccessDenied" });
    expect(sim.controls().find((c) => c.id === 1)?.text).toBe("55");
  });

  it("a figure search Word refuses (over 255 characters) fails in a read sync: the document is unchanged", async () => {
    const sim = createWordSimulation([{ runs: ["Có 5 người."] }]);
    const gateway = createOfficeGateway(sim.run, sim.supports);
    const error = (await gateway
      .bindFigures(() => [{ tag: "bcdc:x", title: "X", paragraph: 0, context: "5".repeat(256), figure: "5" }])
      .catch((e: unknown) => e)) as GatewayError;
    expect(error).toMatchObject({ written: "none", wordCode: "SearchStringInvalidOrTooLong" });
    expect(error.message.endsWith(UNCHANGED)).toBe(true);
    expect(sim.controls()).toEqual([]);
  });
});
