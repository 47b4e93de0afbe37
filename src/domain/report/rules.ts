import type { Rule } from "../types";
import { tag } from "./build";

const sum = (id: string, total: string, parts: string[]): Rule => ({
  id, kind: "sum", total: tag(total), parts: parts.map(tag), severity: "error",
});
const atMost = (id: string, small: string, big: string | string[], severity: Rule["severity"] = "error"): Rule => ({
  id, kind: "atMost", small: tag(small), big: Array.isArray(big) ? big.map(tag) : tag(big), severity,
});

/**
 * The arithmetic between typed figures. Percentages and list counts are computed, so their consistency is not a rule
 * here: the document check compares what the document says with what the figures give.
 */
export const RULES: Rule[] = [
  atMost("bienChe.congChuc", "bienChe.congChucThucHien", "bienChe.congChucGiao"),
  atMost("bienChe.suNghiep", "bienChe.suNghiepThucHien", "bienChe.suNghiepGiao"),
  atMost("kiemTra.donVi", "kiemTra.soDonVi", ["toChuc.so", "donViSuNghiep.so"], "warning"),
  atMost("ksthc.nhomNhiemVu", "ksthc.soNhom", "ksthc.soNhiemVu", "warning"),

  sum("motCuaVp.tong", "motCuaVp.tiepNhan", ["motCuaVp.daGiaiQuyet", "motCuaVp.dangGiaiQuyet"]),
  sum("motCuaVp.daGiaiQuyetTong", "motCuaVp.daGiaiQuyet", ["motCuaVp.traSom", "motCuaVp.dungHan"]),
  atMost("motCuaVp.giaiQuyetNhan", "motCuaVp.daGiaiQuyet", "motCuaVp.tiepNhan"),

  sum("hcc.daGiaiQuyetTong", "hcc.daGiaiQuyet", ["hcc.truocHan", "hcc.dungHan", "hcc.rutTraLai"]),
  sum("hcc.tong", "hcc.tiepNhan", ["hcc.daGiaiQuyet", "hcc.treHan", "hcc.dangGiaiQuyet"]),
  atMost("hcc.giaiQuyetNhan", "hcc.daGiaiQuyet", "hcc.tiepNhan"),
  { id: "hcc.kySoLieu", kind: "cutoff", start: tag("hcc.tuNgay"), end: tag("hcc.denNgay"), severity: "warning" },
];
