/// Decodes one escape of a JSON string (RFC 8259 §7): `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`,
/// `\t`, `\uXXXX` (a UTF-16 surrogate pair as two of them), and the `\UXXXXXXXX` that
/// ``JSONSyntax/validated(_:file:)`` writes for a joined pair. A lone surrogate is no Unicode
/// scalar, and gives nil, as does any other escape.
///
/// - Complexity: O(1).
enum JSONEscape {
    /// The scalar the escape at `index` (a backslash) stands for, and its length in bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard index + 1 < bytes.count else { return nil }
        let code = bytes[index + 1]
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return (Unicode.Scalar(code), 2)
        case UInt8(ascii: "b"): return ("\u{08}", 2)
        case UInt8(ascii: "f"): return ("\u{0C}", 2)
        case UInt8(ascii: "n"): return ("\n", 2)
        case UInt8(ascii: "r"): return ("\r", 2)
        case UInt8(ascii: "t"): return ("\t", 2)
        case UInt8(ascii: "U"):
            guard let value = hex(in: bytes, at: index + 2, digits: 8), let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, 10)
        case UInt8(ascii: "u"):
            guard let value = hex(in: bytes, at: index + 2, digits: 4) else { return nil }
            if let scalar = Unicode.Scalar(value) { return (scalar, 6) }
            // A high surrogate must be followed by `\u` and a low one.
            guard value >= 0xD800, value <= 0xDBFF, index + 7 < bytes.count,
                  bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
                  let low = hex(in: bytes, at: index + 8, digits: 4), low >= 0xDC00, low <= 0xDFFF,
                  let scalar = Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)) else { return nil }
            return (scalar, 12)
        default: return nil
        }
    }

    private static func hex(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, digits: Int) -> UInt32? {
        guard index + digits <= bytes.count else { return nil }
        var number: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = ComposerSupport.hexValue(bytes[index + offset]) else { return nil }
            number = number << 4 | digit
        }
        return number
    }
}
