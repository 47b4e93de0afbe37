/**
 * Metamorphic recognition (tests/support/metamorphic): a corpus document rewritten in a way that keeps every figure
 * true (number styles, bullet marks, connectives, capitals, PDF wrapping, paragraph order, distractor sentences about
 * the plan, the previous period, another unit) must bind nothing wrong, and lose no more figures than measured. Here
 * each transform runs on a few documents chosen by a seeded draw (METAMORPHIC_SEED picks another set), and every
 * document under one of the thousands styles; the full matrix, with its table, is `npm run metamorphic`
 * (scripts/metamorphic.ts).
 */
import { metamorphicSuite } from "../../support/metamorphicSuite";

// Part 1 of 4 (tests/support/metamorphicSuite.ts deals the corpus over the files so that jest runs them side by side).
metamorphicSuite(0);
