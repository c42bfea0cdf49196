/**
 * One flat walk of an AST, shared by parsing (container links), linking, indexing,
 * scoping and validation.
 *
 * Langium 4.2 walks the tree with lazy streams: for every node it builds a stream, an
 * iterator, a state object and an `Object.keys` array, and every step awaits a promise.
 * Linking, indexing and validating a 5,000-line contract walked 40,000 nodes four times
 * that way and spent more time walking than working. This walk visits the same nodes in
 * the same order (the node, then its properties in insertion order, arrays element by
 * element: streamAst's order) with plain loops.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

export interface FlatAst {
    /** Every node, the root first, in streamAst order. */
    readonly nodes: readonly AstNode[];
    /** For node i, the index just past its last descendant: skipping to it prunes the subtree. */
    readonly subtreeEnd: Int32Array;
    /** Every cross-reference, node by node in that order, each node's in streamReferences order. */
    readonly references: readonly ReferenceInfo[];
}

type Fields = Record<string, unknown>;

/** The flat walk of an AST whose nodes already know their containers. */
export function flattenAst(root: AstNode): FlatAst {
    return walk(root, false);
}

/**
 * The flat walk of a freshly parsed AST, setting each node's `$container`,
 * `$containerProperty` and (in arrays) `$containerIndex` on the way, as Langium's
 * linkContentToContainer does after parsing.
 */
export function linkAndFlatten(root: AstNode): FlatAst {
    return walk(root, true);
}

function walk(root: AstNode, linkContainers: boolean): FlatAst {
    const nodes: AstNode[] = [];
    const ends: number[] = [];
    const references: ReferenceInfo[] = [];
    const visit = (node: AstNode): void => {
        const index = nodes.length;
        nodes.push(node);
        ends.push(0);
        const fields = node as unknown as Fields;
        // Two passes over the properties: the node's own references first (as linking
        // handles a node before its children), then the children.
        for (const property in fields) {
            if (property.charCodeAt(0) === 36 /* $ */) continue;
            const value = fields[property];
            if (typeof value !== 'object' || value === null) continue;
            if (isReference(value) || isMultiReference(value)) {
                references.push({ reference: value, container: node, property });
            } else if (Array.isArray(value)) {
                for (let i = 0; i < value.length; i++) {
                    const element: unknown = value[i];
                    if (isReference(element) || isMultiReference(element)) {
                        references.push({ reference: element, container: node, property, index: i });
                    }
                }
            }
        }
        for (const property in fields) {
            if (property.charCodeAt(0) === 36 /* $ */) continue;
            const value = fields[property];
            if (typeof value !== 'object' || value === null) continue;
            if (Array.isArray(value)) {
                for (let i = 0; i < value.length; i++) {
                    const item: unknown = value[i];
                    if (!isAstNode(item)) continue;
                    if (linkContainers) {
                        const child = item as Mutable<AstNode>;
                        child.$container = node;
                        child.$containerProperty = property;
                        child.$containerIndex = i;
                    }
                    visit(item);
                }
            } else if (isAstNode(value)) {
                if (linkContainers) {
                    const child = value as Mutable<AstNode>;
                    child.$container = node;
                    child.$containerProperty = property;
                }
                visit(value);
            }
        }
        ends[index] = nodes.length;
    };
    visit(root);
    return { nodes, subtreeEnd: Int32Array.from(ends), references };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
