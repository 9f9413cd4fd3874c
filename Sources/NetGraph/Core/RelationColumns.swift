/// The relations of a graph as columns, one row per stored relation.
///
/// Endpoints are 32-bit node indices and types 16-bit codes into ``typeTable``: a relation
/// read from an edge list costs 10 bytes (18 with a weight). Status, source and quote are
/// small codes stored contiguously once any relation has them; dates and free attributes
/// sparsely.
struct RelationColumns: Sendable {
    /// The stored entity row of each relation's `from` end.
    var sources: [Int32] = []
    /// The stored entity row of each relation's `to` end.
    var targets: [Int32] = []
    var typeCodes: [UInt16] = []
    /// The relation types by code, in order of first appearance.
    var typeTable: [RelationType] = []
    /// Weights; `-infinity` marks a relation without one (weights are finite).
    var weights = DenseColumn<Double>(absent: -.infinity)
    /// Status codes: 0 for none, else 1 + the position in `RelationStatus.allCases`.
    var statusCodes = DenseColumn<UInt8>(absent: 0)
    /// Positions in the graph's sources; -1 for none.
    var sourceCodes = DenseColumn<Int32>(absent: -1)
    /// Text codes of quotes; -1 for none.
    var quotes = DenseColumn<Int32>(absent: -1)
    var dates = SparseColumn<PartialDate>()
    var since = SparseColumn<PartialDate>()
    var until = SparseColumn<PartialDate>()
    var attributes = SparseColumn<[String: AttributeValue]>()
    /// Where each quote stands in the file read (line, column), for readers that know it:
    /// a quote checked against its document is reported where an editor can fix it.
    var quoteMarks = SparseColumn<QuoteMark>()

    var count: Int { sources.count }

    static func statusCode(_ status: RelationStatus?) -> UInt8? {
        status.map { UInt8(RelationStatus.allCases.firstIndex(of: $0)! + 1) }
    }

    func status(at row: Int) -> RelationStatus? {
        statusCodes[row].map { RelationStatus.allCases[Int($0) - 1] }
    }

    /// Bytes held by the columns, not counting the characters of texts.
    var columnBytes: Int {
        count * 10 + weights.values.count * 8 + statusCodes.values.count + sourceCodes.values.count * 4
            + quotes.values.count * 4 + (dates.count + since.count + until.count) * 28 + attributes.count * 12
    }
}

/// A quote's line and column in the file it was read from (1-based; columns in Unicode
/// scalars), 8 bytes a quoted relation.
struct QuoteMark: Sendable {
    var line: Int32
    var column: Int32
}
