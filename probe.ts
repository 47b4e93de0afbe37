import { recognizeFigures } from "./src/domain/import/recognize";
import { REPORT } from "./tests/support/forms";
const texts = [
 "III. THỰC HIỆN DÂN CHỦ\n3. Đối thoại\nNgày 19/8/2026 Giám đốc Sở đối thoại với công chức, viên chức, người lao động; nhận 06 ý kiến, đã trả lời tại hội nghị 05, 01 ý kiến giao Văn phòng Sở nghiên cứu.\n",
 "III. THỰC HIỆN DÂN CHỦ\n3. Đối thoại\nVăn phòng tổ chức hội nghị đối thoại với công chức; nhận được 08 ý kiến, đã trả lời tại hội nghị 06 ý kiến, 02 ý kiến trả lời bằng văn bản.\n",
 "III. THỰC HIỆN DÂN CHỦ\n3. Đối thoại\nVăn phòng tổ chức hội nghị đối thoại với công chức; tại hội nghị đã trả lời 06 ý kiến, nhận 08 ý kiến, 02 ý kiến trả lời bằng văn bản.\n",
];
for (const t of texts) { const r = recognizeFigures(t, REPORT).get("bcdc:doiThoai.soYKien"); console.log(r?.state, r?.state === "bound" ? r.occurrences.map((o) => o.text) : ""); }
