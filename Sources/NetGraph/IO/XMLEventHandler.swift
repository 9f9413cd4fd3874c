/// What an XML reader (GraphML, GEXF) is told about a document by ``XMLScanner``, event by
/// event. The tests drive the same handlers from Foundation's `XMLParser` too, to hold the
/// scanner to it.
///
/// A handler records its first problem in ``failure``; the parser then stops.
protocol XMLEventHandler: AnyObject {
    /// The first problem found, if any; once set, the parser stops.
    var failure: Diagnostic? { get }
    /// Whether ``characters(_:at:)`` would use the text it is given now; when not, a parser
    /// may skip making it.
    var collectsText: Bool { get }
    /// A start tag (or an empty-element tag, followed by its ``endElement(_:)``). `name` is the
    /// qualified name as written (`viz:color`); `location` tells where the parser is.
    func startElement(_ name: String, attributes: some XMLAttributeSource, at location: () -> SourceLocation)
    func endElement(_ name: String)
    /// Character data, entity and character references replaced; one text may come in pieces.
    func characters(_ text: String, at location: () -> SourceLocation)
    func comment(_ text: String)
    /// A processing instruction other than the XML declaration.
    func processingInstruction(target: String, data: String?, at location: () -> SourceLocation)
}

extension XMLEventHandler {
    func comment(_ text: String) {}
    func processingInstruction(target: String, data: String?, at location: () -> SourceLocation) {}
}

/// An element's attributes, by qualified name (`id`, `attr.name`, `xmlns:xsi`), values
/// normalised as XML says (references replaced, literal tabs and line ends as spaces).
protocol XMLAttributeSource {
    /// The attribute a name written in the source names (`attributes["id"]`): looked up from
    /// the literal's bytes, which a reader does several times per element.
    subscript(name: StaticString) -> String? { get }
    /// `body` called with the UTF-8 bytes of the value of the attribute `name` names, or nil
    /// when there is no such attribute: a reader that only looks a value up (an edge's ends)
    /// need not make a string of it.
    func withUTF8<Result>(of name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result?
    /// The attributes whose value is longer than `limit` UTF-8 bytes, in no set order.
    func values(longerThan limit: Int) -> [(name: String, value: String)]
    /// Every attribute: qualified name and value, in no set order (names are unique).
    var all: [(name: String, value: String)] { get }
}

extension XMLAttributeSource {
    func withUTF8<Result>(of name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard var value = self[name] else { return nil }
        return value.withUTF8(body)
    }

    /// Every attribute, by qualified name.
    var dictionary: [String: String] { Dictionary(all, uniquingKeysWith: { first, _ in first }) }
}

/// An element's attributes kept for later (GEXF's nodes and edges): a handful each, so a
/// list searched in order, with no table hashed for each of a million elements.
struct XMLAttributeList {
    let entries: [(name: String, value: String)]

    init(_ attributes: some XMLAttributeSource) { entries = attributes.all }

    subscript(name: String) -> String? {
        for entry in entries where entry.name == name { return entry.value }
        return nil
    }
}
