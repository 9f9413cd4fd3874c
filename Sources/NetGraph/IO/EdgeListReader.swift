#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Fields are sliced from the bytes and weights parsed with `strtod` from a reused buffer,
    /// so no string is made per line except for node ids seen for the first time.
    /// - Throws: ``GraphInputError`` listing every problem (at most 100).
    /// - Complexity: O(size of the file) expected time.
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        try limits.checkSize(of: bytes, file: file)
        _ = try TextDecoding.utf8(bytes, file: file)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var ids: [String] = []
        var indexByID: [ArraySlice<UInt8>: Int32] = [:]
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double?] = []
        var problems: [Diagnostic] = []
        var number = [CChar](repeating: 0, count: 64)
        var line = 1
        var position = start
        let count = bytes.count

        func location(_ lineStart: Int, _ offset: Int) -> SourceLocation {
            let prefix = bytes[lineStart..<offset]
            let column = (String(validating: prefix, as: UTF8.self)?.unicodeScalars.count ?? prefix.count) + 1
            return SourceLocation(file: file, line: line, column: column)
        }
        /// The node of an id, numbered on first appearance, where the id is also checked
        /// (once per node, so the check costs nothing per edge).
        func node(_ field: ArraySlice<UInt8>, at location: @autoclosure () -> SourceLocation) -> Int32 {
            if let index = indexByID[field] { return index }
            let index = Int32(ids.count)
            let id = String(decoding: field, as: UTF8.self)
            if field.count > limits.maxTextLength, let problem = limits.textLengthProblem("the id", length: id.unicodeScalars.count) {
                problems.append(Diagnostic(problem, at: location()))
            } else if id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                problems.append(Diagnostic("id '\(id.prefix(40).debugDescription.dropFirst().dropLast())' must not contain control characters",
                                           at: location()))
            }
            ids.append(id)
            indexByID[field] = index
            return index
        }

        while position < count && problems.count < 100 {
            let lineStart = position
            var end = position
            while end < count && bytes[end] != 0x0A { end += 1 }
            var fieldEnd = end
            if fieldEnd > lineStart && bytes[fieldEnd - 1] == 0x0D { fieldEnd -= 1 }
            // Split into at most four fields, stopping at a comment.
            var fields: [Range<Int>] = []
            var i = lineStart
            while i < fieldEnd {
                let byte = bytes[i]
                if byte == 0x20 || byte == 0x09 { i += 1; continue }
                if byte == 0x23 { break }
                let begin = i
                while i < fieldEnd && bytes[i] != 0x20 && bytes[i] != 0x09 { i += 1 }
                fields.append(begin..<i)
                if fields.count == 4 { break }
            }
            defer { line += 1; position = end + 1 }
            if fields.isEmpty { continue }
            if fields.count == 1 {
                problems.append(Diagnostic("missing target: a line holds SOURCE TARGET [WEIGHT]",
                                           at: location(lineStart, fields[0].upperBound)))
                continue
            }
            if fields.count == 4 {
                problems.append(Diagnostic("extra column: a line holds SOURCE TARGET [WEIGHT]",
                                           at: location(lineStart, fields[3].lowerBound)))
                continue
            }
            var weight: Double? = nil
            if fields.count == 3 {
                let field = fields[2]
                let parsed: Double?
                // A weight may be written with many digits: grow the buffer rather than refuse it.
                if field.count >= number.count { number = [CChar](repeating: 0, count: field.count + 1) }
                for (k, byte) in bytes[field].enumerated() { number[k] = CChar(bitPattern: byte) }
                number[field.count] = 0
                parsed = number.withUnsafeBufferPointer { buffer -> Double? in
                    var stop: UnsafeMutablePointer<CChar>? = nil
                    let value = strtod(buffer.baseAddress!, &stop)
                    let consumed = stop.map { $0 - UnsafeMutablePointer(mutating: buffer.baseAddress!) } ?? 0
                    return consumed == field.count ? value : nil
                }
                guard let value = parsed else {
                    problems.append(Diagnostic("weight '\(String(decoding: bytes[field], as: UTF8.self).prefix(40))' is not a number",
                                               at: location(lineStart, field.lowerBound)))
                    continue
                }
                guard value.isFinite else {
                    problems.append(Diagnostic("weight '\(String(decoding: bytes[field], as: UTF8.self).prefix(40))' is not a finite number",
                                               at: location(lineStart, field.lowerBound)))
                    continue
                }
                weight = value
            }
            sources.append(node(bytes[fields[0]], at: location(lineStart, fields[0].lowerBound)))
            targets.append(node(bytes[fields[1]], at: location(lineStart, fields[1].lowerBound)))
            weights.append(weight)
        }
        guard problems.isEmpty else { throw GraphInputError(problems) }
        var builder = GraphBuilder(name: Self.graphName(file), schema: .untyped(directed: directed))
        for id in ids { builder.add(Entity(id: id, kind: .node)) }
        for e in sources.indices {
            builder.add(Relation(from: ids[Int(sources[e])], to: ids[Int(targets[e])], type: .edge, weight: weights[e]))
        }
        return try builder.build()
    }

    /// The file's base name without its extension, as the graph's name.
    static func graphName(_ file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
