/// One problem found in an input, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String
    /// The read limit the input ran into, if that is the problem: a program that reads
    /// graphs says how to raise it (the command line names its flag).
    public var limit: ReadLimits.Limit?

    public init(_ message: String, at location: SourceLocation? = nil, limit: ReadLimits.Limit? = nil) {
        self.message = message
        self.location = location
        self.limit = limit
    }

    /// `FILE:LINE:COL: error: message`, or `error: message` when the place is unknown.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "error: \(message)"
    }
}

/// An input that cannot become a graph, with every problem found (not only the first),
/// in file order.
public struct GraphInputError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { a, b in
            switch (a.location, b.location) {
            case let (l?, r?): return l < r
            case (nil, _?): return true
            default: return false
            }
        }
    }

    public init(_ message: String, at location: SourceLocation? = nil, limit: ReadLimits.Limit? = nil) {
        self.diagnostics = [Diagnostic(message, at: location, limit: limit)]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
