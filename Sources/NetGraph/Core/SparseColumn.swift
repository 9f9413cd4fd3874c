/// An optional field that few rows have (an alias list, a description, a free attribute),
/// stored as the rows that have it, in increasing order, beside their values.
///
/// Rows are appended in increasing order as a reader fills a column, so the keys stay sorted
/// without a sort and a look-up is a binary search.
struct SparseColumn<Value: Sendable>: Sendable {
    private(set) var rows: [Int32] = []
    private(set) var values: [Value] = []

    var isEmpty: Bool { rows.isEmpty }
    var count: Int { rows.count }

    /// Sets the value of `row`, which must be greater than every row set so far.
    mutating func append(_ value: Value, at row: Int) {
        precondition(rows.last.map { Int($0) < row } ?? true, "sparse rows are appended in increasing order")
        rows.append(Int32(truncatingIfNeeded: row))
        values.append(value)
    }

    /// The value of `row`, if it has one.
    ///
    /// - Complexity: O(log k) for k rows with a value.
    subscript(row: Int) -> Value? {
        guard !rows.isEmpty else { return nil }
        var low = 0
        var high = rows.count
        let key = Int32(truncatingIfNeeded: row)
        while low < high {
            let mid = (low + high) / 2
            if rows[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < rows.count && rows[low] == key ? values[low] : nil
    }
}

/// An optional field that many rows may have (a weight, a source, a quote), stored as one
/// contiguous array with a sentinel for "absent" — and as no array at all until a row has it.
///
/// A graph read from an edge list without weights thus spends nothing on weights, and one
/// whose every relation cites a source spends 4 bytes a relation on it.
struct DenseColumn<Value: Equatable & Sendable>: Sendable {
    /// The value that means "absent".
    let absent: Value
    private(set) var values: [Value] = []

    init(absent: Value) { self.absent = absent }

    /// Whether no row has a value.
    var isEmpty: Bool { values.isEmpty }

    /// Sets the value of `row` in a column filled in row order (`row` is the number of rows
    /// appended so far); nil appends "absent".
    mutating func append(_ value: Value?, row: Int) {
        if let value, value != absent {
            if values.isEmpty { values = [Value](repeating: absent, count: row) }
            values.append(value)
        } else if !values.isEmpty {
            values.append(absent)
        }
    }

    /// Takes a whole column at once; `absent` marks the rows without a value.
    mutating func assign(_ all: [Value]) { values = all }

    /// The value of `row`, if it has one.
    subscript(row: Int) -> Value? {
        guard !values.isEmpty else { return nil }
        let value = values[row]
        return value == absent ? nil : value
    }
}
