import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import NetGraph

/// Foundation's `XMLParser` (libxml2) driving an ``XMLEventHandler``: the reference the
/// differential tests hold ``XMLScanner`` to. netgraph itself does not link it.
enum XMLParserReference {
    /// Parses `bytes` into `handler` as netgraph's readers once did: no external entities, no
    /// namespace processing. Throws what the handler recorded, or the parser's error.
    static func parse(_ bytes: [UInt8], file: String, handler: any XMLEventHandler) throws(GraphInputError) {
        let bridge = Bridge(handler: handler, file: file)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = bridge
        let parsed = parser.parse()
        if let failure = handler.failure { throw GraphInputError([failure]) }
        // libxml2 recovers from some errors (an unclosed element) and reports success, so the
        // recorded error counts as much as the return value.
        if !parsed || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? -1
            throw GraphInputError("malformed XML: libxml2 error \(code)", at: location(of: parser, file: file))
        }
    }

    static func location(of parser: XMLParser, file: String) -> SourceLocation {
        SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    }

    /// Passes each event on to the handler, and stops the parse once the handler has failed.
    final class Bridge: NSObject, XMLParserDelegate {
        let handler: any XMLEventHandler
        let file: String

        init(handler: any XMLEventHandler, file: String) {
            self.handler = handler
            self.file = file
        }

        private func stopIfFailed(_ parser: XMLParser) {
            if handler.failure != nil { parser.abortParsing() }
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            handler.startElement(element, attributes: DictionaryAttributes(dictionary: attributes),
                                 at: { XMLParserReference.location(of: parser, file: file) })
            stopIfFailed(parser)
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            handler.endElement(element)
            stopIfFailed(parser)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.characters(string, at: { XMLParserReference.location(of: parser, file: file) })
            stopIfFailed(parser)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            handler.characters(String(decoding: CDATABlock, as: UTF8.self), at: { XMLParserReference.location(of: parser, file: file) })
            stopIfFailed(parser)
        }

        func parser(_ parser: XMLParser, foundComment comment: String) {
            handler.comment(comment)
            stopIfFailed(parser)
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            handler.processingInstruction(target: target, data: data, at: { XMLParserReference.location(of: parser, file: file) })
            stopIfFailed(parser)
        }
    }

    /// The attributes `XMLParser` hands its delegate.
    struct DictionaryAttributes: XMLAttributeSource {
        let dictionary: [String: String]

        subscript(name: StaticString) -> String? { dictionary[name.description] }

        func values(longerThan limit: Int) -> [(name: String, value: String)] {
            dictionary.filter { $0.value.utf8.count > limit }.map { ($0.key, $0.value) }
        }

        var all: [(name: String, value: String)] { dictionary.map { ($0.key, $0.value) } }
    }
}
