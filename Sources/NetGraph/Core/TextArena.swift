/// Texts that many items share — relations' quotes, the source ids they cite — stored once
/// and named by a 32-bit code, so that a quote cited by ten relations costs one string and
/// ten 4-byte codes. (An entity's name, aliases and description are its own: they are stored
/// as strings, see `EntityColumns`.)
///
/// The arena is built with ``intern(_:)``; a finished graph keeps ``texts`` only (the
/// look-up table serves building and is dropped with the builder).
struct TextArena: Sendable {
    /// The texts by code.
    private(set) var texts: [String] = []
    private var codes: [String: Int32] = [:]

    /// The code of `text`, adding it when new.
    ///
    /// - Complexity: O(|text|) expected.
    mutating func intern(_ text: String) -> Int32 {
        // The default subscript finds the slot, or makes it, with one hash of the text; a
        // look-up and then an insertion hashed every new text twice.
        let next = Int32(truncatingIfNeeded: texts.count)
        let code = Self.value(&codes[text, default: next])
        if code == next { texts.append(text) }
        return code
    }

    @inline(__always) private static func value(_ slot: inout Int32) -> Int32 { slot }

    /// The texts without the look-up table, for a finished graph.
    var frozen: [String] { texts }
}
