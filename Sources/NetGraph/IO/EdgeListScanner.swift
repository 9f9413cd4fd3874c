/// The fast path for large edge lists (`u v [weight]` a line): bytes to contiguous arrays
/// with no per-line `String`, for graphs of millions of edges.
///
/// Node ids are kept as written and numbered in order of first appearance. Ids that are
/// plain non-negative integers (no sign, no leading zero, at most nine digits) and no larger
/// than a bound proportional to the input's size — what generators and most exported data
/// use — are looked up in a flat array indexed by their value; any other id goes through a
/// dictionary. The bound keeps a one-line file naming node 999999999 from allocating
/// gigabytes.
public struct EdgeListScan: Sendable {
    /// Node ids by node index, in order of first appearance.
    public var nodeIDs: [String] = []
    public var sources: [Int32] = []
    public var targets: [Int32] = []
    /// One weight per edge when any line has a third column (1 where a line has none),
    /// else empty.
    public var weights: [Double] = []

    /// The simple graph of the scanned edges (see ``AnalysisGraph``).
    public func analysisGraph(directed: Bool = false) -> AnalysisGraph {
        AnalysisGraph(nodeCount: nodeIDs.count, sources: sources, targets: targets, weights: weights, directed: directed)
    }
}

public enum EdgeListScanner {
    /// Scans edge-list bytes.
    ///
    /// - Throws: ``GraphInputError`` at the line and column of a line with one field or more
    ///   than three, or a weight that is not a finite number.
    /// - Complexity: O(size of the input) time; O(n + m) space.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(GraphInputError) -> EdgeListScan {
        var scan = EdgeListScan()
        var byValue: [Int32] = []          // integer id value → node index + 1 (0: not seen)
        var byText: [String: Int32] = [:]
        // The flat table never grows past a few entries per input byte.
        let flatLimit = 1_024 + 8 * bytes.count
        var sawWeight = false
        let count = bytes.count
        var position = 0
        var line = 1

        func index(of start: Int, _ end: Int) -> Int32 {
            var value = 0
            var numeric = end - start <= 9 && !(bytes[start] == 0x30 && end - start > 1)
            if numeric {
                for i in start..<end {
                    let digit = Int(bytes[i]) &- 48
                    if digit < 0 || digit > 9 { numeric = false; break }
                    value = value &* 10 &+ digit
                }
            }
            if numeric && value < flatLimit {
                if value >= byValue.count { byValue.append(contentsOf: repeatElement(0, count: min(flatLimit, max(value + 1, byValue.count * 2)) - byValue.count)) }
                let known = byValue[value]
                if known != 0 { return known - 1 }
                let new = Int32(scan.nodeIDs.count)
                byValue[value] = new + 1
                scan.nodeIDs.append(String(value))
                return new
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            if let known = byText[text] { return known }
            let new = Int32(scan.nodeIDs.count)
            byText[text] = new
            scan.nodeIDs.append(text)
            return new
        }

        var fieldStarts = (0, 0, 0, 0)
        var fieldEnds = (0, 0, 0, 0)
        while position < count {
            let lineStart = position
            var fields = 0
            // Split the line into at most four fields (a fourth is an error).
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
            func location(_ offset: Int) -> SourceLocation {
                SourceLocation(file: file, line: line, column: String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).unicodeScalars.count + 1)
            }
            switch fields {
            case 0: break
            case 1: throw GraphInputError("an edge needs two node ids (u v [weight])", at: location(fieldEnds.0))
            case 2, 3:
                scan.sources.append(index(of: fieldStarts.0, fieldEnds.0))
                scan.targets.append(index(of: fieldStarts.1, fieldEnds.1))
                if fields == 3 {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStarts.2..<fieldEnds.2]), as: UTF8.self)
                    guard let weight = Double(text), weight.isFinite else {
                        throw GraphInputError("the weight '\(text.prefix(40))' is not a finite number", at: location(fieldStarts.2))
                    }
                    if !sawWeight {
                        sawWeight = true
                        scan.weights = [Double](repeating: 1, count: scan.sources.count - 1)
                    }
                    scan.weights.append(weight)
                } else if sawWeight {
                    scan.weights.append(1)
                }
            default:
                throw GraphInputError("more than three fields on the line (u v [weight])", at: location(fieldStarts.3))
            }
            position += 1
            line += 1
        }
        return scan
    }
}
