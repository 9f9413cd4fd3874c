import Foundation

/// Cairo (1.16, which Graphviz draws PDF with) stamps every PDF with the time it was made,
/// `/CreationDate (D:YYYYMMDDHHmmSSZ)`, so two drawings of the same graph a second apart
/// differ. netgraph's output is the same for the same input, so the stamp is replaced by
/// the Unix epoch, written with the same number of bytes: the cross-reference table's byte
/// offsets stay right.
enum PDFCreationDate {
    static let fixed = Array("19700101000000".utf8)
    private static let key = Array("/CreationDate (D:".utf8)

    /// `pdf` with its creation date, if it has one in cairo's form, set to ``fixed``.
    /// - Complexity: O(size of `pdf`).
    static func fixed(in pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        guard let start = firstIndex(of: key, in: bytes).map({ $0 + key.count }),
              start + fixed.count <= bytes.count,
              bytes[start..<start + fixed.count].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return pdf }
        bytes.replaceSubrange(start..<start + fixed.count, with: fixed)
        return Data(bytes)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { start in
            bytes[start] == pattern[0] && bytes[start..<start + pattern.count].elementsEqual(pattern)
        }
    }
}
