/// Which graph format a `.json` file holds, told by the names of its top-level members.
///
/// netgraph's native JSON, NetworkX's node-link JSON (`json.dump(nx.node_link_data(G))`) and
/// its Cytoscape.js JSON (`nx.cytoscape_data`) are all saved as `.json`, and a user who names
/// the file so should not have to name its format as well. The three are told apart by the
/// first top-level member that only one of them has:
/// - `entities`, `relations`, `sources`, `schema`: netgraph's native JSON;
/// - `nodes`, `edges` (NetworkX 3.4 on) or `links` (NetworkX before): node-link JSON;
/// - `elements`: Cytoscape.js JSON.
///
/// Members the formats share (`graph`, `directed`, `multigraph`, `data`) and any other are
/// passed over, values and all, so a name nested inside a value never counts.
///
/// - Complexity: O(n) in the length of the text at worst; it stops at the first telling
///   member, which in the files these tools write comes within the first few hundred bytes.
enum JSONGraphDialect {
    private static let native = ["entities", "relations", "sources", "schema"].map { Array($0.utf8) }
    private static let nodeLink = ["nodes", "edges", "links"].map { Array($0.utf8) }
    private static let cytoscape = Array("elements".utf8)

    /// `.nodeLink` or `.cytoscape` when the document is one of those; nil for netgraph's
    /// native JSON, and for text that is not a JSON object (the native reader then says what
    /// is wrong with it, at its line and column).
    static func exchangeFormat(of bytes: [UInt8]) -> GraphFormat? {
        var scanner = Scanner(bytes: bytes)
        // A UTF-8 byte-order mark, which the readers pass over too.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        while true {
            guard let name = scanner.memberName() else { return nil }
            if native.contains(where: { $0.elementsEqual(name) }) { return nil }
            if nodeLink.contains(where: { $0.elementsEqual(name) }) { return .nodeLink }
            if cytoscape.elementsEqual(name) { return .cytoscape }
            guard scanner.skipValue(), scanner.take(UInt8(ascii: ",")) else { return nil }
        }
    }

    /// Just enough of a JSON scanner to walk the top level: a slip (text that is not JSON)
    /// ends the walk with nil rather than an error.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        private mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        /// Consumes `byte`, after white space, if it comes next.
        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A member's name as written (escapes left as they are: no telling name has one) and
        /// the colon after it.
        mutating func memberName() -> ArraySlice<UInt8>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            guard skipStringBody() else { return nil }
            let name = bytes[start ..< index - 1]
            return take(UInt8(ascii: ":")) ? name : nil
        }

        /// Moves past a string whose opening quote has been consumed.
        private mutating func skipStringBody() -> Bool {
            while index < bytes.count {
                let byte = bytes[index]
                index += byte == UInt8(ascii: "\\") ? 2 : 1
                if byte == UInt8(ascii: "\"") { return true }
            }
            return false
        }

        /// Moves past one value: a string, an object or array with all it holds (depth
        /// counted, strings skipped whole, so a bracket inside a string is text), or a scalar.
        mutating func skipValue() -> Bool {
            skipSpace()
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return skipStringBody()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    switch byte {
                    case UInt8(ascii: "\""): guard skipStringBody() else { return false }
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { return true }
                    default: break
                    }
                }
                return false
            default:
                let start = index
                while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) {
                    index += 1
                }
                return index > start
            }
        }
    }
}
