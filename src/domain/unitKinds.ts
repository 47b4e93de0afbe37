/**
 * The words a unit's name opens with («Phòng …», «Trung tâm …», «Nhà khách …»): in a list written as prose they tell
 * a second unit from the rest of one unit's name, «Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp» being one
 * centre, «Trung tâm Thông tin - Công báo và Nhà khách UBND tỉnh» two units. Read by the pane (fieldValues.ts) and by
 * recognition (import/meaning/listItems.ts) alike, so both count a list the same. «UBND», «Sở» and «Ủy ban» are no
 * kinds here: «Văn phòng HĐND và UBND xã» is one office.
 */
export const UNIT_KIND =
  "(?:Văn phòng|Phòng|P\\.|Trung tâm|Ban|Chi cục|Cục|Thanh tra|Nhà|Bộ phận|Đội|Trạm|Hạt|Bảo tàng|Thư viện|Đoàn|Học viện|Viện|Trường|Tổ|Hội đồng|Quỹ|Đài|Báo|Tạp chí|Bệnh viện|Chi nhánh|Cơ quan|Đơn vị|Công ty|Vườn quốc gia|Khu|Kho|Cảng|Ký túc xá|Xí nghiệp|Cổng)(?![\\p{L}\\p{M}])";
