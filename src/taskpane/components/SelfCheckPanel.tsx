import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text, Textarea } from "@fluentui/react-components";
import { useContext, useRef, useState } from "react";
import type { CheckResult, CheckStatus, SelfCheckRun } from "../../office/selfCheck/runSelfCheck";
import { SelfCheckHostContext } from "../selfCheckHost";

const BADGE: Record<CheckStatus, { label: string; color: "success" | "danger" | "informative" }> = {
  pass: { label: "Đạt", color: "success" },
  fail: { label: "Lỗi", color: "danger" },
  skipped: { label: "Bỏ qua", color: "informative" },
};

/**
 * «Tự kiểm tra», for whoever deploys the add-in: runs the gateway's contract checks (src/office/selfCheck) on this
 * very Word, in an empty document that it leaves empty, and gives a report to copy. The checks load on first use.
 */
export default function SelfCheckPanel() {
  const host = useContext(SelfCheckHostContext);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<CheckResult[]>([]);
  const [outcome, setOutcome] = useState<{ run: SelfCheckRun; report: string } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const reportRef = useRef<HTMLTextAreaElement>(null);

  if (!host) return <Text as="p">Không có Word để kiểm tra.</Text>;

  const start = async () => {
    setRunning(true);
    setResults([]);
    setOutcome(null);
    setCopied(null);
    try {
      const [{ runSelfCheck }, { selfCheckReport }] = await Promise.all([
        import("../../office/selfCheck/runSelfCheck"),
        import("../../office/selfCheck/report"),
      ]);
      const run = await runSelfCheck(host.run, host.supports, (result) => setResults((done) => [...done, result]));
      setOutcome({ run, report: selfCheckReport(host.info(), host.supports, run, new Date()) });
    } catch (error) {
      const run: SelfCheckRun = { refused: `Không chạy được: ${error instanceof Error ? error.message : String(error)}`, results: [], leftEmpty: false };
      setOutcome({ run, report: `Tự kiểm tra không chạy được: ${String(error)}` });
    } finally {
      setRunning(false);
    }
  };

  const copy = async () => {
    if (!outcome) return;
    try {
      await navigator.clipboard.writeText(outcome.report);
      setCopied("Đã sao chép báo cáo.");
    } catch (error) {
      // Some Office hosts refuse the clipboard to add-ins: select the text so Ctrl+C copies it.
      reportRef.current?.select();
      setCopied(`Không sao chép tự động được (${error instanceof Error ? error.name : "lỗi"}): đã chọn sẵn báo cáo, hãy bấm Ctrl+C.`);
    }
  };

  const failed = results.filter((r) => r.status === "fail").length;
  return (
    <section aria-label="Tự kiểm tra" className="panel">
      <Text as="p">
        Dành cho người cài đặt phần bổ trợ: chạy các phép kiểm tra trên chính Word này (đọc, chèn, cập nhật, theo dõi
        thay đổi, dữ liệu lưu trong văn bản, duyệt, báo cáo mới, nhận diện số liệu). Chỉ chạy trong một văn bản trống;
        xong sẽ để văn bản trống như cũ.
      </Text>
      <div className="actions">
        <Button appearance="primary" disabled={running} onClick={() => void start()}>
          Chạy tự kiểm tra
        </Button>
        {running && <Spinner size="tiny" label="Đang kiểm tra…" />}
      </div>
      {outcome?.run.refused && (
        <MessageBar intent="warning">
          <MessageBarBody>{outcome.run.refused}</MessageBarBody>
        </MessageBar>
      )}
      {results.length > 0 && (
        <ul aria-label="Kết quả tự kiểm tra" className="self-check-results">
          {results.map((r) => (
            <li key={r.id} data-status={r.status}>
              <Badge appearance="filled" color={BADGE[r.status].color}>
                {BADGE[r.status].label}
              </Badge>{" "}
              {r.title}
              {r.status !== "pass" && r.detail && <Text as="p" size={200}>{`${r.wordCode ? `${r.wordCode}: ` : ""}${r.detail}`}</Text>}
            </li>
          ))}
        </ul>
      )}
      {outcome && !outcome.run.refused && (
        <MessageBar intent={failed === 0 && outcome.run.leftEmpty ? "success" : "error"}>
          <MessageBarBody>
            {failed === 0 ? "Không có lỗi." : `${failed} phép kiểm tra lỗi.`}{" "}
            {outcome.run.leftEmpty ? "Văn bản đã trống lại như trước." : "Văn bản KHÔNG còn trống: hãy đóng mà không lưu."}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          <Textarea ref={reportRef} aria-label="Báo cáo tự kiểm tra" readOnly value={outcome.report} resize="vertical" rows={8} />
          <div className="actions">
            <Button onClick={() => void copy()}>Sao chép báo cáo</Button>
          </div>
          {copied && <Text as="p" role="status">{copied}</Text>}
        </>
      )}
    </section>
  );
}
