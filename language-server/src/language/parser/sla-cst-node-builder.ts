import { CstNodeBuilder, LeafCstNodeImpl, type GrammarAST, type LeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

type Token = Parameters<CstNodeBuilder['buildLeafNode']>[0];
type HiddenTokens = Parameters<CstNodeBuilder['addHiddenNodes']>[0];

/**
 * A CST leaf that keeps its token's line and column numbers and makes the LSP range
 * object only when asked. Langium makes three range objects for every token while
 * parsing; most are never read (the checker reads offsets), and on a 5,000-line contract
 * they are 90,000 objects that outlive the parse and so cost the garbage collector twice.
 */
class SlaLeafCstNode extends LeafCstNodeImpl {
    private lazyRange: Range | undefined;
    private readonly startLine: number;
    private readonly startCharacter: number;
    private readonly endLine: number;
    private readonly endCharacter: number;

    constructor(token: Token, hidden: boolean) {
        super(token.startOffset, token.image.length, undefined as unknown as Range, token.tokenType, hidden);
        // Chevrotain counts from 1 and gives an inclusive end column: the LSP counts from 0
        // with an exclusive end, as Langium's tokenToRange converts.
        this.startLine = (token.startLine ?? 1) - 1;
        this.startCharacter = (token.startColumn ?? 1) - 1;
        this.endLine = (token.endLine ?? 1) - 1;
        this.endCharacter = token.endColumn ?? 0;
    }

    override get range(): Range {
        return this.lazyRange ??= {
            start: { character: this.startCharacter, line: this.startLine },
            end: { character: this.endCharacter, line: this.endLine },
        };
    }
}

/**
 * Langium's CST builder with two savings, both leaving the CST as Langium builds it:
 * - leaves make their range on demand (SlaLeafCstNode) and are added without the
 *   container's variadic push;
 * - Langium calls `addHiddenNodes` before every consumed token, usually with no comments
 *   to add. With none, Langium 4.2 still walks up the CST searching an insertion point
 *   and splices an empty list into a CST container (an Array subclass, so each splice
 *   also constructs a throw-away container): a fifth of the parse time of a large
 *   contract. Adding nothing changes nothing, so this builder returns at once.
 */
export class SlaCstNodeBuilder extends CstNodeBuilder {
    override buildLeafNode(token: Token, feature?: GrammarAST.AbstractElement): LeafCstNode {
        const current = this.current;
        const leaf = new SlaLeafCstNode(token, !feature);
        leaf.grammarSource = feature;
        leaf.root = current.root;
        // What the container's own push does (it sets each item's container), without its
        // rest parameters and spread: this runs once per token.
        leaf.container = current;
        Array.prototype.push.call(current.content, leaf);
        return leaf;
    }

    override addHiddenNodes(tokens: HiddenTokens): void {
        if (tokens.length > 0) super.addHiddenNodes(tokens);
    }
}
