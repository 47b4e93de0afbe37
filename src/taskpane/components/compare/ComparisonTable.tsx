import { Fragment } from "react";
import { bySection, type Change, type ComparisonRow } from "../../../domain/comparison/compare";
import { showValue, signed, signedPercent } from "./format";

export type Basis = "previous" | "lastYear";

interface Props {
  rows: readonly ComparisonRow[];
  basis: Basis;
  grouped: boolean;
  beforeName: string;
  nowName: string;
}

/**
 * Kỳ trước | kỳ này | ± | ±%, grouped by section (or one list by largest change). Unchanged and unknown figures say
 * so in words across the change columns: a missing figure is never shown as 0. It is also the chart's text alternative.
 */
export function ComparisonTable({ rows, basis, grouped, beforeName, nowName }: Props) {
  const groups = grouped ? bySection(rows) : [{ section: null, rows: [...rows] }];
  return (
    <table className="cmp-table" id="bang-so-sanh" aria-label={`So sánh ${nowName} với ${beforeName}`}>
      <thead>
        <tr>
          <th scope="col">Số liệu</th>
          <th scope="col" className="num">{beforeName}</th>
          <th scope="col" className="num">{nowName}</th>
          <th scope="col" className="num" aria-sort={grouped ? undefined : "descending"}>±</th>
          <th scope="col" className="num">±%</th>
        </tr>
      </thead>
      <tbody>
        {groups.map(({ section, rows: list }) => (
          <Fragment key={section?.id ?? "all"}>
            {section && (
              <tr className="cmp-section">
                <th scope="colgroup" colSpan={5}>{`${section.number} ${section.title}`.trim()}</th>
              </tr>
            )}
            {list.map((row) => (
              <Row key={row.id} row={row} basis={basis} showSection={!grouped} />
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function Row({ row, basis, showSection }: { row: ComparisonRow; basis: Basis; showSection: boolean }) {
  const before = basis === "previous" ? row.previous : row.lastYear;
  const change: Change = basis === "previous" ? row : row.yearChange;
  return (
    <tr data-field={row.id} data-status={change.status}>
      <th scope="row">
        {row.label}
        {showSection && <span className="cmp-where">{row.section.number || row.section.title}</span>}
      </th>
      <td className="num">{before === null ? <span className="cmp-none">chưa có</span> : showValue(row, before)}</td>
      <td className="num">{row.current === null ? <span className="cmp-none">chưa có</span> : showValue(row, row.current)}</td>
      <ChangeCells row={row} change={change} />
    </tr>
  );
}

function ChangeCells({ row, change }: { row: ComparisonRow; change: Change }) {
  if (change.status === "unknown") {
    return <td colSpan={2} className="cmp-none cmp-words">chưa so được</td>;
  }
  if (change.status === "same") {
    return <td colSpan={2} className="cmp-same cmp-words">không đổi</td>;
  }
  const arrow = change.status === "up" ? "▲" : "▼";
  return (
    <>
      <td className={`num cmp-${change.status}`}>
        <span aria-hidden="true">{arrow} </span>
        {signed(change.change!)}
        {row.kind === "percent" ? " điểm" : ""}
      </td>
      <td className={`num cmp-${change.status}`}>{change.changePercent === null ? <span className="cmp-none">từ 0</span> : signedPercent(change.changePercent)}</td>
    </>
  );
}
