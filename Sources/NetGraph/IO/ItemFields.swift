/// An item's fields in document order. An item has at most a dozen known fields, and their
/// names are short, so finding one by comparing names costs less than hashing: building a
/// dictionary per item was much of the time of the walker's field check, itself a sixth of
/// reading a large YAML graph (perf profile).
struct ItemFields<Document> {
    var pairs: [(name: String, value: Document)] = []

    subscript(name: String) -> Document? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }
}
