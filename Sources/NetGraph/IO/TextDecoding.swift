/// Turns a file's bytes into text, or says precisely why they are not UTF-8 text.
package enum TextDecoding {
    /// Decodes UTF-8, dropping a UTF-8 byte-order mark.
    /// - Throws: ``GraphInputError`` naming the line and column of the first invalid byte, or
    ///   the encoding a byte-order mark announces (UTF-16, UTF-32).
    static func utf8(_ bytes: [UInt8], file: String) throws(GraphInputError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw GraphInputError("the file is UTF-16 (it starts with a UTF-16 byte-order mark); netgraph reads UTF-8 text",
                                  at: SourceLocation(file: file, line: 1, column: 1))
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw GraphInputError("the file is UTF-32; netgraph reads UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            if let nul = body.withUnsafeBufferPointer({ $0.firstIndex(of: 0) }) {
                throw GraphInputError("the file holds a NUL byte: it is binary, not text", at: Self.location(ofByte: nul, in: body, file: file))
            }
            return text
        }
        let bad = firstInvalidByte(body)
        throw GraphInputError("invalid UTF-8 (byte 0x\(String(body[bad], radix: 16, uppercase: true)))",
                              at: location(ofByte: bad, in: body, file: file))
    }

    /// Checks that `bytes` are UTF-8 text without NUL bytes, as ``utf8(_:file:)`` does, without
    /// making a string: an all-ASCII file — every edge list a generator writes — is checked
    /// eight bytes at a time.
    /// - Throws: ``GraphInputError`` as ``utf8(_:file:)``.
    /// - Complexity: O(size of the input).
    static func validateUTF8(_ bytes: [UInt8], file: String) throws(GraphInputError) {
        let plainASCII = bytes.withUnsafeBytes { raw -> Bool in
            let count = raw.count
            var offset = 0
            // A word holds a non-ASCII byte when a high bit is set, and a NUL byte when
            // (w - 0x01…01) & ~w & 0x80…80 is not zero (the classic zero-byte test).
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while offset + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if word & highs != 0 || (word &- ones) & ~word & highs != 0 { return false }
                offset += 8
            }
            while offset < count {
                let byte = raw[offset]
                if byte == 0 || byte >= 0x80 { return false }
                offset += 1
            }
            return true
        }
        if !plainASCII { _ = try utf8(bytes, file: file) }
    }

    /// Checks that `bytes` are UTF-8 text without NUL bytes (``validateUTF8(_:file:)``) and
    /// not all white space, making a string of the text only where the bytes cannot settle
    /// it: the readers that work on bytes make none of a whole file.
    /// - Throws: ``GraphInputError`` as ``utf8(_:file:)``, or "the file is empty".
    package static func checkNotEmpty(_ bytes: [UInt8], file: String) throws(GraphInputError) {
        try validateUTF8(bytes, file: file)
        if isBlank(bytes, decoded: (try? utf8(bytes, file: file)) ?? "") {
            throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Whether `text`, decoded from `bytes`, is all white space as `Character.isWhitespace`
    /// says, decided on the bytes: an ASCII byte that is not white space settles it at once
    /// (no grapheme cluster that holds one starts with a white-space character), so the
    /// characters are walked only for a text of white space and non-ASCII characters.
    /// - Complexity: O(1) for a text that starts with a visible ASCII character; O(n) at most.
    static func isBlank(_ bytes: [UInt8], decoded text: @autoclosure () -> String) -> Bool {
        for byte in bytes {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: return text().allSatisfy(\.isWhitespace)
            default: return false
            }
        }
        return true
    }

    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    private static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            if String(validating: bytes[index..<index + length], as: UTF8.self) == nil { return index }
            index += length
        }
        return max(0, bytes.count - 1)
    }

    /// 1-based line and column (in characters of the valid prefix) of a byte offset.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let prefix = bytes[lineStart..<min(offset, bytes.count)]
        let column = (String(validating: prefix, as: UTF8.self)?.unicodeScalars.count ?? prefix.count) + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
