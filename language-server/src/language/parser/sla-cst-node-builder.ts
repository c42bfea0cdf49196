import { CstNodeBuilder, createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';

type HiddenTokens = Parameters<CstNodeBuilder['addHiddenNodes']>[0];

/**
 * Langium's parser calls `addHiddenNodes` before every consumed token, usually with no
 * comments to add. With none, Langium 4.2 still walks up the CST searching an insertion
 * point and splices an empty list into a CST container (an Array subclass, so each splice
 * also constructs a throw-away container). On a 5,000-line contract that was a quarter of
 * the parse time. Adding nothing changes nothing, so this builder returns at once.
 */
export class SlaCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: HiddenTokens): void {
        if (tokens.length > 0) super.addHiddenNodes(tokens);
    }
}

/**
 * Puts the faster node builder into a parser built by Langium. The builder is a private
 * field of LangiumParser (pinned to 4.2.1 in package.json); the parse-output test fails if
 * a Langium upgrade renames it.
 */
export function withSlaCstNodeBuilder(parser: LangiumParser): LangiumParser {
    const fields = parser as unknown as { nodeBuilder?: CstNodeBuilder };
    if (!(fields.nodeBuilder instanceof CstNodeBuilder)) {
        throw new Error('LangiumParser has no nodeBuilder field: check the Langium version');
    }
    fields.nodeBuilder = new SlaCstNodeBuilder();
    return parser;
}

export function createSlaParser(services: LangiumCoreServices): LangiumParser {
    return withSlaCstNodeBuilder(createLangiumParser(services));
}
