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
    /// The lines without a weight, once ``weights`` is not empty: the first
    /// `leadingUnweighted` edges (read before the first weight) and those listed here.
    var leadingUnweighted = 0
    var laterUnweighted: [Int32] = []

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
    ///   - limits: ``ReadLimits/maxTextLength`` bounds the length of an id, in characters.
    /// - Throws: ``GraphInputError`` listing every problem (at most 100), each at its line and
    ///   column: a line with one field or more than three, a weight that is not a finite
    ///   number, an id with control characters or longer than the limit or, with
    ///   ``EdgeListScan/Numbering/integerIDs``, an id that is not a non-negative integer within
    ///   the bound.
    /// - Complexity: O(size of the input) time; O(n + m) space.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String,
                            numbering: EdgeListScan.Numbering = .firstAppearance,
                            limits: ReadLimits = .standard) throws(GraphInputError) -> EdgeListScan {
        var state = EdgeListScanState(bytes: bytes, file: file, numbering: numbering, limits: limits)
        state.run()
        guard state.problems.isEmpty else { throw GraphInputError(state.problems) }
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
    let limits: ReadLimits
    /// Every problem found, in file order; scanning stops at 100.
    var problems: [Diagnostic] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, numbering: EdgeListScan.Numbering, limits: ReadLimits) {
        self.bytes = bytes
        self.file = file
        self.byIndex = numbering == .integerIDs
        self.scan = EdgeListScan(numbering: numbering)
        self.flatLimit = 1_024 + 8 * bytes.count
        self.limits = limits
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    mutating func run() {
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
        // A UTF-8 byte-order mark is not part of the first id.
        var position = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var line = 1
        while position < count && problems.count < 100 {
            let lineStart = position
            if !fastLine(&position) {
                position = lineStart
                generalLine(&position, line: line)
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
            if p &+ 8 <= count, let (value, digits) = EdgeListScanState.digits(at: bytes.baseAddress! + p) {
                p &+= digits
                return value
            }
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

    /// The number written by the one to seven decimal digits at `pointer`, and how many there
    /// are, read from the eight bytes there at once; nil when the first byte is not a digit or
    /// all eight are (the caller then reads byte by byte).
    ///
    /// The digit loop it replaces took a few cycles a digit, each step waiting on the one
    /// before (`value * 10 + digit`), and a mispredicted branch where the number ended. Here
    /// each byte is tested without carries between bytes: with `b` its low seven bits,
    /// `b + 0x50` sets the top bit when `b ≥ 0x30` and `b + 0x46` when `b ≥ 0x3A`; a digit is
    /// a byte below 0x80 with the first and not the second. The digits, moved to the top of
    /// the word so that the bytes before them read as leading zeros, are combined in pairs,
    /// fours and eights by three multiplications (the eight-digit conversion of Lemire,
    /// "Faster integer parsing", 2018).
    @inline(__always) static func digits(at pointer: UnsafePointer<UInt8>) -> (value: Int, count: Int)? {
        let word = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastZero = low &+ 0x5050_5050_5050_5050
        let aboveNine = low &+ 0x4646_4646_4646_4646
        let digitBits = atLeastZero & ~aboveNine & ~word & 0x8080_8080_8080_8080
        let count = (~digitBits & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
        guard count > 0 && count < 8 else { return nil }
        var value = (word & 0x0F0F_0F0F_0F0F_0F0F) &<< UInt64((8 - count) << 3)
        value = (value &* 10 &+ (value &>> 8)) & 0x00FF_00FF_00FF_00FF
        value = (value &* 100 &+ (value &>> 16)) & 0x0000_FFFF_0000_FFFF
        value = (value &* 10_000 &+ (value &>> 32)) & 0xFFFF_FFFF
        return (Int(value), count)
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
            // The digits as written are the id (no leading zero: `canonical`).
            scan.writtenIDs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            return new
        }
        return node(text: start, end)
    }

    mutating func node(text start: Int, _ end: Int, lineStart: Int = 0, line: Int = 0) -> Int32 {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if let known = byText[text] { return known }
        // Ids are checked once, when first seen, so the check costs nothing per edge.
        if end - start > limits.maxTextLength, let problem = limits.textLengthProblem("the id", length: text.unicodeScalars.count) {
            problems.append(Diagnostic(problem, at: location(start, lineStart, line), limit: .textLength))
        } else if text.unicodeScalars.contains(where: { $0.isControlCharacter }) {
            problems.append(Diagnostic("id '\(text.prefix(40).debugDescription.dropFirst().dropLast())' must not contain control characters",
                                       at: location(start, lineStart, line)))
        }
        let new = Int32(truncatingIfNeeded: scan.writtenIDs.count)
        byText[text] = new
        scan.writtenIDs.append(text)
        return new
    }

    /// The index of the node whose id is written at `start..<end`, by either numbering; nil,
    /// with the problem recorded, for an id the numbering cannot take.
    mutating func node(_ start: Int, _ end: Int, lineStart: Int, line: Int) -> Int32? {
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
                problems.append(Diagnostic("node ids must be integers from 0 when ids are node indices", at: location(start, lineStart, line)))
                return nil
            }
            guard value < flatLimit else {
                problems.append(Diagnostic("node id \(value) is too large for a file of \(bytes.count) bytes when ids are node indices (at most \(flatLimit - 1))",
                                           at: location(start, lineStart, line)))
                return nil
            }
            return node(value: value, start, end)
        }
        return numeric && canonical(start, end) ? node(value: value, start, end) : node(text: start, end, lineStart: lineStart, line: line)
    }

    @inline(__always) mutating func record(_ weight: Double?) {
        if weight == nil && !sawWeight { return }
        appendWeight(weight)
    }

    mutating func appendWeight(_ weight: Double?) {
        if let weight {
            if !sawWeight {
                sawWeight = true
                scan.leadingUnweighted = scan.sources.count - 1
                scan.weights = [Double](repeating: 1, count: scan.sources.count - 1)
                scan.weights.reserveCapacity(scan.sources.capacity)
            }
            scan.weights.append(weight)
        } else if sawWeight {
            scan.laterUnweighted.append(Int32(truncatingIfNeeded: scan.weights.count))
            scan.weights.append(1)
        }
    }

    func location(_ offset: Int, _ lineStart: Int, _ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).unicodeScalars.count + 1)
    }

    /// Splits any line into at most four fields and records its edge, or its problem; leaves
    /// `position` on the newline (or the end).
    ///
    /// Fields are separated by spaces and tabs; a `#` at the start of a field begins a
    /// comment that runs to the end of the line (inside a field it is part of the id); a
    /// carriage return ends the line only before its newline.
    mutating func generalLine(_ position: inout Int, line: Int) {
        let count = bytes.count
        let lineStart = position
        var lineEnd = position
        while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        position = lineEnd
        let fieldsEnd = lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
        var fields = 0
        var fieldStarts = (0, 0, 0, 0)
        var fieldEnds = (0, 0, 0, 0)
        var i = lineStart
        while i < fieldsEnd && fields < 4 {
            let byte = bytes[i]
            if EdgeListScanState.isBlank(byte) { i += 1; continue }
            if byte == 0x23 { break }
            let start = i
            while i < fieldsEnd && !EdgeListScanState.isBlank(bytes[i]) { i += 1 }
            switch fields {
            case 0: fieldStarts.0 = start; fieldEnds.0 = i
            case 1: fieldStarts.1 = start; fieldEnds.1 = i
            case 2: fieldStarts.2 = start; fieldEnds.2 = i
            default: fieldStarts.3 = start; fieldEnds.3 = i
            }
            fields += 1
        }
        switch fields {
        case 0: return
        case 1:
            problems.append(Diagnostic("missing target: a line holds SOURCE TARGET [WEIGHT]", at: location(fieldEnds.0, lineStart, line)))
        case 2, 3:
            var weight: Double? = nil
            if fields == 3 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStarts.2..<fieldEnds.2]), as: UTF8.self)
                let reading = NumberText.read(text)
                guard case .value(let value) = reading else {
                    problems.append(Diagnostic("weight '\(text.prefix(40))' is \(NumberText.problem(reading)!)", at: location(fieldStarts.2, lineStart, line)))
                    return
                }
                weight = value
            }
            guard let source = node(fieldStarts.0, fieldEnds.0, lineStart: lineStart, line: line),
                  let target = node(fieldStarts.1, fieldEnds.1, lineStart: lineStart, line: line) else { return }
            scan.sources.append(source)
            scan.targets.append(target)
            record(weight)
        default:
            problems.append(Diagnostic("extra column: a line holds SOURCE TARGET [WEIGHT]", at: location(fieldStarts.3, lineStart, line)))
        }
    }
}
