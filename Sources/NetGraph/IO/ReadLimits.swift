/// Caps that keep a hostile or broken file from exhausting the machine. Each has a
/// command-line flag to raise it.
public struct ReadLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of YAML/JSON collections.
    public var maxNestingDepth: Int
    /// Longest name, alias, id or text field, in characters.
    public var maxTextLength: Int

    public init(maxFileBytes: Int = 1 << 30, maxNestingDepth: Int = 64, maxTextLength: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxTextLength = maxTextLength
    }

    public static let standard = ReadLimits()

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
