/// Finds an item by its id in a short list that a document names in order: the item after the
/// last one found is tried first, then the last one found itself, then the whole list. XML
/// readers look up their declared keys this way, once per value, because items list their
/// values in declaration order — and an item with one value (a GraphML edge with its type
/// only) names the same key as the item before it.
enum HintedLookup {
    /// The index of the item of `items` whose id is `id`, or nil; `hint` is the index found
    /// last, and becomes this one. Ids are unique in `items` (both readers refuse a key or an
    /// attribute declared twice before they look one up).
    ///
    /// - Complexity: O(1) when the id is the hint's or follows it, else O(`items.count`).
    static func index<Item>(of id: String, in items: [Item], id idOf: (Item) -> String, hint: inout Int) -> Int? {
        if hint + 1 < items.count && idOf(items[hint + 1]) == id {
            hint += 1
            return hint
        }
        if hint >= 0 && hint < items.count && idOf(items[hint]) == id { return hint }
        guard let index = items.firstIndex(where: { idOf($0) == id }) else { return nil }
        hint = index
        return index
    }
}
