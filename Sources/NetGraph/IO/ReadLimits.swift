/// Caps that keep a hostile or broken file from exhausting the machine. Each has a
/// command-line flag to raise it (the command names it; the library names the limit).
public struct ReadLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of YAML/JSON collections and XML elements. The readers recurse once or a
    /// few times per level, some 2 KiB of stack a level in a debug build: a thread with the
    /// usual 8 MiB stack is safe to about 3,000 levels. `netgraph` reads on a 1 GiB stack and
    /// accepts up to ``deepestNesting``.
    public var maxNestingDepth: Int
    /// Longest name, alias, id or text field, in characters.
    public var maxTextLength: Int

    public init(maxFileBytes: Int = 1 << 30, maxNestingDepth: Int = 64, maxTextLength: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxTextLength = maxTextLength
    }

    public static let standard = ReadLimits()

    /// The deepest nesting `netgraph` accepts for ``maxNestingDepth``, which its 1 GiB reading
    /// stack holds with room to spare.
    public static let deepestNesting = 100_000

    /// The limits by name, as a ``Diagnostic`` says which one an input ran into.
    public enum Limit: String, Hashable, Sendable {
        /// ``ReadLimits/maxFileBytes``.
        case fileSize
        /// ``ReadLimits/maxNestingDepth``.
        case nestingDepth
        /// ``ReadLimits/maxTextLength``.
        case textLength
    }

    /// Refuses input larger than ``maxFileBytes``.
    public func checkSize(of bytes: [UInt8], file: String) throws(GraphInputError) {
        guard bytes.count <= maxFileBytes else {
            throw GraphInputError("the file is \(bytes.count) bytes, over the limit of \(maxFileBytes)",
                                  at: SourceLocation(file: file, line: 1, column: 1), limit: .fileSize)
        }
    }

    /// Why a name, id or value of `length` characters is refused, if it is: the message
    /// every reader gives (its diagnostic names ``Limit/textLength``).
    public func textLengthProblem(_ what: String, length: Int) -> String? {
        guard length > maxTextLength else { return nil }
        return "\(what) is \(length) characters long, over the limit of \(maxTextLength)"
    }
}
