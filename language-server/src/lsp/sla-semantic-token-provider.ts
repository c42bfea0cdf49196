/**
 * Semantic highlighting of what a contract writer scans for: the contract's own names
 * (priorities, calendars, fees, change classes; definitions and references), quantities
 * with their units, percentages, times, dates and months, and article tags.
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

const NAME_TYPE = {
    Priority: SemanticTokenTypes.enumMember,
    Calendar: SemanticTokenTypes.class,
    Fee: SemanticTokenTypes.variable,
    ChangeClass: SemanticTokenTypes.enumMember,
} as const;

/** Cross-reference properties and the kind of name they point to. */
const REFERENCES: Array<[string, string, keyof typeof NAME_TYPE]> = [
    ['Clock', 'sameDayCalendar', 'Calendar'], ['ClockCondition', 'calendar', 'Calendar'], ['Duration', 'calendar', 'Calendar'],
    ['MeasuredDuring', 'calendar', 'Calendar'], ['SurchargeBand', 'holidaysOf', 'Calendar'], ['SurchargeBand', 'outside', 'Calendar'],
    ['Compliance', 'priorities', 'Priority'], ['ScenarioIncident', 'priority', 'Priority'],
    ['Band', 'fee', 'Fee'], ['Surcharges', 'fee', 'Fee'],
];

/** Properties holding times of day, dates or months. */
const MOMENTS: Record<string, string[]> = {
    TimeRange: ['from', 'to'], Moment: ['date', 'time'], ContractDate: ['value'], ClosedOn: ['from', 'to', 'fromTime', 'toTime'],
    Scenario: ['from', 'to'], Expectation: ['period'], YearlyClosing: ['day', 'fromTime', 'toTime'], OpenOn: ['date'],
    Season: ['fromDay', 'toDay'],
};

export class SlaSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const anyNode = node as AstNode & Record<string, unknown>;
        const type = NAME_TYPE[node.$type as keyof typeof NAME_TYPE];
        if (type && typeof anyNode.name === 'string') {
            acceptor({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
        for (const [container, property, target] of REFERENCES) {
            if (node.$type !== container || anyNode[property] === undefined) continue;
            const value = anyNode[property];
            const count = Array.isArray(value) ? value.length : 1;
            for (let i = 0; i < count; i++) acceptor({ node, property: property as never, index: Array.isArray(value) ? i : undefined, type: NAME_TYPE[target] });
        }
        if (ast.isDuration(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
            if (node.unit) acceptor({ node, property: 'unit', type: SemanticTokenTypes.number });
        } else if (ast.isPercentage(node) && node.$cstNode) {
            acceptor({ cst: node.$cstNode, type: SemanticTokenTypes.number });
        }
        for (const property of MOMENTS[node.$type] ?? []) {
            if (anyNode[property] !== undefined) acceptor({ node, property: property as never, type: SemanticTokenTypes.number });
        }
        if (typeof anyNode.article === 'string') {
            acceptor({ node, property: 'article' as never, type: SemanticTokenTypes.decorator });
        }
    }
}
