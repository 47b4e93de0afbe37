/**
 * Near-match sentences: kinds of sentence that state a figure in the form's own nouns and units but not the
 * form's figure — a place's share, a referred answer, contracts ended, a move into a new room, answers vs. receipts,
 * both kinds together, a rounded summary, requests, targets, another body, year to date, other domains' files.
 */
import type { Distractor } from "./distractors";

const FILES = /hồ sơ|\bHS\b/iu;
const STAFF = /biên chế|công chức|hợp đồng/iu;
export const NEAR_MATCHES: Record<string, readonly Distractor[]> = {
  place: [
    { near: FILES, sentence: "Trong đó, xã Tân Lập cũ tiếp nhận {n} hồ sơ, xã Hòa Bình cũ {n} hồ sơ." },
    { near: FILES, sentence: "Riêng bộ phận một cửa phường Bắc Sơn tiếp nhận {n} hồ sơ, đã giải quyết {n} hồ sơ." },
    { near: /tiếp công dân|lượt/iu, sentence: "Riêng huyện Yên Thành tiếp {n} lượt với {n} người." },
    { near: STAFF, sentence: "Khối sự nghiệp có {n} viên chức, khối hành chính có {n} công chức." },
  ],
  referred: [
    { near: STAFF, sentence: "Về biên chế năm trước: như báo cáo quý trước ({n} biên chế công chức)." },
    { near: FILES, sentence: "Số hồ sơ tồn của kỳ trước chuyển sang: {n} hồ sơ (đã nêu tại báo cáo quý trước)." },
  ],
  contracts: [
    { near: STAFF, sentence: "Trong quý đã chấm dứt hợp đồng lao động đối với {n} người." },
    { near: STAFF, sentence: "Ký mới hợp đồng với {n} người lao động thay thế." },
  ],
  moves: [
    { near: /luân chuyển|điều động|phòng/iu, sentence: "Bàn giao {n} máy vi tính về phòng mới của Trung tâm." },
    { near: /luân chuyển|điều động|phòng/iu, sentence: "Dự kiến quý tới điều động {n} công chức về phòng mới thành lập." },
  ],
  answered: [
    { near: /đối thoại|ý kiến/iu, sentence: "Các sở, ngành đã trả lời {n} ý kiến tại hội nghị." },
    { near: /khiếu nại|tố cáo|đơn/iu, sentence: "Đã giải quyết xong {n} đơn thuộc thẩm quyền." },
    { near: /phản ánh|kiến nghị/iu, sentence: "Đã trả lời, công khai kết quả xử lý {n} phản ánh, kiến nghị." },
  ],
  both: [
    { near: STAFF, sentence: "Tổng số công chức, viên chức và người lao động là {n} người." },
    { near: /thạc s|đại học|tiến s/iu, sentence: "Có {n} người có trình độ thạc sĩ và tiến sĩ." },
    { near: /tiếp công dân|lượt/iu, sentence: "Tiếp cả định kỳ và đột xuất {n} lượt." },
  ],
  rounded: [
    { near: FILES, sentence: "Nhìn chung, trong quý Trung tâm tiếp nhận khoảng {N} hồ sơ." },
    { near: FILES, sentence: "Trên {p}% hồ sơ được giải quyết đúng hạn." },
    { near: /tiếp công dân|lượt/iu, sentence: "Trong tháng tiếp gần {n} lượt công dân." },
  ],
  requests: [
    { near: STAFF, sentence: "Đề nghị bổ sung {n} biên chế công chức cho năm sau." },
    { near: /khen/iu, sentence: "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho {n} cá nhân." },
    { near: FILES, sentence: "Kiến nghị bổ sung {n} máy tính cho bộ phận tiếp nhận hồ sơ." },
  ],
  targets: [
    { near: FILES, sentence: "Phấn đấu đến cuối năm, tỷ lệ hồ sơ giải quyết đúng hạn đạt {p}%." },
    { near: STAFF, sentence: "Chỉ tiêu tinh giản đến năm 2030 là {n} biên chế." },
    { near: /giao ban|họp/iu, sentence: "Quý tới dự kiến tổ chức {n} cuộc họp giao ban." },
  ],
  body: [
    { near: FILES, sentence: "Bộ phận một cửa UBND thành phố tiếp nhận {N} hồ sơ, đang giải quyết {n} hồ sơ." },
    { near: /tiếp công dân|lượt/iu, sentence: "Thanh tra tỉnh tiếp {n} lượt công dân, {n} người." },
    { near: /kiểm tra|giám sát/iu, sentence: "Đoàn kiểm tra của Bộ đã kiểm tra {n} đơn vị." },
  ],
  ytd: [
    { near: FILES, sentence: "Từ đầu năm đến nay, Trung tâm tiếp nhận {N} hồ sơ, đã giải quyết {N} hồ sơ." },
    { near: /tiếp công dân|lượt/iu, sentence: "Từ đầu năm đến nay tiếp {n} lượt, {n} người." },
  ],
  domains: [
    { near: FILES, sentence: "Tiếp nhận {n} hồ sơ đề nghị khen thưởng của các đơn vị." },
    { near: FILES, sentence: "Tỷ lệ hồ sơ nộp trực tuyến đạt {p}%, tỷ lệ hài lòng đạt {p}%." },
    { near: /văn bản|quyết định/iu, sentence: "Văn phòng đã tham mưu ban hành {n} văn bản chỉ đạo." },
    { near: /tiếp công dân|lượt/iu, sentence: "Tiếp nhận {n} đơn qua đường bưu điện." },
  ],
};

const RECEPTION = /tiếp công dân|lượt/iu;
const EITHER = "either" as const;
/** A period the report may itself cover: a sentence spanning it is no other span there. */
const SIX_MONTHS = /6\s*tháng|sáu tháng/iu;
const NINE_MONTHS = /9\s*tháng|chín tháng/iu;
const WHOLE_YEAR = /năm\s+20\d\d\s*$|cả năm|tổng kết (?:công tác )?năm/imu;

/**
 * Another named body's one-stop desk, reception or centre, stated as its own subject, before or after the report's own
 * figure (wt-desk40): a figure of «Bộ phận một cửa UBND thành phố X», «Bộ phận Một cửa của Sở Y tế tại Trung tâm …»,
 * «Trung tâm PVHCC cấp xã», «Thanh tra tỉnh» is that body's, never the reporting office's desk or the province
 * leaders'. Each is left out of a report that body issues (its opening names it).
 */
export const OTHER_BODIES: readonly Distractor[] = [
  { near: FILES, position: EITHER, sentence: "Bộ phận một cửa UBND thành phố Tam Điệp tiếp nhận {N} hồ sơ, đã giải quyết {n} hồ sơ, đang giải quyết {n} hồ sơ." },
  { near: FILES, position: EITHER, unless: /Sở Y tế/iu, sentence: "Bộ phận Một cửa của Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận {n} hồ sơ, trả đúng hạn {n} hồ sơ." },
  { near: FILES, position: EITHER, unless: /(?<!\p{L})xã(?!\p{L})|phường/iu, sentence: "Trung tâm Phục vụ hành chính công cấp xã đã tiếp nhận {N} hồ sơ, giải quyết đúng hạn {n} hồ sơ." },
  { near: FILES, position: EITHER, sentence: "Tại Bộ phận tiếp nhận và trả kết quả của UBND huyện Kim Bôi, trong quý tiếp nhận {n} hồ sơ, trả kết quả đúng hạn {n} hồ sơ." },
  { near: FILES, position: EITHER, unless: /Sở Tư pháp/iu, sentence: "Sở Tư pháp tiếp nhận {N} hồ sơ, đã giải quyết {n} hồ sơ, đạt tỷ lệ {p}%." },
  { near: FILES, position: EITHER, unless: /Sở Công Thương/iu, sentence: "Bộ phận một cửa của Sở Công Thương: tiếp nhận {n} hồ sơ, trả đúng hạn {n} hồ sơ, trễ hạn {n} hồ sơ." },
  { near: FILES, position: EITHER, unless: /\bhuyện\b|thị xã/iu, sentence: "Bộ phận một cửa các huyện, thị xã tiếp nhận {N} hồ sơ, đang giải quyết {n} hồ sơ." },
  { near: RECEPTION, position: EITHER, unless: /thanh tra tỉnh/iu, sentence: "Thanh tra tỉnh tiếp {n} lượt công dân với {n} người." },
  { near: RECEPTION, position: EITHER, unless: /thanh tra tỉnh/iu, sentence: "Trong kỳ, Thanh tra tỉnh đã tiếp {n} lượt công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh." },
  { near: RECEPTION, position: EITHER, sentence: "Thanh tra huyện Mường Lát đã tiếp {n} lượt, {n} người, {n} vụ việc." },
  { near: RECEPTION, position: EITHER, sentence: "Ban Tiếp công dân huyện Đà Bắc tiếp thường xuyên {n} lượt với {n} người." },
  { near: RECEPTION, position: EITHER, unless: /công an tỉnh/iu, sentence: "Công an tỉnh tiếp {n} lượt công dân, {n} người." },
];

/**
 * A cumulative span, the year to date, stated before or after the period's own figure (wt-desk40): «Lũy kế từ đầu
 * năm …», «Tính từ đầu năm đến nay …», «9 tháng đầu năm …» are not the quarter's or the month's figures. A span the
 * report may itself cover is left out of a report whose opening names it.
 */
export const CUMULATIVE: readonly Distractor[] = [
  { near: FILES, position: EITHER, sentence: "Lũy kế từ đầu năm, Văn phòng tiếp nhận {N} hồ sơ, đã giải quyết {n} hồ sơ." },
  { near: FILES, position: EITHER, sentence: "Tính từ đầu năm đến nay, Bộ phận một cửa đã tiếp nhận {N} hồ sơ, trả đúng hạn {n} hồ sơ." },
  { near: FILES, position: EITHER, unless: NINE_MONTHS, sentence: "9 tháng đầu năm, Trung tâm tiếp nhận {N} hồ sơ, đang giải quyết {n} hồ sơ." },
  { near: FILES, position: EITHER, unless: SIX_MONTHS, sentence: "Lũy kế 6 tháng đầu năm, đã giải quyết {N} hồ sơ, trong đó đúng hạn {n} hồ sơ." },
  { near: FILES, position: EITHER, sentence: "Tổng số hồ sơ tiếp nhận từ đầu năm đến nay là {N} hồ sơ." },
  { near: FILES, position: EITHER, unless: WHOLE_YEAR, sentence: "Cộng dồn từ đầu năm, tỷ lệ hồ sơ giải quyết đúng hạn đạt {p}%." },
  { near: RECEPTION, position: EITHER, sentence: "Lũy kế từ đầu năm tiếp {n} lượt với {n} người, {n} đoàn đông người." },
  { near: RECEPTION, position: EITHER, sentence: "Tính từ đầu năm đến nay, lãnh đạo UBND tỉnh đã tiếp {n} lượt công dân." },
  { near: /khiếu nại|tố cáo|đơn/iu, position: EITHER, sentence: "Tính từ đầu năm đến nay đã nhận được {n} đơn thư khiếu nại, tố cáo." },
  { near: /giao ban|họp/iu, position: EITHER, sentence: "Từ đầu năm đến nay đã tổ chức {n} cuộc họp giao ban." },
  { near: /kiểm tra|giám sát/iu, position: EITHER, sentence: "Lũy kế từ đầu năm, đã kiểm tra {n} đơn vị." },
];

/**
 * The kinds that found wrong bindings when first run over the corpus (2026-12-03, wt-precision36): a place set apart
 * by «riêng», a contract ended «đối với» its people, an answer with no receiving said, both kinds in one description,
 * a proposal for more. The metamorphic test inserts them (tests/domain/import/metamorphic.test.ts).
 */
export const NEAR_MATCHES_FOUND: readonly Distractor[] = [
  NEAR_MATCHES["place"]![1]!,
  NEAR_MATCHES["place"]![2]!,
  NEAR_MATCHES["contracts"]![0]!,
  NEAR_MATCHES["answered"]![0]!,
  NEAR_MATCHES["both"]![1]!,
  NEAR_MATCHES["both"]![2]!,
  NEAR_MATCHES["requests"]![0]!,
  { near: FILES, sentence: "Hồ sơ tiếp nhận gồm: trực tuyến {N} hồ sơ, trực tiếp {n} hồ sơ." },
];
