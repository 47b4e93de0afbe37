/** Part 3 of the metamorphic suite: tests/domain/import/metamorphic.test.ts says what it holds. */
import { metamorphicSuite } from "../../support/metamorphicSuite";

metamorphicSuite(2);
