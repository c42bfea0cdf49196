import { AstUtils, GrammarAST, GrammarUtils, type Grammar, type LangiumParser, type Lexer } from 'langium';

type TokenTypeDictionary = Lexer['definition'];

type Method = () => void;
type Counters = { consume: number; optional: number; subrule: number; many: number; or: number };

/** The rule arguments every call passes: this builder only takes grammars without parameters. */
const NO_ARGS = Object.freeze({});

/**
 * Defines the parser's rules from the grammar as Langium's createParser does, for grammars
 * without parameters, guards, actions, unordered groups or infix rules (the SLA grammar
 * has none); returns false, having defined nothing, for any other grammar.
 *
 * Langium's builder makes its Chevrotain arguments anew on every call: for each choice an
 * array with an object and a closure per alternative, for each optional or repeated part
 * an object and a closure, for each rule call an arguments object. Parsing a 5,000-line
 * contract made 13 MB of them. Without parameters or guards nothing in them depends on the
 * call, so here they are made once, when the rule is built. The rules make the same calls
 * with the same occurrence numbers in the same order, so Chevrotain records the same
 * grammar and recovers from errors the same way (a test compares the trees and errors
 * with Langium's own parser).
 */
export function defineSlaParserRules(grammar: Grammar, parser: LangiumParser, tokens: TokenTypeDictionary): boolean {
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    if (grammar.rules.some((rule) => reachable.has(rule) && GrammarAST.isInfixRule(rule))) return false;
    const rules = grammar.rules.filter((rule): rule is GrammarAST.ParserRule => GrammarAST.isParserRule(rule) && reachable.has(rule));
    if (!rules.every(isSupported)) return false;
    const builder = new RuleBuilder(parser, tokens);
    for (const rule of rules) parser.rule(rule, builder.build(rule));
    return true;
}

function isSupported(rule: GrammarAST.ParserRule): boolean {
    if (rule.parameters.length > 0) return false;
    return AstUtils.streamAst(rule.definition).every((element) =>
        !GrammarAST.isAction(element) && !GrammarAST.isUnorderedGroup(element) && !GrammarAST.isEndOfFile(element)
        && !(GrammarAST.isGroup(element) && element.guardCondition)
        && !(GrammarAST.isRuleCall(element) && element.arguments.length > 0));
}

class RuleBuilder {
    private counters: Counters = { consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };

    constructor(private readonly parser: LangiumParser, private readonly tokens: TokenTypeDictionary) {}

    build(rule: GrammarAST.ParserRule): Method {
        // Occurrence numbers count per rule, as Chevrotain requires and Langium does.
        this.counters = { consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
        return this.element(rule.definition);
    }

    /** An element and its cardinality: the element's own calls are numbered first, as in Langium. */
    private element(element: GrammarAST.AbstractElement): Method {
        return this.repeat(this.bare(element), element.cardinality);
    }

    private bare(element: GrammarAST.AbstractElement): Method {
        const parser = this.parser;
        if (GrammarAST.isKeyword(element)) {
            return this.consume(this.token(element.value), element);
        } else if (GrammarAST.isAssignment(element)) {
            return this.element(element.terminal);
        } else if (GrammarAST.isCrossReference(element)) {
            return this.crossReference(element, element.terminal);
        } else if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (GrammarAST.isParserRule(rule)) return this.subrule(rule, element, rule.fragment);
            if (GrammarAST.isTerminalRule(rule)) return this.consume(this.token(rule.name), element);
            throw new Error(`Undefined rule: ${element.rule.$refText}`);
        } else if (GrammarAST.isAlternatives(element)) {
            if (element.elements.length === 1) return this.element(element.elements[0]);
            const alternatives = element.elements.map((e) => ({ ALT: this.element(e) }));
            const idx = this.counters.or++;
            return () => parser.alternatives(idx, alternatives);
        } else if (GrammarAST.isGroup(element)) {
            const parts = element.elements.map((e) => this.element(e));
            return () => {
                for (const part of parts) part();
            };
        }
        throw new Error(`Unexpected element type: ${element.$type}`);
    }

    private repeat(method: Method, cardinality: GrammarAST.AbstractElement['cardinality']): Method {
        const parser = this.parser;
        const definition = { DEF: method };
        if (cardinality === '*') {
            const idx = this.counters.many++;
            return () => parser.many(idx, definition);
        } else if (cardinality === '+') {
            const idx = this.counters.many++;
            return () => parser.atLeastOne(idx, definition);
        } else if (cardinality === '?') {
            const idx = this.counters.optional++;
            return () => parser.optional(idx, definition);
        }
        return method;
    }

    private crossReference(ref: GrammarAST.CrossReference, terminal: GrammarAST.AbstractElement | undefined): Method {
        if (!terminal) {
            const type = ref.type.ref;
            const nameTerminal = type && GrammarUtils.findNameAssignment(type)?.terminal;
            if (!nameTerminal) throw new Error(`Could not find name assignment for type: ${ref.type.$refText}`);
            return this.crossReference(ref, nameTerminal);
        }
        if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) {
            return this.subrule(terminal.rule.ref, ref, false);
        } else if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) {
            return this.consume(this.token(terminal.rule.ref.name), ref);
        } else if (GrammarAST.isKeyword(terminal)) {
            return this.consume(this.token(terminal.value), ref);
        }
        throw new Error('Could not build cross reference parser');
    }

    private consume(token: TokenTypeDictionary[string], feature: GrammarAST.AbstractElement): Method {
        const parser = this.parser;
        const idx = this.counters.consume++;
        return () => parser.consume(idx, token, feature);
    }

    private subrule(rule: GrammarAST.ParserRule, feature: GrammarAST.AbstractElement, fragment: boolean): Method {
        const parser = this.parser;
        const idx = this.counters.subrule++;
        let called: ReturnType<LangiumParser['getRule']>;
        return () => {
            // Looked up on first use: a rule may call one defined after it.
            called ??= parser.getRule(rule.name);
            if (!called) throw new Error(`Rule "${rule.name}" not found.`);
            parser.subrule(idx, called, fragment, feature, NO_ARGS);
        };
    }

    private token(name: string): TokenTypeDictionary[string] {
        const token = this.tokens[name];
        if (!token) throw new Error(`Token "${name}" not found.`);
        return token;
    }
}
