/**
 * Which model element each AST node became: hovers, code lenses, inlay hints and checks
 * start from a node under the cursor or being validated and need its element. Filled by
 * the builder as it builds, so it holds exactly the nodes that gave an element.
 */
import type { AstNode } from 'langium';
import type {
    CalendarModel, ClockModel, CompensationBand, PriorityModel, RemedyGroupModel, RemedyModel, ScenarioModel, ServiceModel,
} from './types.js';

/** The element type per AST node type. */
export interface NodeElements {
    Calendar: CalendarModel;
    Priority: PriorityModel;
    Clock: ClockModel;
    Remedies: RemedyGroupModel;
    Compensation: RemedyModel;
    Warning: RemedyModel;
    ImprovementProposal: RemedyModel;
    TerminationRight: RemedyModel;
    Credit: RemedyModel;
    Band: CompensationBand;
    Scenario: ScenarioModel;
    Service: ServiceModel;
}

type Tracked = AstNode & { readonly $type: keyof NodeElements };

export class ModelNodes {
    // Keyed by the nodes of one AST, which the model's owner keeps alive as long as the model.
    private readonly elements = new Map<AstNode, unknown>();

    set<N extends Tracked>(node: N, element: NodeElements[N['$type']]): void {
        this.elements.set(node, element);
    }

    get<N extends Tracked>(node: N): NodeElements[N['$type']] | undefined {
        return this.elements.get(node) as NodeElements[N['$type']] | undefined;
    }
}
