/// The row of each entity id, the first row of an id winning: how readers resolve relation
/// endpoints and how a graph finds an entity by id.
///
/// Ids that are plain non-negative integers (no sign, no leading zero, at most nine digits)
/// — what generators, edge lists and most exported data use — are kept in a flat array
/// indexed by their value, as ``EdgeListScanner`` keeps them; so are ids made of one short
/// prefix and such an integer, as igraph numbers the nodes it writes (`n0`, `n1`, …), the
/// prefix being learned from the first id that is not a plain integer (when that id has
/// this form). Any other id goes through a dictionary.
/// Hashing an id was a tenth of reading a large GEXF file, and more than a quarter of reading
/// igraph's GraphML; indexing an array costs a parse of a few bytes. Each array never grows
/// past `1024 + 4 ×` the ids held, so one entity named `999999999` goes to the dictionary
/// rather than allocating gigabytes, and nothing in the arrays depends on hashing, so no
/// input can make them slow.
///
/// The package's other readers (DOT's, in NetGraphViz) use it too, hence `package`.
package struct EntityRowIndex: Sendable {
    /// Row + 1 by integer id value (0: none).
    private var byValue: [Int32] = []
    /// The prefix of the prefixed integer ids (empty until one is met), and their rows + 1
    /// by value.
    private var prefix: [UInt8] = []
    private var prefixDecided = false
    private var byPrefixedValue: [Int32] = []
    private var byText: [String: Int32] = [:]
    /// The number of ids held.
    package private(set) var count = 0

    /// The longest prefix learned: igraph's is one letter.
    private static let longestPrefix = 8

    package init() {}

    /// An index of `ids`, each id at its position (the first of a repeated id winning).
    init(ids: [String]) {
        byText.reserveCapacity(ids.count / 8)
        for (row, id) in ids.enumerated() { insert(id, row: Int32(truncatingIfNeeded: row)) }
    }

    /// Where an id would sit in a flat array: its value as a plain integer, or as the learned
    /// prefix followed by one.
    private enum Slot {
        case plain(Int)
        case prefixed(Int)
    }

    @inline(__always)
    private func slot(of id: String) -> Slot? {
        // Every native string is contiguous; a string bridged from elsewhere is read the same
        // way from a copy, so an id finds its entry however it was made.
        id.utf8.withContiguousStorageIfAvailable { slot(ofUTF8: $0) } ?? Array(id.utf8).withUnsafeBufferPointer { slot(ofUTF8: $0) }
    }

    @inline(__always)
    private func slot(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Slot? {
        // Plain integers first, without touching the prefix: most ids are, in most files.
        if let value = Self.integerValue(ofDigits: bytes) { return .plain(value) }
        let length = prefix.count
        guard length > 0, bytes.count > length, prefix.withUnsafeBufferPointer({ $0.elementsEqual(bytes[..<length]) }) else { return nil }
        return Self.integerValue(ofDigits: UnsafeBufferPointer(rebasing: bytes[length...])).map(Slot.prefixed)
    }

    /// The row a flat array holds at `slot`, if any.
    @inline(__always)
    private func flatRow(_ slot: Slot?) -> Int32? {
        switch slot {
        case .plain(let value)?:
            if value < byValue.count, byValue[value] != 0 { return byValue[value] - 1 }
        case .prefixed(let value)?:
            if value < byPrefixedValue.count, byPrefixedValue[value] != 0 { return byPrefixedValue[value] - 1 }
        case nil:
            break
        }
        return nil
    }

    /// The row of `id`, if held.
    package func row(of id: String) -> Int32? {
        if let row = flatRow(slot(of: id)) { return row }
        // An id of either form can be in the dictionary too: one that was past its array's
        // bound when it came.
        return byText.isEmpty ? nil : byText[id]
    }

    /// The row of the id whose UTF-8 bytes are `bytes`, if held: as ``row(of:)`` without
    /// making a string, unless the id is one the dictionary holds.
    package func row(ofUTF8 bytes: ArraySlice<UInt8>) -> Int32? {
        bytes.withUnsafeBufferPointer { row(ofUTF8: $0) }
    }

    /// The row of the id whose UTF-8 bytes are `bytes`, if held, as the array-slice form finds it.
    package func row(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        if let row = flatRow(slot(ofUTF8: bytes)) { return row }
        return byText.isEmpty ? nil : byText[String(decoding: bytes, as: UTF8.self)]
    }

    /// Holds `id` at `row` unless it is held already; returns whether it was added.
    @discardableResult
    package mutating func insert(_ id: String, row: Int32) -> Bool {
        var slot = slot(of: id)
        // The first id that is not a plain integer decides the prefix, or that there is none:
        // a file of textual ids pays one look, not one per id.
        if slot == nil && !prefixDecided {
            prefixDecided = true
            if let learned = Self.prefix(of: id) {
                prefix = learned
                slot = self.slot(of: id)
            }
        }
        if flatRow(slot) != nil { return false }
        if !byText.isEmpty, byText[id] != nil { return false }
        switch slot {
        case .plain(let value)? where value < flatBound: Self.place(row, at: value, in: &byValue, bound: flatBound)
        case .prefixed(let value)? where value < flatBound: Self.place(row, at: value, in: &byPrefixedValue, bound: flatBound)
        default: byText[id] = row
        }
        count += 1
        return true
    }

    private static func place(_ row: Int32, at value: Int, in array: inout [Int32], bound: Int) {
        if value >= array.count {
            let grown = Swift.min(bound, Swift.max(value + 1, array.count * 2))
            array.append(contentsOf: repeatElement(0, count: grown - array.count))
        }
        array[value] = row + 1
    }

    /// The largest array the ids held so far allow.
    private var flatBound: Int { 1_024 + 4 * count }

    /// The prefix of an id made of one to ``longestPrefix`` bytes that are not digits and
    /// then a plain integer (`n17`), or nil.
    private static func prefix(of id: String) -> [UInt8]? {
        let bytes = Array(id.utf8)
        guard let firstDigit = bytes.firstIndex(where: { $0 &- 0x30 <= 9 }), firstDigit > 0, firstDigit <= longestPrefix,
              bytes[firstDigit...].withUnsafeBufferPointer({ integerValue(ofDigits: $0) }) != nil else { return nil }
        return Array(bytes[..<firstDigit])
    }

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
