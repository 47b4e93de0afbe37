/** An in-memory WordGateway for store and UI tests: a list of controls and a stored XML string. */
import type { ControlInfo, DocumentRead, NewControl, WordGateway, WritePlan } from "../../src/office/gateway";

export interface FakeGateway extends WordGateway {
  controls: ControlInfo[];
  storedXml: string | null;
  inserted: NewControl[];
  syncs: number;
  failNext: Error | null;
}

export function createFakeGateway(controls: Array<Omit<ControlInfo, "id" | "title"> & { title?: string }> = []): FakeGateway {
  let nextId = 1;
  const fake: FakeGateway = {
    controls: controls.map((c) => ({ id: nextId++, title: c.title ?? c.tag, ...c })),
    storedXml: null,
    inserted: [],
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
