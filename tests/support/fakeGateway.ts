/** An in-memory WordGateway for store and UI tests: a list of controls and a stored XML string. */
import { GatewayError, type ControlInfo, type DocumentRead, type NewControl, type NewReport, type WordGateway, type WritePlan } from "../../src/office/gateway";

export interface FakeGateway extends WordGateway {
  controls: ControlInfo[];
  storedXml: string | null;
  inserted: NewControl[];
  /** The reports insertReport received; the fake then holds one control per `w:tag` found in the package. */
  reports: NewReport[];
  syncs: number;
  failNext: Error | null;
}

export function createFakeGateway(controls: Array<Omit<ControlInfo, "id" | "title"> & { title?: string }> = []): FakeGateway {
  let nextId = 1;
  const fake: FakeGateway = {
    controls: controls.map((c) => ({ id: nextId++, title: c.title ?? c.tag, ...c })),
    storedXml: null,
    inserted: [],
    reports: [],
    syncs: 0,
    failNext: null,
    async loadStored() {
      fake.syncs += 1;
      return fake.storedXml;
    },
    async read(): Promise<DocumentRead> {
      takeFailure();
      fake.syncs += 1;
      return { controls: fake.controls.map((c) => ({ ...c })), trackingMode: "off" };
    },
    async insertAtSelection(control) {
      takeFailure();
      fake.syncs += 2;
      fake.inserted.push(control);
      fake.controls.push({ id: nextId++, ...control });
    },
    async update(plan: (read: DocumentRead) => WritePlan) {
      fake.syncs += 1;
      const decided = plan({ controls: fake.controls.map((c) => ({ ...c })), trackingMode: "off" });
      takeFailure();
      fake.syncs += 1;
      for (const control of fake.controls) {
        const text = decided.texts.get(control.id);
        if (text !== undefined) control.text = text;
      }
      if (decided.storedXml !== null) fake.storedXml = decided.storedXml;
      return { written: decided.texts.size, syncs: 2 };
    },
    async insertReport(report, { replace }) {
      takeFailure();
      fake.syncs += 1;
      if (!replace && fake.controls.length > 0) throw new GatewayError("Văn bản đang có nội dung.", "notEmpty");
      fake.syncs += 1;
      fake.reports.push(report);
      fake.controls = [...report.ooxml.matchAll(/<w:alias w:val="([^"]*)"\/><w:tag w:val="([^"]*)"\/>/g)].map(([, title = "", tag = ""]) => ({ id: nextId++, tag, title, text: "…" }));
      if (report.storedXml !== null) fake.storedXml = report.storedXml;
      return { controls: fake.controls.map((c) => ({ ...c })), trackingMode: "off", syncs: 2, pageApplied: false };
    },
    async listTrackedChanges() {
      fake.syncs += 2;
      return [];
    },
    async resolveTrackedChanges() {
      fake.syncs += 2;
    },
  };
  function takeFailure() {
    const failure = fake.failNext;
    fake.failNext = null;
    if (failure) throw failure;
  }
  return fake;
}
