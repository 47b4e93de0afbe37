/** An in-memory WordGateway for store and UI tests: a list of controls and a stored XML string. */
import {
  GatewayError,
  type BindOutcome,
  type ControlInfo,
  type DocumentRead,
  type FigureAddress,
  type NewControl,
  type NewReport,
  type SelectionChoice,
  type TextRead,
  type TrackingMode,
  type WordGateway,
  type WritePlan,
} from "../../src/office/gateway";

export interface FakeGateway extends WordGateway {
  controls: ControlInfo[];
  /** The document's paragraphs as text, for readText and bindFigures (controls are not placed in them). */
  paragraphs: string[];
  storedXml: string | null;
  inserted: NewControl[];
  /** The reports insertReport received; the fake then holds one control per `w:tag` found in the package. */
  reports: NewReport[];
  syncs: number;
  failNext: Error | null;
  /** The selected text for insertNearSelection ("" for a cursor); a bound selection becomes the control's text. */
  selection: string;
  /** What Word's changeTrackingMode reads. */
  trackingMode: TrackingMode;
  /** The paragraph around a control, by its id, for placesAround (default: the control's own text). */
  placeParagraphs: Map<number, string>;
}

export function createFakeGateway(controls: Array<Omit<ControlInfo, "id" | "title"> & { title?: string }> = []): FakeGateway {
  let nextId = 1;
  const fake: FakeGateway = {
    controls: controls.map((c) => ({ id: nextId++, title: c.title ?? c.tag, ...c })),
    paragraphs: [],
    storedXml: null,
    inserted: [],
    reports: [],
    syncs: 0,
    failNext: null,
    selection: "",
    trackingMode: "off",
    placeParagraphs: new Map(),
    async loadStored() {
      fake.syncs += 1;
      return fake.storedXml;
    },
    async readAll() {
      takeFailure();
      fake.syncs += fake.storedXml === null ? 1 : 2;
      const controls = fake.controls.map((c) => ({ ...c }));
      return { controls, tagged: controls.map((c) => ({ ...c })), trackingMode: "off" as const, storedXml: fake.storedXml, syncs: fake.storedXml === null ? 1 : 2 };
    },
    async read(): Promise<DocumentRead> {
      takeFailure();
      fake.syncs += 1;
      return { controls: fake.controls.map((c) => ({ ...c })), trackingMode: fake.trackingMode };
    },
    async placesAround(tag: string) {
      takeFailure();
      fake.syncs += 2;
      // The fake has no paragraphs around its controls: each control is its own paragraph unless `placeParagraphs` says.
      return fake.controls.filter((c) => c.tag === tag).map((c) => ({ text: c.text, paragraph: fake.placeParagraphs.get(c.id) ?? c.text }));
    },
    async readTrackingMode() {
      takeFailure();
      fake.syncs += 1;
      return fake.trackingMode;
    },
    async insertNearSelection(control, decide: (selected: string) => SelectionChoice) {
      takeFailure();
      fake.syncs += 1;
      const selected = fake.selection;
      const choice = selected === "" ? "insert" : decide(selected);
      if (choice === "ask") return { kind: "asked" as const, selected };
      fake.syncs += 1;
      const text = choice === "bind" ? selected : control.text;
      fake.inserted.push({ ...control, text });
      fake.controls.push({ id: nextId++, ...control, text });
      fake.selection = "";
      return { kind: choice === "bind" ? ("bound" as const) : selected === "" ? ("inserted" as const) : ("insertedAfter" as const), selected };
    },
    async insertAtSelection(control) {
      takeFailure();
      fake.syncs += 2;
      fake.inserted.push(control);
      fake.controls.push({ id: nextId++, ...control });
    },
    async update(plan: (read: DocumentRead) => WritePlan) {
      fake.syncs += 1;
      const decided = plan({ controls: fake.controls.map((c) => ({ ...c })), trackingMode: fake.trackingMode });
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
    // Authoring is tested against the Word simulation (tests/taskpane/authoring*.test.ts), which counts real syncs.
    authoring: () => Promise.reject(new Error("The fake gateway has no selection: use the Word simulation.")),
    async readText(): Promise<TextRead> {
      takeFailure();
      fake.syncs += 1;
      return { paragraphs: [...fake.paragraphs], controls: fake.controls.map((c) => ({ ...c })) };
    },
    async bindFigures(plan: (read: TextRead) => FigureAddress[] | null, stored?: (bound: readonly FigureAddress[]) => string | null): Promise<BindOutcome> {
      fake.syncs += 1;
      const addresses = plan({ paragraphs: [...fake.paragraphs], controls: fake.controls.map((c) => ({ ...c })) });
      if (addresses === null) return { bound: [], unconfirmed: [], blocked: [], controls: fake.controls.map((c) => ({ ...c })), syncs: 1 };
      takeFailure();
      fake.syncs += 2;
      const bound: FigureAddress[] = [];
      const unconfirmed: FigureAddress[] = [];
      for (const address of addresses) {
        const text = fake.paragraphs[address.paragraph] ?? "";
        const once = text.indexOf(address.context) !== -1 && text.indexOf(address.context) === text.lastIndexOf(address.context);
        if (!once) {
          unconfirmed.push(address);
          continue;
        }
        bound.push(address);
        fake.controls.push({ id: nextId++, tag: address.tag, title: address.title, text: address.figure });
      }
      fake.storedXml = stored?.(bound) ?? fake.storedXml;
      return { bound, unconfirmed, blocked: [], controls: fake.controls.map((c) => ({ ...c })), syncs: 3 };
    },
    async showFigure(address: FigureAddress) {
      takeFailure();
      fake.syncs += 2;
      fake.selection = address.figure;
      return { syncs: 2 };
    },
    async bindSelection(control, accept, stored) {
      takeFailure();
      fake.syncs += 1;
      const refusal = accept(fake.selection);
      if (refusal !== null) throw new GatewayError(refusal, "failed");
      fake.syncs += 1;
      const text = fake.selection.trim();
      fake.controls.push({ id: nextId++, tag: control.tag, title: control.title, text });
      fake.storedXml = stored?.() ?? fake.storedXml;
      return { text, controls: fake.controls.map((c) => ({ ...c })), syncs: 2 };
    },
    async unbindField(tag: string, stored?: () => string | null) {
      takeFailure();
      fake.syncs += 2;
      const before = fake.controls.length;
      fake.controls = fake.controls.filter((c) => c.tag !== tag);
      fake.storedXml = stored?.() ?? fake.storedXml;
      return { controls: fake.controls.map((c) => ({ ...c })), removed: before - fake.controls.length, syncs: 2 };
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
