/// Reads a plain edge list (`.edges`, `.el`, `.txt`): one edge per line, `SOURCE TARGET
/// [WEIGHT]`, separated by spaces or tabs. Blank lines and `#` comments (a `#` at the start
/// of a field runs to the end of the line) are skipped.
///
/// Node ids are kept exactly as written; nodes are numbered in order of first appearance.
/// The graph has ``Schema/untyped(directed:)``'s schema — kind `node`, type `edge` — with the
/// relations read as written (`SOURCE → TARGET`, directed unless `directed` is false); the
/// third column, when present, is the relation's weight. Every problem is reported with
/// `FILE:LINE:COL`: a missing target, an unparsable or non-finite weight, extra columns, an
/// id with control characters or longer than ``ReadLimits/maxTextLength``. A file with
/// nothing but white space is refused as empty; one with only comments is an empty graph
/// (what ``EdgeListWriter`` writes for a graph without edges).
public struct EdgeListReader: Sendable {
    public var directed: Bool
    public var limits: ReadLimits

    public init(directed: Bool = true, limits: ReadLimits = .standard) {
        self.directed = directed
        self.limits = limits
    }

    /// Reads the edge list in `bytes`; `file` names it in diagnostics.
    ///
    /// The one edge-list parser, ``EdgeListScanner``, reads the bytes into endpoint arrays,
    /// which become the graph's relation columns as they are: no `Relation` value and no
    /// string per line is made, and each id is kept once.
    /// - Throws: ``GraphInputError`` listing every problem (at most 100).
    /// - Complexity: O(size of the file) expected time; O(n + m) space.
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        try limits.checkSize(of: bytes, file: file)
        try TextDecoding.validateUTF8(bytes, file: file)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let scan = try bytes.withUnsafeBufferPointer { buffer throws(GraphInputError) in
            try EdgeListScanner.scan(buffer, file: file, limits: limits)
        }
        var columns = GraphColumns()
        columns.entities.ids = scan.nodeIDs
        columns.entities.kindCodes = [UInt16](repeating: 0, count: scan.nodeCount)
        columns.entities.kindTable = [.node]
        columns.relations.sources = scan.sources
        columns.relations.targets = scan.targets
        columns.relations.typeCodes = [UInt16](repeating: 0, count: scan.sources.count)
        columns.relations.typeTable = [.edge]
        if !scan.weights.isEmpty {
            var weights = scan.weights
            let absent = columns.relations.weights.absent
            for e in 0..<scan.leadingUnweighted { weights[e] = absent }
            for e in scan.laterUnweighted { weights[Int(e)] = absent }
            columns.relations.weights.assign(weights)
        }
        return Graph(name: Self.graphName(file), summary: nil, schema: .untyped(directed: directed), sources: [],
                     columns: columns)
    }

    /// The file's base name without its extension, as the graph's name.
    static func graphName(_ file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
