import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck,
    type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationOptions,
} from 'langium';
import { flatAst } from './flat-ast-cache.js';
import { YIELD_EVERY } from './yield-every.js';

/**
 * Runs the registered checks on every node like DefaultDocumentValidator, over the shared
 * flat walk, with each node type's checks looked up once per document, and awaiting only
 * checks that return a promise (see SlaValidationRegistry): Langium awaits every check.
 */
export class SlaDocumentValidator extends DefaultDocumentValidator {
    protected override async validateAstNodes(
        rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
    ): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const { nodes, subtreeEnd } = flatAst(rootNode);
        const checksOf = new Map<string, ValidationCheck[]>();
        let visited = 0;
        for (let i = 0; i < nodes.length;) {
            if (visited++ % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            const node = nodes[i];
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksOf.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksOf.set(node.$type, checks);
                }
                // An index loop: for-of here allocated an iterator result per check (inside an
                // async function V8 did not optimise them away).
                for (let c = 0; c < checks.length; c++) {
                    const pending = checks[c](node, acceptor, cancelToken);
                    if (pending) await pending;
                }
            }
            i = nodeOptions.validateChildren ? i + 1 : subtreeEnd[i];
        }
    }
}
