/**
 * What «Tự kiểm tra» needs besides the store: Word's own `run` (the checks set up and inspect the document through
 * the Word API, not only through the gateway), the requirement-set test, and what Word says about itself. Each
 * entry point provides it: Word's Office.js in taskpane/index.tsx, the simulation in preview/index.tsx.
 */
import { createContext } from "react";
import type { SupportsWordApi, WordRun } from "../office/gateway";
import type { HostInfo } from "../office/selfCheck/report";

export interface SelfCheckHost {
  run: WordRun;
  supports: SupportsWordApi;
  info(): HostInfo;
}

export const SelfCheckHostContext = createContext<SelfCheckHost | null>(null);
