/// A failure to draw a graph or to read DOT.
public struct RenderError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The caller asked for something that does not exist (an unknown engine or format,
        /// a measure of the wrong length).
        case usage
        /// The graph is larger than ``RenderOptions/maxNodes``: Graphviz would take hours or
        /// run out of memory laying it out.
        case tooLarge
        /// Graphviz failed; ``message`` carries what it said.
        case graphviz
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
