/** Each import's path is a link to the library it names (Ctrl+click opens it). */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';
import type { SlaImports } from '../language/imports/sla-imports.js';

export class SlaDocumentLinkProvider implements DocumentLinkProvider {
    constructor(private readonly imports: SlaImports) {}

    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        const links: DocumentLink[] = [];
        for (const { node, uri } of this.imports.direct(document)) {
            const path = GrammarUtils.findNodeForProperty(node.$cstNode, 'path');
            if (path) links.push({ range: path.range, target: uri.toString(), tooltip: `Open ${node.path}` });
        }
        return links;
    }
}
