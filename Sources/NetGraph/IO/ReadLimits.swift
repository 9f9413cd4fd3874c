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
}
