/**
 * A city run by the centre (thành phố trực thuộc trung ương: Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế —
 * Nghị quyết 202/2025/QH15 keeps these six) is a province: its committee is the province's («Chủ tịch UBND thành phố
 * tiếp 02 lượt», «Lãnh đạo UBND Thành phố | 0 | 0») and its departments are «sở». A form written for a province
 * names that body «UBND tỉnh» and keeps «thành phố» for the level below («UBND các huyện, thành phố»), so read as
 * written the city's own leaders fit the districts' figures better than the province's. Where the document's header
 * is such a city's (its committee, or an office or commune under it), «thành phố» is read as «tỉnh» throughout its
 * words («UBND thành phố», «lãnh đạo thành phố», «HĐND thành phố», «Thanh tra thành phố»): read only in part, the
 * city would be a province in one sentence and a district in the next. A city under a province (the old «thành phố
 * Điện Biên Phủ») is a district's level and keeps its words; so does «thành phố» in a list of kinds («các huyện,
 * thành phố», the form's own words too, which are read with the document's readings), which names no one body.
 */
import { documentHeader } from "./documentHeader";

type Reading = [string[], string[]];

/** The six cities a province's level is, as the header names them (lower case, as documentHeader reads it). */
const CENTRAL_CITY = /(?<![\p{L}])thành phố (?:hà nội|hồ chí minh|hải phòng|đà nẵng|cần thơ|huế)(?![\p{L}])/u;

/** «các huyện, thành phố», «các xã, phường, thị xã, thành phố»: a list of kinds of the level below keeps its words. */
const KINDS_BEFORE: readonly string[] = ["huyện", "quận", "xã", "phường"];

/** The readings that make the city the province, or none when the header is no such city's. */
export function provinceCityReadings(text: string): Reading[] {
  const { lines } = documentHeader(text);
  if (!CENTRAL_CITY.test(lines.join(" "))) return [];
  // Read before «thành phố» alone: a kind of the level below, then «thành phố», is left as written.
  const kept: Reading[] = KINDS_BEFORE.map((k) => [[k, "thành", "phố"], [k, "thành", "phố"]]);
  return [...kept, [["thành", "phố"], ["tỉnh"]]];
}
