/// Checks that a text is JSON as RFC 8259 defines it, before the native reader reads it as
/// YAML (of which JSON is a subset). YAML accepts much that JSON does not — single quotes,
/// trailing commas, comments, unquoted keys, `0x10` — so a `.json` file is checked first and
/// its errors say "invalid JSON", at the line and column of the first character that is not.
///
/// The check is iterative (an explicit stack of open containers), so no nesting depth can
/// overflow the call stack; depth itself is limited by ``ReadLimits/maxNestingDepth`` in the
/// reader's preflight.
///
/// - Complexity: O(n) in the length of the text, O(depth) space.
enum JSONSyntax {
    /// `bytes` made ready for the YAML parser: checked as JSON, a leading byte-order mark
    /// dropped, and UTF-16 surrogate-pair escapes (`\ud83c\udf89`) joined into the one `\U`
    /// escape YAML reads.
    static func validated(_ bytes: [UInt8], file: String) throws(GraphInputError) -> [UInt8] {
        if let (offset, message) = firstError(in: bytes) {
            throw GraphInputError("invalid JSON: \(message)", at: TextDecoding.location(ofByte: offset, in: bytes, file: file))
        }
        // Most files hold no `\u` escape at all; finding that on the bytes spares a search
        // through the text as a String (Foundation's, a third of a large file's reading time).
        guard hasUnicodeEscape(bytes) else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self)
        let joined = ExchangeJSONReader.joiningSurrogatePairs(text)
        return joined == text ? bytes : Array(joined.utf8)
    }

    /// Whether a backslash is followed by `u` or `U` anywhere in `bytes`.
    private static func hasUnicodeEscape(_ bytes: [UInt8]) -> Bool {
        var index = bytes.startIndex
        while let backslash = bytes[index...].firstIndex(of: UInt8(ascii: "\\")) {
            let next = backslash + 1
            guard next < bytes.endIndex else { return false }
            if bytes[next] == UInt8(ascii: "u") || bytes[next] == UInt8(ascii: "U") { return true }
            index = next + 1
            guard index < bytes.endIndex else { return false }
        }
        return false
    }

    /// The byte offset and description of the first place `bytes` stops being JSON; nil when
    /// it is JSON throughout.
    static func firstError(in bytes: [UInt8]) -> (Int, String)? {
        var scanner = Scanner(bytes: bytes)
        return scanner.check()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A byte-order mark is not JSON, but RFC 8259 lets a reader ignore it.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }

        private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        private mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        }

        private func unexpected(_ expected: String) -> (Int, String) {
            guard let byte = current else { return (position, "the document ends where \(expected) was expected") }
            let shown: String
            if byte == 0x27 { shown = "a single quote (JSON strings take double quotes)" }
            else if byte >= 0x20 && byte < 0x7F { shown = "'\(Character(Unicode.Scalar(byte)))'" }
            else { shown = "byte 0x\(String(byte, radix: 16))" }
            return (position, "\(expected) expected, found \(shown)")
        }

        mutating func check() -> (Int, String)? {
            // true for an object, false for an array.
            var open: [Bool] = []
            var expectingValue = true
            while true {
                skipSpace()
                if expectingValue {
                    guard let byte = current else { return unexpected("a value") }
                    switch byte {
                    case UInt8(ascii: "{"):
                        position += 1
                        skipSpace()
                        if current == UInt8(ascii: "}") { position += 1; expectingValue = false; continue }
                        open.append(true)
                        if let error = member() { return error }
                        continue
                    case UInt8(ascii: "["):
                        position += 1
                        skipSpace()
                        if current == UInt8(ascii: "]") { position += 1; expectingValue = false; continue }
                        open.append(false)
                        continue
                    case UInt8(ascii: "\""):
                        if let error = string() { return error }
                    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                        if let error = literal() { return error }
                    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        if let error = number() { return error }
                    default:
                        return unexpected("a value")
                    }
                    expectingValue = false
                    continue
                }
                guard let isObject = open.last else {
                    return current == nil ? nil : unexpected("the end of the document")
                }
                switch current {
                case UInt8(ascii: ","):
                    position += 1
                    skipSpace()
                    if current == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        return (position, "a trailing comma before '\(isObject ? "}" : "]")' (JSON allows none)")
                    }
                    if isObject, let error = member() { return error }
                    expectingValue = true
                case UInt8(ascii: "}") where isObject, UInt8(ascii: "]") where !isObject:
                    position += 1
                    open.removeLast()
                default:
                    return unexpected(isObject ? "',' or '}'" : "',' or ']'")
                }
            }
        }

        /// A member's key and colon; its value comes next.
        private mutating func member() -> (Int, String)? {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { return unexpected("a member name in double quotes") }
            if let error = string() { return error }
            skipSpace()
            guard current == UInt8(ascii: ":") else { return unexpected("':'") }
            position += 1
            return nil
        }

        private mutating func string() -> (Int, String)? {
            let start = position
            position += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    position += 1
                    return nil
                case UInt8(ascii: "\\"):
                    position += 1
                    guard let escape = current else { break }
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        position += 1
                    case UInt8(ascii: "u"):
                        position += 1
                        for _ in 0..<4 {
                            guard let digit = current, isHexDigit(digit) else { return unexpected("a hexadecimal digit of a \\u escape") }
                            position += 1
                        }
                    default:
                        return (position - 1, "'\\\(Character(Unicode.Scalar(escape)))' is not a JSON escape")
                    }
                case 0x00..<0x20:
                    return (position, "a control character inside a string (escape it, as \\n or \\u00XX)")
                default:
                    position += 1
                }
            }
            return (start, "a string that is never closed")
        }

        private mutating func literal() -> (Int, String)? {
            for word in ["true", "false", "null"] where bytes[position...].starts(with: word.utf8) {
                position += word.utf8.count
                return nil
            }
            return unexpected("a value")
        }

        private mutating func number() -> (Int, String)? {
            if current == UInt8(ascii: "-") { position += 1 }
            guard let first = current, isDigit(first) else { return unexpected("a digit") }
            position += 1
            if first != UInt8(ascii: "0") {
                while let byte = current, isDigit(byte) { position += 1 }
            } else if let byte = current, isDigit(byte) {
                return (position, "a number with a leading zero")
            }
            if current == UInt8(ascii: ".") {
                position += 1
                guard let byte = current, isDigit(byte) else { return unexpected("a digit after the decimal point") }
                while let byte = current, isDigit(byte) { position += 1 }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                position += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
                guard let byte = current, isDigit(byte) else { return unexpected("a digit of the exponent") }
                while let byte = current, isDigit(byte) { position += 1 }
            }
            return nil
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        private func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
        }
    }
}
