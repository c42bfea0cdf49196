import type { AstNode } from 'langium';
import { flattenAst, type FlatAst } from './ast-walk.js';

/**
 * The flat walk of each document root, made once and shared by the build phases.
 * Keyed weakly by the root: Langium parses a changed document into a new root, and the
 * parser is the only thing that adds or removes nodes, so a root's walk never goes stale.
 */
const walks = new WeakMap<AstNode, FlatAst>();

/** Keeps the walk the parser made while linking containers (SlaLangiumParser). */
export function rememberFlatAst(root: AstNode, walk: FlatAst): void {
    walks.set(root, walk);
}

export function flatAst(root: AstNode): FlatAst {
    let walk = walks.get(root);
    if (!walk) {
        walk = flattenAst(root);
        walks.set(root, walk);
    }
    return walk;
}
