/**
 * «từ ngày 2.1.2018 đến 17.5.2018 đã tiếp nhận … Chỉ tính riêng trong tuần (từ ngày 11.5.2018 đến 17.5.2018)»: two
 * periods that share one end and differ at the other. Words cannot say which is the report's period (a bracket holds
 * the main period as often as a sub-period), so a date bound as one end of such a range is left for the clerk.
 */
import { dateKey } from "../writtenDates";
import type { Candidate } from "./candidates";
import { partnerOf } from "./dateRange";

/** The date is one end of a range, and another range shares its other end but starts or ends elsewhere. */
export function rangeTwin(c: Candidate, all: readonly Candidate[]): boolean {
  const partner = partnerOf(c);
  if (c.token.kind !== "date" || !partner) return false;
  const mine = dateKey(c.token.text);
  const shared = dateKey(partner.token.text);
  return all.some((x) => {
    const other = x !== c && x.token.kind === "date" ? partnerOf(x) : null;
    return other !== null && other !== partner && dateKey(other.token.text) === shared && dateKey(x.token.text) !== mine;
  });
}
