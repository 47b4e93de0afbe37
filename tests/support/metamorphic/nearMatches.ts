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
