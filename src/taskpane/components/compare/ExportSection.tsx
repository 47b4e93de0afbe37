import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { ComparedState } from "../../../domain/comparison/earlier";
import { download } from "../../download";

/** Every figure of every period as data: .xlsx for people, CSV (UTF-8 with BOM) for systems. Loaded on first use. */
export function ExportSection({ state }: { state: ComparedState }) {
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: "xlsx" | "csv") => {
    setError(null);
    try {
      const { exportTable, exportFileName, toCsv } = await import(/* webpackChunkName: "compare-export" */ "../../../domain/comparison/exportTable");
      const table = exportTable(state);
      const name = exportFileName(state.period);
      if (kind === "csv") return download(`${name}.csv`, new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }));
      const { toXlsx } = await import(/* webpackChunkName: "compare-xlsx" */ "../../../domain/comparison/xlsx");
      download(`${name}.xlsx`, await toXlsx(table, "Số liệu"));
    } catch (cause) {
      setError(`Chưa xuất được tệp: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };
  return (
    <section aria-labelledby="cmp-export-title" className="cmp-block">
      <h2 id="cmp-export-title" className="cmp-h2">Xuất số liệu các kỳ</h2>
      <p className="cmp-note">Mỗi số liệu một dòng: mục, tên, đơn vị, một cột cho mỗi kỳ văn bản đang lưu, và mức thay đổi.</p>
      <div className="actions">
        <Button onClick={() => void run("xlsx")}>Tải tệp Excel (.xlsx)</Button>
        <Button onClick={() => void run("csv")}>Tải tệp CSV</Button>
      </div>
      {error && <p role="alert" className="cmp-error">{error}</p>}
    </section>
  );
}
