/** Part 2 of the pane-reach suite: tests/domain/import/paneReach.test.ts says what it holds. */
import { paneReachSuite } from "../../support/paneReachSuite";

paneReachSuite(1);
