/// The row of each entity id, the first row of an id winning: how readers resolve relation
/// endpoints and how a graph finds an entity by id.
///
/// Ids that are plain non-negative integers (no sign, no leading zero, at most nine digits)
/// — what generators, edge lists and most exported data use — are kept in a flat array
/// indexed by their value, as ``EdgeListScanner`` keeps them; any other id goes through a
/// dictionary. Hashing an id was a tenth of reading a large GEXF file; indexing an array
/// costs a parse of a few digits. The array never grows past `1024 + 4 ×` the ids held, so
/// one entity named `999999999` goes to the dictionary rather than allocating gigabytes, and
/// nothing in the array depends on hashing, so no input can make it slow.
struct EntityRowIndex: Sendable {
    /// Row + 1 by integer id value (0: none).
    private var byValue: [Int32] = []
    private var byText: [String: Int32] = [:]
    /// The number of ids held.
    private(set) var count = 0

    init() {}

    /// An index of `ids`, each id at its position (the first of a repeated id winning).
    init(ids: [String]) {
        byText.reserveCapacity(ids.count / 8)
        for (row, id) in ids.enumerated() { insert(id, row: Int32(truncatingIfNeeded: row)) }
    }

    /// The row of `id`, if held.
    func row(of id: String) -> Int32? {
        let value = Self.integerValue(of: id)
        if let value, value < byValue.count, byValue[value] != 0 { return byValue[value] - 1 }
        // An integer id can be in the dictionary too: one that was past the array's bound
        // when it came.
        return byText.isEmpty ? nil : byText[id]
    }

    /// Holds `id` at `row` unless it is held already; returns whether it was added.
    @discardableResult
    mutating func insert(_ id: String, row: Int32) -> Bool {
        let value = Self.integerValue(of: id)
        if let value, value < byValue.count, byValue[value] != 0 { return false }
        if !byText.isEmpty, byText[id] != nil { return false }
        if let value, value < flatBound {
            if value >= byValue.count {
                let grown = Swift.min(flatBound, Swift.max(value + 1, byValue.count * 2))
                byValue.append(contentsOf: repeatElement(0, count: grown - byValue.count))
            }
            byValue[value] = row + 1
        } else {
            byText[id] = row
        }
        count += 1
        return true
    }

    /// The largest array the ids held so far allow.
    private var flatBound: Int { 1_024 + 4 * count }

    /// The value of an id written as a plain non-negative integer of at most nine digits
    /// without a leading zero (`7`, not `07` or `+7`: those are other ids); nil otherwise.
    @inline(__always)
    static func integerValue(of id: String) -> Int? {
        // Every native string is contiguous; a string bridged from elsewhere is read the same
        // way from a copy, so an id finds its entry however it was made.
        id.utf8.withContiguousStorageIfAvailable(integerValue(ofDigits:))
            ?? Array(id.utf8).withUnsafeBufferPointer(integerValue(ofDigits:))
    }

    private static func integerValue(ofDigits digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9, digits[0] != 0x30 || digits.count == 1 else { return nil }
        var value = 0
        for byte in digits {
            let digit = byte &- 0x30
            if digit > 9 { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }
}
