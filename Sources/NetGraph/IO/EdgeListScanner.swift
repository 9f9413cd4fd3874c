/// The fast path for large edge lists (`u v [weight]` a line): bytes to contiguous arrays
/// with no per-line `String`, for graphs of millions of edges.
///
/// Two numberings (see ``Numbering``): ids kept as written and numbered in order of first
/// appearance, or integer ids taken as node indices. In the first, ids that are plain
/// non-negative integers (no sign, no leading zero, at most nine digits) and no larger than a
/// bound proportional to the input's size — what generators and most exported data use — are
/// looked up in a flat array indexed by their value; any other id goes through a dictionary.
/// The bound keeps a one-line file naming node 999999999 from allocating gigabytes; the
/// second numbering refuses such a file with an error for the same reason.
public struct EdgeListScan: Sendable {
    /// How the scanner turns node ids into node indices.
    public enum Numbering: Sendable {
        /// Ids kept as written and numbered `0, 1, …` in order of first appearance.
        case firstAppearance
        /// Every id is a non-negative integer and is itself the node's index; the graph has
        /// largest id + 1 nodes, and ids that never occur are isolated nodes. This is how
        /// NetworKit's `EdgeListReader(continuous=True)` numbers nodes, and NetworkX's
        /// `read_edgelist(nodetype=int)` followed by `add_nodes_from(range(max id + 1))`.
        /// Leading zeros are read as the number (`007` is node 7).
        case integerIDs
    }

    /// How this scan numbered the nodes.
    public let numbering: Numbering
    /// The number of nodes.
    public internal(set) var nodeCount = 0
    /// Ids as written, for ``Numbering/firstAppearance``.
    var writtenIDs: [String] = []
    /// The first endpoint of each edge, by line, as a node index.
    public internal(set) var sources: [Int32] = []
    /// The second endpoint of each edge, by line, as a node index.
    public internal(set) var targets: [Int32] = []
    /// One weight per edge when any line has a third column (1 where a line has none),
    /// else empty.
    public internal(set) var weights: [Double] = []

    init(numbering: Numbering) { self.numbering = numbering }

    /// Node ids by node index: as written in order of first appearance, or `"0"`, `"1"`, …
    /// when ids are indices.
    public var nodeIDs: [String] {
        numbering == .integerIDs ? (0..<nodeCount).map { String($0) } : writtenIDs
    }

    /// The simple graph of the scanned edges (see ``AnalysisGraph``).
    public func analysisGraph(directed: Bool = false) -> AnalysisGraph {
        AnalysisGraph(nodeCount: nodeCount, sources: sources, targets: targets, weights: weights, directed: directed)
    }
}

public enum EdgeListScanner {
    /// Scans edge-list bytes.
    ///
    /// Lines of the common shape (two integer ids and an optional integer weight, separated by
    /// spaces or tabs) are read in one pass over their bytes; any other line — comments,
    /// textual ids, decimal weights — goes through the general field splitter.
    ///
    /// - Parameters:
    ///   - bytes: the text of an edge list, UTF-8.
    ///   - file: the name messages give the input.
    ///   - numbering: how ids become node indices (default: in order of first appearance).
    /// - Throws: ``GraphInputError`` at the line and column of a line with one field or more
    ///   than three, a weight that is not a finite number or, with ``EdgeListScan/Numbering/integerIDs``,
    ///   an id that is not a non-negative integer within the bound.
    /// - Complexity: O(size of the input) time; O(n + m) space.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String,
                            numbering: EdgeListScan.Numbering = .firstAppearance) throws(GraphInputError) -> EdgeListScan {
        var state = EdgeListScanState(bytes: bytes, file: file, numbering: numbering)
        try state.run()
        return state.scan
    }
}

/// The scanner's working state; a struct with mutating methods rather than closures, so the
/// arrays it appends to are not boxed.
private struct EdgeListScanState {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let byIndex: Bool
    var scan: EdgeListScan
    /// Integer id value → node index + 1 (0: not seen), for first-appearance numbering.
    var byValue: [Int32] = []
    var byText: [String: Int32] = [:]
    /// The flat table never grows past a few entries per input byte; with integer ids as
    /// indices this bounds the node count the same way.
    let flatLimit: Int
    var sawWeight = false
    var largestIndex = -1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, numbering: EdgeListScan.Numbering) {
        self.bytes = bytes
        self.file = file
        self.byIndex = numbering == .integerIDs
        self.scan = EdgeListScan(numbering: numbering)
        self.flatLimit = 1_024 + 8 * bytes.count
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    mutating func run() throws(GraphInputError) {
        let count = bytes.count
        // Reserving about one entry per line up front spares the arrays most growth copies;
        // the line count is extrapolated from the first 64 KiB (a count over the whole input
        // cost a sixth of the scan).
        let sample = min(count, 65_536)
        var sampleLines = 1
        for offset in 0..<sample where bytes[offset] == 0x0A { sampleLines &+= 1 }
        let expectedLines = sample == count ? sampleLines : Int(Double(sampleLines) * Double(count) / Double(sample) * 1.02) + 16
        scan.sources.reserveCapacity(expectedLines)
        scan.targets.reserveCapacity(expectedLines)
        var position = 0
        var line = 1
        while position < count {
            let lineStart = position
            if !fastLine(&position) {
                position = lineStart
                try generalLine(&position, line: line)
            }
            position += 1
            line += 1
        }
        scan.nodeCount = byIndex ? largestIndex + 1 : scan.writtenIDs.count
    }

    /// Reads a line of the shape `digits blanks digits [blanks digits] [blanks] [\r] \n` and
    /// leaves `position` on its newline (or the end); returns false, having recorded nothing,
    /// for any other line.
    @inline(__always) mutating func fastLine(_ position: inout Int) -> Bool {
        let count = bytes.count
        var p = position
        @inline(__always) func number(_ p: inout Int, maxDigits: Int) -> Int? {
            let start = p
            var value = 0
            while p < count {
                let digit = bytes[p] &- 0x30
                if digit > 9 { break }
                value = value &* 10 &+ Int(digit)
                p += 1
            }
            let digits = p - start
            return digits == 0 || digits > maxDigits ? nil : value
        }
        @inline(__always) func blanks(_ p: inout Int) -> Bool {
            let start = p
            while p < count && EdgeListScanState.isBlank(bytes[p]) { p += 1 }
            return p > start
        }
        @inline(__always) func atLineEnd(_ p: inout Int) -> Bool {
            if p < count && bytes[p] == 0x0D { p += 1 }
            return p == count || bytes[p] == 0x0A
        }
        let uStart = p
        guard let u = number(&p, maxDigits: 9), byIndex || canonical(uStart, p) else { return false }
        let uEnd = p
        guard blanks(&p) else { return false }
        let vStart = p
        guard let v = number(&p, maxDigits: 9), byIndex || canonical(vStart, p) else { return false }
        let vEnd = p
        var weight: Double? = nil
        if !atLineEnd(&p) {
            guard blanks(&p) else { return false }
            if !atLineEnd(&p) {
                // Integers below 2^53 are exactly what Double(text) gives.
                guard let w = number(&p, maxDigits: 15) else { return false }
                _ = blanks(&p)
                guard atLineEnd(&p) else { return false }
                weight = Double(w)
            }
        }
        if byIndex && (u >= flatLimit || v >= flatLimit) { return false }
        scan.sources.append(node(value: u, uStart, uEnd))
        scan.targets.append(node(value: v, vStart, vEnd))
        record(weight)
        position = p
        return true
    }

    /// Whether the digits at `start..<end` have no leading zero (the form an id has in the
    /// flat table; `007` is another id than `7` when ids are kept as written).
    @inline(__always) func canonical(_ start: Int, _ end: Int) -> Bool {
        bytes[start] != 0x30 || end - start == 1
    }

    /// The index of a node whose id is the plain integer `value` (written at `start`).
    @inline(__always) mutating func node(value: Int, _ start: Int, _ end: Int) -> Int32 {
        if byIndex {
            if value > largestIndex { largestIndex = value }
            return Int32(truncatingIfNeeded: value)
        }
        if value < flatLimit {
            if value >= byValue.count {
                byValue.append(contentsOf: repeatElement(0, count: min(flatLimit, max(value + 1, byValue.count * 2)) - byValue.count))
            }
            let known = byValue[value]
            if known != 0 { return known - 1 }
            let new = Int32(truncatingIfNeeded: scan.writtenIDs.count)
            byValue[value] = new + 1
            scan.writtenIDs.append(String(value))
            return new
        }
        return node(text: start, end)
    }

    mutating func node(text start: Int, _ end: Int) -> Int32 {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if let known = byText[text] { return known }
        let new = Int32(truncatingIfNeeded: scan.writtenIDs.count)
        byText[text] = new
        scan.writtenIDs.append(text)
        return new
    }

    /// The index of the node whose id is written at `start..<end`, by either numbering.
    mutating func node(_ start: Int, _ end: Int, lineStart: Int, line: Int) throws(GraphInputError) -> Int32 {
        var value = 0
        var numeric = end - start <= 9
        if numeric {
            for i in start..<end {
                let digit = bytes[i] &- 0x30
                if digit > 9 { numeric = false; break }
                value = value &* 10 &+ Int(digit)
            }
        }
        if byIndex {
            guard numeric else {
                throw GraphInputError("node ids must be integers from 0 when ids are node indices", at: location(start, lineStart, line))
            }
            guard value < flatLimit else {
                throw GraphInputError("node id \(value) is too large for a file of \(bytes.count) bytes when ids are node indices (at most \(flatLimit - 1))",
                                      at: location(start, lineStart, line))
            }
            return node(value: value, start, end)
        }
        return numeric && canonical(start, end) ? node(value: value, start, end) : node(text: start, end)
    }

    @inline(__always) mutating func record(_ weight: Double?) {
        if weight == nil && !sawWeight { return }
        appendWeight(weight)
    }

    mutating func appendWeight(_ weight: Double?) {
        if let weight {
            if !sawWeight {
                sawWeight = true
                scan.weights = [Double](repeating: 1, count: scan.sources.count - 1)
                scan.weights.reserveCapacity(scan.sources.capacity)
            }
            scan.weights.append(weight)
        } else if sawWeight {
            scan.weights.append(1)
        }
    }

    func location(_ offset: Int, _ lineStart: Int, _ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).unicodeScalars.count + 1)
    }

    /// Splits any line into at most four fields (a fourth is an error) and records its edge;
    /// leaves `position` on the newline (or the end).
    mutating func generalLine(_ position: inout Int, line: Int) throws(GraphInputError) {
        let count = bytes.count
        let lineStart = position
        var fields = 0
        var fieldStarts = (0, 0, 0, 0)
        var fieldEnds = (0, 0, 0, 0)
        while position < count && bytes[position] != 0x0A {
            let byte = bytes[position]
            if byte == 0x23 { // '#': the rest of the line is a comment
                while position < count && bytes[position] != 0x0A { position += 1 }
                break
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0D { position += 1; continue }
            let start = position
            while position < count {
                let b = bytes[position]
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x23 { break }
                position += 1
            }
            switch fields {
            case 0: fieldStarts.0 = start; fieldEnds.0 = position
            case 1: fieldStarts.1 = start; fieldEnds.1 = position
            case 2: fieldStarts.2 = start; fieldEnds.2 = position
            default: fieldStarts.3 = start; fieldEnds.3 = position
            }
            fields += 1
        }
        switch fields {
        case 0: break
        case 1: throw GraphInputError("an edge needs two node ids (u v [weight])", at: location(fieldEnds.0, lineStart, line))
        case 2, 3:
            let source = try node(fieldStarts.0, fieldEnds.0, lineStart: lineStart, line: line)
            let target = try node(fieldStarts.1, fieldEnds.1, lineStart: lineStart, line: line)
            var weight: Double? = nil
            if fields == 3 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStarts.2..<fieldEnds.2]), as: UTF8.self)
                guard let value = Double(text), value.isFinite else {
                    throw GraphInputError("the weight '\(text.prefix(40))' is not a finite number", at: location(fieldStarts.2, lineStart, line))
                }
                weight = value
            }
            scan.sources.append(source)
            scan.targets.append(target)
            record(weight)
        default:
            throw GraphInputError("more than three fields on the line (u v [weight])", at: location(fieldStarts.3, lineStart, line))
        }
    }
}
