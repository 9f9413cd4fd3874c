import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Foundation's `XMLParser` delegate that passes each event on to an ``XMLEventHandler``
/// and stops the parse once the handler has failed: the path every document takes that
/// ``XMLScanner`` declines (see ``SafeXML``).
final class XMLParserBridge: NSObject, XMLParserDelegate {
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
                             at: { SafeXML.location(of: parser, file: file) })
        stopIfFailed(parser)
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        handler.endElement(element)
        stopIfFailed(parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handler.characters(string, at: { SafeXML.location(of: parser, file: file) })
        stopIfFailed(parser)
    }

    func parser(_ parser: XMLParser, foundComment comment: String) {
        handler.comment(comment)
        stopIfFailed(parser)
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        handler.processingInstruction(target: target, data: data, at: { SafeXML.location(of: parser, file: file) })
        stopIfFailed(parser)
    }
}
