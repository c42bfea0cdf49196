import {
    CstNodeBuilder, LangiumParser, createParser,
    type AstNode, type LangiumCoreServices, type Lexer, type LexerResult, type ParseResult, type ParserOptions,
} from 'langium';
import { SlaCstNodeBuilder } from './sla-cst-node-builder.js';
import { defineSlaParserRules } from './sla-parser-builder.js';
import { linkAndFlatten } from '../traversal/ast-walk.js';
import { rememberFlatAst } from '../traversal/flat-ast-cache.js';

/** The parts of Langium 4.2.1's LangiumParser that `parse` uses; private there, so typed here. */
interface ParserInternals {
    nodeBuilder: CstNodeBuilder;
    lexer: Lexer;
    lexerResult?: LexerResult;
    wrapper: { input: unknown[]; errors: ParseResult['parserErrors'] };
    allRules: Map<string, unknown>;
    mainRule: unknown;
    unorderedGroups: Map<string, boolean[]>;
    doParse(rule: unknown): AstNode;
}

/**
 * LangiumParser with SlaCstNodeBuilder as its CST builder, and one change at the end of
 * `parse`: Langium links every node to its container with Object.entries and a closure
 * per node (10 of the 50 MB a 5,000-line contract allocates while parsing). Here one
 * walk with plain loops sets the same `$container`, `$containerProperty` and
 * `$containerIndex`, and also makes the flat node and reference lists the later build
 * phases share. The rest follows Langium's `parse`
 * step for step; a test compares the CST and AST with Langium's own parser.
 */
export class SlaLangiumParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        const self = this as unknown as ParserInternals;
        // A private field (Langium is pinned to 4.2.1): fail loudly if an upgrade renames it.
        if (!(self.nodeBuilder instanceof CstNodeBuilder)) {
            throw new Error('LangiumParser has no nodeBuilder field: check the Langium version');
        }
        self.nodeBuilder = new SlaCstNodeBuilder();
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const self = this as unknown as ParserInternals;
        self.nodeBuilder.buildRootNode(input);
        const lexerResult = self.lexerResult = self.lexer.tokenize(input);
        self.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? self.allRules.get(options.rule) : self.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const result = self.doParse(ruleMethod);
        self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        self.unorderedGroups.clear();
        self.lexerResult = undefined;
        rememberFlatAst(result, linkAndFlatten(result));
        return {
            value: result as T,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: self.wrapper.errors,
        };
    }
}

/**
 * Builds the parser from the grammar as Langium's createLangiumParser does, with our
 * classes and, where the grammar allows, our rule builder.
 */
export function createSlaParser(services: LangiumCoreServices): LangiumParser {
    const parser = new SlaLangiumParser(services);
    const tokens = services.parser.Lexer.definition;
    if (!defineSlaParserRules(services.Grammar, parser, tokens)) createParser(services.Grammar, parser, tokens);
    parser.finalize();
    return parser;
}
