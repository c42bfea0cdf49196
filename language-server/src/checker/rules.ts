/** Imports every model rule file once, so registering the checker registers them all. */
export {};
