/// How every reader turns the text of a number (a weight, a credibility, a numeric
/// attribute) into a `Double`, so that no reader lets a number change its value silently.
///
/// Swift's `Double(_:)` rounds a literal beyond the type's range to infinity (`1e309`) and
/// one below the smallest subnormal, 4.9e-324, to zero (`1e-400`): the second looks like a
/// legitimate weight of 0 and would pass every later check. ``read(_:fallback:)`` tells those apart
/// from numbers that are what they spell, and ``problem(_:notANumber:)`` words the refusal the same way
/// in every format. Subnormal results (1e-310) are kept: they are the nearest double to the
/// literal, as every other rounded literal is.
public enum NumberText {
    /// What a text is as a number.
    public enum Reading: Equatable, Sendable {
        /// A finite number the text spells (rounded to the nearest double).
        case value(Double)
        /// Text that is not a number.
        case notANumber
        /// A spelled infinity or NaN (`inf`, `-Infinity`, `nan`, YAML's `.inf`).
        case notFinite
        /// A finite literal too large for a double: it would read as infinity.
        case overflow
        /// A literal with a non-zero digit too small for a double: it would read as zero.
        case underflow
    }

    /// Reads `text` as `Double(_:)` does (decimal and hexadecimal literals, `inf`, `nan`), or,
    /// when `Double(_:)` does not read it, as `fallback` gives it (YAML spellings such as
    /// `1_000` or `.inf`); then says whether the result is the number the text spells.
    ///
    /// `fallback` is evaluated only for a text `Double(_:)` does not read: YAML readers pass
    /// Yams' construction of the scalar, whose first use compiles Yams' default resolver's
    /// regular expressions: a seventh of the instructions of reading the bundled graph
    /// (callgrind) when every numeric attribute asked for it.
    /// - Complexity: O(length of the text).
    public static func read(_ text: String, fallback: @autoclosure () -> Double? = nil) -> Reading {
        guard let value = Double(text) ?? fallback() else { return .notANumber }
        if value.isNaN { return .notFinite }
        if value.isInfinite { return spellsInfinity(text) ? .notFinite : .overflow }
        if value == 0 && hasNonZeroDigit(text) { return .underflow }
        return .value(value)
    }

    /// The finite number `text` spells, or nil for anything ``read(_:fallback:)`` refuses.
    public static func finite(_ text: String) -> Double? {
        if case .value(let value) = read(text) { return value }
        return nil
    }

    /// Why `reading` is refused, as the end of a sentence naming the value (`weight '1e-400'
    /// is …`), or nil when it is a number. `notANumber` words text that is no number at all
    /// (some formats have always said "not a finite number" for both).
    public static func problem(_ reading: Reading, notANumber: String = "not a number") -> String? {
        switch reading {
        case .value: return nil
        case .notANumber: return notANumber
        case .notFinite: return "not a finite number"
        case .overflow: return "out of range: it is too large for a double and would read as infinity"
        case .underflow: return "out of range: it is too small for a double (below 4.9e-324) and would read as 0"
        }
    }

    /// Whether the text names infinity rather than being a literal that overflowed.
    private static func spellsInfinity(_ text: String) -> Bool {
        text.lowercased().contains("inf")
    }

    /// Whether the significand (the part before the exponent) holds a digit other than 0, so
    /// that the literal is not zero. Hexadecimal literals (`0x1p-2000`) have their exponent
    /// after `p`; decimal ones after `e`. YAML's `_` digit separators are skipped.
    private static func hasNonZeroDigit(_ text: String) -> Bool {
        var scalars = Substring(text.lowercased()).unicodeScalars.drop { $0 == "+" || $0 == "-" || $0 == " " }
        let hex = scalars.starts(with: "0x".unicodeScalars)
        if hex { scalars = scalars.dropFirst(2) }
        for scalar in scalars {
            if scalar == (hex ? "p" : "e") { break }
            if scalar == "0" || scalar == "." || scalar == "_" { continue }
            if scalar.properties.isASCIIHexDigit && (hex || ("1"..."9").contains(scalar)) { return true }
        }
        return false
    }
}
