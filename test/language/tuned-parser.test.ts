/**
 * The parser and the build phases are tuned for speed (language-server/src/language/parser
 * and traversal). These tests hold them to Langium's own behaviour: the same CST, AST,
 * containers and errors as Langium's stock parser, and the same nodes and references in
 * the same order as Langium's streams.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
    AstUtils, CstUtils, EmptyFileSystem, URI, createLangiumParser, isReference,
    type AstNode, type ReferenceDescription, type ValidationAcceptor, type ValidationChecks,
} from 'langium';
import { services } from '../support/sla.js';
import { generateContract } from '../../bench/generate-contract.js';
import { seededRandom } from '../../language-server/src/engine/random.js';
import { flattenAst } from '../../language-server/src/language/traversal/ast-walk.js';
import { flatAst } from '../../language-server/src/language/traversal/flat-ast-cache.js';
import { createSlaCoreServices } from '../../language-server/src/language/sla-module.js';
import { createStockSlaServices as createStockServices } from '../../bench/stock-services.js';
import type { SlaAstType } from '../../language-server/src/generated/ast.js';
import { defineSlaParserRules } from '../../language-server/src/language/parser/sla-parser-builder.js';
import { createLangiumGrammarServices } from 'langium/grammar';
import { parseHelper } from 'langium/test';
import type { Grammar, LangiumParser } from 'langium';

const samples = ['samples/klik-onderwijs.sla', 'samples/avetica-moodle.sla'].map((f) => readFileSync(f, 'utf8'));

/** Seeded edits: comments, dropped words and repeated words, so recovery paths run too. */
function variants(count: number): string[] {
    const rnd = seededRandom(11);
    const out: string[] = [];
    for (let k = 0; k < count; k++) {
        const words = samples[k % 2].split(/(?<=\s)/);
        for (let j = 0; j < 1 + rnd() * 10; j++) {
            const at = Math.floor(rnd() * words.length);
            const r = rnd();
            if (r < 0.35) words.splice(at, 0, rnd() < 0.5 ? '/* c */ ' : '// line\n');
            else if (r < 0.7) words.splice(at, 1);
            else words.splice(at, 0, words[Math.floor(rnd() * words.length)]);
        }
        out.push(words.join(''));
    }
    return out;
}

const texts = [...samples, generateContract(300), '', 'contract', 'contract "X" {\n  /* only */ // comments\n}\n', ...variants(40)];

/** Everything a parse produces, with containers written as paths so two ASTs can be compared. */
function fingerprint(result: { value: AstNode; parserErrors: { message: string; token: { startOffset: number } }[]; lexerErrors: unknown[] }): string {
    const cst = result.value.$cstNode ? CstUtils.streamCst(result.value.$cstNode).map((n) =>
        `${n.offset}+${n.length}${n.hidden ? 'h' : ''} ${JSON.stringify(n.range)} ${n.grammarSource?.$type ?? '-'} ${n.astNode.$type} in ${n.container ? `${n.container.offset}+${n.container.length}:${n.container.content.indexOf(n)}` : '-'}`).join('\n') : '';
    const path = (n: AstNode | undefined) => (n ? services.Sla.workspace.AstNodeLocator.getAstNodePath(n) : '-');
    const ast = AstUtils.streamAst(result.value).map((n) => `${path(n)} in ${path(n.$container)} ${JSON.stringify(n, (k, v) =>
        k === '$cstNode' || k === '$container' ? undefined
            : v && typeof v === 'object' && '$refText' in v ? `ref ${v.$refText}@${v.$refNode?.offset}` : v)}`).join('\n');
    const errors = JSON.stringify([result.parserErrors.map((e) => [e.message, e.token.startOffset]), result.lexerErrors]);
    return `${cst}\n${ast}\n${errors}`;
}

describe('the tuned parser builds what Langium builds', () => {
    const stock = createLangiumParser(services.Sla);
    const tuned = services.Sla.parser.LangiumParser;

    it('is the tuned one (a Langium upgrade that renames its fields fails here first)', () => {
        assert.equal(tuned.constructor.name, 'SlaLangiumParser');
        assert.equal((tuned as unknown as { nodeBuilder: object }).nodeBuilder.constructor.name, 'SlaCstNodeBuilder');
    });

    it(`same CST, ranges, AST, containers and errors on ${texts.length} texts, comments and syntax errors included`, () => {
        let withErrors = 0;
        let withComments = 0;
        for (const text of texts) {
            const a = stock.parse(text);
            const b = tuned.parse(text);
            if (b.parserErrors.length > 0) withErrors++;
            if (b.value.$cstNode && CstUtils.streamCst(b.value.$cstNode).some((n) => n.hidden)) withComments++;
            assert.equal(fingerprint(b), fingerprint(a), `differs on:\n${text.slice(0, 200)}`);
        }
        // The variants must really exercise recovery and hidden nodes.
        assert.ok(withErrors >= 10, `only ${withErrors} texts with syntax errors`);
        assert.ok(withComments >= 10, `only ${withComments} texts with comments`);
    });
});

describe('the rule builder', () => {
    const grammarOf = parseHelper<Grammar>(createLangiumGrammarServices(EmptyFileSystem).grammar);
    /** A parser stand-in that only records which rules were defined. */
    const recorder = () => {
        const defined: string[] = [];
        return { defined, parser: { rule: (rule: { name: string }) => { defined.push(rule.name); } } as unknown as LangiumParser };
    };
    const anyToken = new Proxy({}, { get: (_, name) => ({ name }) }) as Parameters<typeof defineSlaParserRules>[2];

    it('builds every reachable rule of the SLA grammar itself', () => {
        const { defined, parser } = recorder();
        assert.equal(defineSlaParserRules(services.Sla.Grammar, parser, services.Sla.parser.Lexer.definition), true);
        assert.ok(defined.includes('Contract') && defined.includes('Clock') && defined.includes('Percentage'), defined.join());
    });

    for (const [what, body] of [
        ['an action', "entry M: {infer M} 'm' name=ID;"],
        ['a guard', "entry M<p>: <p> 'm' name=ID;"],
        ['an unordered group', "entry M: ('a' & 'b') name=ID;"],
    ] as const) {
        it(`leaves a grammar with ${what} to Langium, defining nothing`, async () => {
            const grammar = (await grammarOf(`grammar G\n${body}\nterminal ID: /[a-z]+/;\nhidden terminal WS: /\\s+/;\n`)).parseResult.value;
            const { defined, parser } = recorder();
            assert.equal(defineSlaParserRules(grammar, parser, anyToken), false);
            assert.deepEqual(defined, []);
        });
    }
});

describe('the shared flat walk', () => {
    const broken = variants(8).filter((t) => services.Sla.parser.LangiumParser.parse(t).parserErrors.length > 0);
    for (const [name, text] of [['Avetica', samples[1]], ['Klik', samples[0]], ['a broken variant', broken[0]], ['another broken variant', broken[1]]] as const) {
        it(`${name}: the nodes and references of Langium's streams, in their order`, () => {
            const root = services.Sla.parser.LangiumParser.parse(text).value;
            const walk = flatAst(root);
            assert.deepEqual(walk.nodes, AstUtils.streamAst(root).toArray());
            const refs = AstUtils.streamAst(root).flatMap((n) => AstUtils.streamReferences(n)).toArray();
            if (!name.includes('broken')) assert.ok(refs.length > 5);
            assert.deepEqual(walk.references.map((r) => [r.reference, r.container, r.property, r.index]),
                refs.map((r) => [r.reference, r.container, r.property, r.index]));
            // The walk made while parsing equals a fresh one over the linked AST.
            assert.deepEqual(flattenAst(root).nodes, walk.nodes);
        });
    }

    it('subtreeEnd skips exactly a node and its descendants', () => {
        const root = services.Sla.parser.LangiumParser.parse(samples[1]).value;
        const { nodes, subtreeEnd } = flatAst(root);
        assert.equal(subtreeEnd[0], nodes.length);
        nodes.forEach((node, i) => {
            assert.equal(subtreeEnd[i] - i - 1, AstUtils.streamAllContents(node).count(), `node ${i} ${node.$type}`);
        });
    });
});

describe('validation without a promise per check', () => {
    it('a check that throws becomes an error on its node, and the other checks still run', async () => {
        const own = createSlaCoreServices(EmptyFileSystem);
        const checks: ValidationChecks<SlaAstType> = {
            Calendar: () => { throw new Error('boom'); },
            Priority: (node, accept: ValidationAcceptor) => accept('hint', `seen ${node.name}`, { node }),
        };
        own.Sla.validation.ValidationRegistry.register(checks);
        const errors = console.error;
        console.error = () => {}; // Langium logs the failure; the test reads the diagnostic.
        try {
            const text = 'contract "X" {\n  calendar C { Monday 09:00 to 17:00 }\n  priority P1 { response within 1 hour around the clock }\n}\n';
            const doc = own.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/t/throw.sla'));
            own.shared.workspace.LangiumDocuments.addDocument(doc);
            await own.shared.workspace.DocumentBuilder.build([doc], { validation: true });
            const messages = (doc.diagnostics ?? []).map((d) => `${d.range.start.line}:${d.message}`);
            assert.ok(messages.includes('1:An error occurred during validation: boom'), messages.join('\n'));
            assert.ok(messages.includes('2:seen P1'), messages.join('\n'));
        } finally {
            console.error = errors;
        }
    });

    it('a check that returns a promise is awaited before validation ends', async () => {
        const own = createSlaCoreServices(EmptyFileSystem);
        const checks: ValidationChecks<SlaAstType> = {
            Priority: async (node, accept: ValidationAcceptor) => {
                await new Promise((resolve) => setTimeout(resolve, 5));
                accept('warning', `late ${node.name}`, { node });
            },
        };
        own.Sla.validation.ValidationRegistry.register(checks);
        const text = 'contract "X" {\n  priority P1 { response within 1 hour around the clock }\n  priority P2 { response within 2 hours around the clock }\n}\n';
        const doc = own.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/t/async.sla'));
        own.shared.workspace.LangiumDocuments.addDocument(doc);
        await own.shared.workspace.DocumentBuilder.build([doc], { validation: true });
        assert.deepEqual((doc.diagnostics ?? []).filter((d) => d.message.startsWith('late')).map((d) => d.message), ['late P1', 'late P2']);
    });

    it("every phase gives what Langium's own services give: symbols, links, indexed references, diagnostics", async () => {
        const own = createSlaCoreServices(EmptyFileSystem);
        const stock = createStockServices();
        let n = 0;
        const outcome = async (s: ReturnType<typeof createSlaCoreServices>, text: string): Promise<string> => {
            const doc = s.shared.workspace.LangiumDocumentFactory.fromString<AstNode>(text, URI.file(`/same/${++n}.sla`));
            s.shared.workspace.LangiumDocuments.addDocument(doc);
            await s.shared.workspace.DocumentBuilder.build([doc], { validation: true });
            // What the build indexed, read before anything below resolves a reference lazily.
            const stored = (s.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, ReferenceDescription[]> })
                .referenceIndex.get(doc.uri.toString()) ?? [];
            const indexed = stored.map((d) => `${d.sourcePath}->${d.targetPath} ${d.segment.offset}+${d.segment.length} ${d.local}`);
            const locator = s.Sla.workspace.AstNodeLocator;
            const nodes = AstUtils.streamAst(doc.parseResult.value).toArray();
            const symbols = nodes.map((node) => doc.localSymbols?.getStream(node).map((d) => `${d.name}@${d.path}`).join(',') ?? '');
            const links = nodes.flatMap((node) => AstUtils.streamReferences(node).map(({ reference: r }) => {
                const target = isReference(r) ? r.ref : undefined;
                return `${r.$refText}->${target ? locator.getAstNodePath(target) : r.error?.message}`;
            }).toArray());
            s.shared.workspace.LangiumDocuments.deleteDocument(doc.uri);
            return JSON.stringify({ symbols, links, indexed, diagnostics: doc.diagnostics }, null, 1);
        };
        for (const text of [...samples, ...variants(12)]) {
            const expected = await outcome(stock, text);
            if (samples.includes(text)) assert.ok(expected.includes('->/clauses@'), 'the sample has resolved references');
            assert.equal(await outcome(own, text), expected, text.slice(0, 120));
        }
    });
});
