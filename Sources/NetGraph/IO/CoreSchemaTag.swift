import Yams

/// The tag Yams' default resolver would give a YAML scalar (`null`, `bool`, `int`, `float` or
/// `str`), decided by hand rather than by regular expressions.
///
/// netgraph composes documents with `Resolver.basic`, which resolves nothing: Yams' default
/// resolver matches every scalar against up to seven `NSRegularExpression`s, and its
/// duplicate-key check hashes (and so resolves) every mapping key. On the bundled graph that
/// was more than half of the time spent loading it. The readers ask this type only about the
/// scalars whose type they need.
///
/// The rules are those of Yams' `Resolver.default` (YAML 1.1's core schema) in the same order —
/// bool, int, float, null — and anything else is text: timestamps, `=` and the merge key `<<`
/// too, none of which netgraph's formats use. Quoted scalars are text. One difference: a plain scalar explicitly tagged
/// `!!str` cannot be told apart from an untagged one once Yams has resolved it, so it is typed
/// by its spelling.
enum CoreSchemaTag {
    /// The scalar's tag, or nil when the node is not a scalar.
    static func of(_ node: Node) -> Tag.Name? {
        guard case .scalar(let scalar) = node else { return nil }
        return of(scalar)
    }

    static func of(_ scalar: Node.Scalar) -> Tag.Name {
        let explicit = Tag.Name(rawValue: scalar.tag.rawValue)
        switch explicit {
        case .implicit, .str:
            guard scalar.style == .plain || scalar.style == .any else { return .str }
            return resolve(scalar.string)
        case .nonSpecific:
            return .str
        default:
            return explicit
        }
    }

    /// The value of a scalar the core schema reads as a boolean (`true`, `yes`, `on`, … in any
    /// of the three spellings the schema allows).
    static func bool(_ scalar: Node.Scalar) -> Bool? {
        bool(scalar.string, tag: of(scalar))
    }

    /// The value of a scalar's `text` when its `tag` is `bool`.
    static func bool(_ text: String, tag: Tag.Name?) -> Bool? {
        guard tag == .bool else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    static func resolve(_ text: String) -> Tag.Name {
        let first = text.utf8.first
        // A number starts with a digit, a sign or a point.
        let mayBeNumber = first.map { isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".") } ?? false
        // Every boolean and null spelling is at most five bytes long, and none starts as a
        // number does: a short number is not compared with each (string comparisons were most
        // of reading a weight, perf).
        if !mayBeNumber && text.utf8.count <= 5 {
            switch text {
            case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                 "on", "On", "ON", "off", "Off", "OFF":
                return .bool
            case "", "~", "null", "Null", "NULL":
                return .null
            default:
                break
            }
        }
        // This settles names and prose at once.
        guard mayBeNumber else { return .str }
        let bytes = Array(text.utf8)
        if isInt(bytes) { return .int }
        if isFloat(bytes) { return .float }
        return .str
    }

    // MARK: - Number spellings

    /// `[-+]?` followed by `0b[01_]+`, `0o?[0-7_]+`, `0`, `[1-9][0-9_]*`, `0x[0-9a-fA-F_]+`, or
    /// a sexagesimal `[1-9][0-9_]*(:[0-5]?[0-9])+`.
    static func isInt(_ text: [UInt8]) -> Bool {
        var scan = Scan(text)
        scan.skipSign()
        let start = scan.index
        if scan.take("0") {
            if scan.atEnd { return true }
            if scan.take("b") { return scan.takeRun(of: isBinaryDigitOrUnderscore) > 0 && scan.atEnd }
            if scan.take("x") { return scan.takeRun(of: isHexDigitOrUnderscore) > 0 && scan.atEnd }
            _ = scan.take("o")
            return scan.takeRun(of: isOctalDigitOrUnderscore) > 0 && scan.atEnd
        }
        scan.index = start
        guard let first = scan.peek, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9") else { return false }
        scan.takeRun(of: isDigitOrUnderscore)
        if scan.atEnd { return true }
        return scan.takeSexagesimalGroups() && scan.atEnd
    }

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?`, `\.[0-9_]+([eE][-+][0-9]+)?`, a
    /// sexagesimal `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`, `[-+]?\.inf` or `\.nan` (each of
    /// the last two in three spellings).
    static func isFloat(_ text: [UInt8]) -> Bool {
        if [".nan", ".NaN", ".NAN"].contains(where: { text == Array($0.utf8) }) { return true }
        var scan = Scan(text)
        scan.skipSign()
        if scan.take("."), [Array("inf".utf8), Array("Inf".utf8), Array("INF".utf8)].contains(Array(text[scan.index...])) {
            return true
        }
        scan.index = 0
        if let first = scan.peek, first == UInt8(ascii: ".") {
            scan.index += 1
            guard scan.takeRun(of: isDigitOrUnderscore) > 0 else { return false }
            if scan.take("e") || scan.take("E") {
                guard scan.take("-") || scan.take("+") else { return false }
                guard scan.takeRun(of: isDigit) > 0 else { return false }
            }
            return scan.atEnd
        }
        scan.skipSign()
        guard let first = scan.peek, isDigit(first) else { return false }
        scan.takeRun(of: isDigitOrUnderscore)
        if scan.peek == UInt8(ascii: ":") {
            guard scan.takeSexagesimalGroups(), scan.take(".") else { return false }
            scan.takeRun(of: isDigitOrUnderscore)
            return scan.atEnd
        }
        if scan.take(".") { scan.takeRun(of: isDigitOrUnderscore) }
        if scan.take("e") || scan.take("E") {
            if !scan.take("-") { _ = scan.take("+") }
            guard scan.takeRun(of: isDigit) > 0 else { return false }
        }
        return scan.atEnd
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isDigitOrUnderscore(_ byte: UInt8) -> Bool { isDigit(byte) || byte == UInt8(ascii: "_") }
    private static func isBinaryDigitOrUnderscore(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") || byte == UInt8(ascii: "_")
    }
    private static func isOctalDigitOrUnderscore(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7")) || byte == UInt8(ascii: "_")
    }
    private static func isHexDigitOrUnderscore(_ byte: UInt8) -> Bool {
        isDigitOrUnderscore(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }

    /// A cursor over a scalar's bytes.
    private struct Scan {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard peek == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func skipSign() {
            if !take("-") { _ = take("+") }
        }

        @discardableResult
        mutating func takeRun(of accepts: (UInt8) -> Bool) -> Int {
            let start = index
            while let byte = peek, accepts(byte) { index += 1 }
            return index - start
        }

        /// One or more `:[0-5]?[0-9]` groups: a colon and one digit, or two digits the first
        /// of which is at most 5.
        mutating func takeSexagesimalGroups() -> Bool {
            var groups = 0
            while take(":") {
                let digits = takeRun(of: CoreSchemaTag.isDigit)
                switch digits {
                case 1: break
                case 2 where bytes[index - 2] <= UInt8(ascii: "5"): break
                default: return false
                }
                groups += 1
            }
            return groups > 0
        }
    }
}
