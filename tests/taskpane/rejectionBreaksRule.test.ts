/**
 * Walk finding (walk50, 6): a clerk changed two figures that only agree together; the leader accepted one and rejected
 * the other. The notice said only «Đã từ chối thay đổi; …», and the clerk's «Số liệu» tab then called the broken rule
 * her own typing's error. The leader's notice now says at once which rule the decision broke.
 */
import { GIAO, staffRaisedForReview as refreshedBoth, THUC_HIEN } from "../support/staffRaisedForReview";

it("says which rule a rejection breaks, when the changes that kept it were decided apart", async () => {
  const store = await refreshedBoth();
  await store.getState().resolveReview([GIAO], false);
  const notice = store.getState().notice!;
  expect(notice.intent).toBe("warning");
  expect(notice.text).toMatch(/^Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản \(1 số liệu, ghi vào lịch sử\)\. Sau quyết định này, các số liệu không còn khớp nhau: /u);
  expect(notice.text).toContain("(58)");
  expect(notice.text).toContain("(55)");
  expect(notice.text).toMatch(/Các thay đổi làm cho số liệu khớp nhau nên được quyết định cùng nhau\.$/u);
});

it("says nothing more when the decision leaves the figures agreeing", async () => {
  const store = await refreshedBoth();
  await store.getState().resolveReview([THUC_HIEN], false);
  expect(store.getState().notice).toEqual({ intent: "success", text: "Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản (1 số liệu, ghi vào lịch sử)." });
});
