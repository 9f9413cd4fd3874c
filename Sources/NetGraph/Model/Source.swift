/// A document that relations cite: where a link comes from, so an answer can say so.
public struct Source: Hashable, Sendable, Identifiable {
    /// A slug unique within the graph, which relations name in their `source` field.
    public var id: String
    public var title: String?
    public var author: String?
    public var publisher: String?
    public var date: PartialDate?
    public var url: String?
    /// The file name of the document's text, where the graph keeps one beside it
    /// (the bundled graph names its seed documents), so quotes can be checked.
    public var file: String?
    /// How far the source is trusted (NATO/Admiralty, A–F); nil when not graded.
    public var reliability: SourceReliability?

    public init(id: String, title: String? = nil, author: String? = nil, publisher: String? = nil,
                date: PartialDate? = nil, url: String? = nil, file: String? = nil, reliability: SourceReliability? = nil) {
        self.id = id
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.url = url
        self.file = file
        self.reliability = reliability
    }
}
