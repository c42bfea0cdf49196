/**
 * What the Test Explorer shows for a scenario run: per `expect` line passed or failed with
 * the message, expected and actual; per scenario the events the engine could not read.
 * No vscode import (the controller turns these into TestMessages).
 */
import type { ScenarioOutcome } from '../../../language-server/src/protocol/sla-protocol.js';

export interface ExpectVerdict {
    /** 1-based line of the `expect`. */
    line: number;
    passed: boolean;
    /** "expect response met for incident 1", as written in words. */
    expected: string;
    /** What the run gave, e.g. "response of incident 1 was missed (due …)". */
    actual: string;
    /** One line for the failure peek. */
    message: string;
}

export interface ScenarioVerdict {
    state: 'passed' | 'failed' | 'errored';
    /** Events left out of the run (errored), or the count of failed expectations. */
    messages: string[];
    expects: ExpectVerdict[];
}

export function scenarioVerdict(o: ScenarioOutcome): ScenarioVerdict {
    const expects = o.expectations.map((x) => ({
        line: x.line,
        passed: x.passed,
        expected: `expect ${x.expect}`,
        actual: x.actual,
        message: x.passed ? `expect ${x.expect}: ${x.actual}` : `Expected ${x.expect}, but ${x.actual}.`,
    }));
    const failed = expects.filter((x) => !x.passed).length;
    if (o.errors.length > 0) {
        return { state: 'errored', messages: o.errors.map((e) => `Event ${e.event} was left out of the run: ${e.message}`), expects };
    }
    if (failed > 0) {
        return { state: 'failed', messages: [`${failed} of ${expects.length} expectation(s) of "${o.scenario}" failed.`], expects };
    }
    return { state: 'passed', messages: [], expects };
}
