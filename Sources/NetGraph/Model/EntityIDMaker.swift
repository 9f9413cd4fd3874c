/// Makes entity ids from names for formats whose names are not ids (a spreadsheet cell, a
/// DOT node name such as `"El Mencho"`): whitespace runs become one `-`, control characters
/// are dropped, and a clash gets `-2`, `-3`… The same text always gets the same id.
public struct EntityIDMaker: Sendable {
    private var idOfText: [String: String] = [:]
    private var used: Set<String> = []

    public init() {}

    /// Marks `id` as taken (an id the input gives as is), so no made id clashes with it.
    public mutating func reserve(_ id: String) { used.insert(id) }

    /// The id for `text`.
    public mutating func id(for text: String) -> String {
        if let id = idOfText[text] { return id }
        var base = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { pendingDash = !base.isEmpty; continue }
            if scalar.isControlCharacter { continue }
            if pendingDash { base.append("-"); pendingDash = false }
            base.unicodeScalars.append(scalar)
        }
        if base.isEmpty { base = "entity" }
        var id = base
        var suffix = 2
        while used.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(id)
        idOfText[text] = id
        return id
    }
}
