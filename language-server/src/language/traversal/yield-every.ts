/**
 * How many nodes (or references) a build phase handles between two calls of interruptAndCheck. Langium
 * calls it for every node; it only yields to the event loop once 10 ms have passed, so
 * checking every 64 items (well under a millisecond of work) keeps cancellation as prompt
 * while saving a promise per node.
 */
export const YIELD_EVERY = 64;
