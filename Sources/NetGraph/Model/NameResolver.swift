import Foundation

/// Finds the entity a person means by a name: its id, name or one of its aliases, ignoring
/// case, accents and punctuation ("garcia harfuch", "El Mencho", "AMLO").
///
/// Resolution runs in tiers and stops at the first that matches:
/// 0. the query is exactly an entity's id (a script naming ids never pays for the name index,
///    and an id always means its own entity);
/// 1. the whole normalised query equals an id, name or alias;
/// 2. the query's words appear, in order and whole, in a name or alias
///    ("sheinbaum" → "Claudia Sheinbaum Pardo"); the name with the fewest other words wins.
/// A tier that matches several entities is ambiguous and lists them; when nothing matches,
/// the error suggests the closest names by edit distance.
public struct NameResolver: Sendable {
    private struct Key: Sendable {
        let normalized: String
        let words: [Substring]
        let entity: Int
    }

    /// The name index, built on the first query that is not an exact id.
    private final class KeyIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var built: [Key]?

        func keys(of graph: Graph) -> [Key] {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            let keys = NameResolver.keys(of: graph)
            built = keys
            return keys
        }
    }

    private let graph: Graph
    private let index = KeyIndex()
    private var keys: [Key] { index.keys(of: graph) }

    public init(graph: Graph) {
        self.graph = graph
    }

    private static func keys(of graph: Graph) -> [Key] {
        var keys: [Key] = []
        for (index, entity) in graph.entities.enumerated() {
            var seen: Set<String> = []
            let names = [entity.name] + entity.aliases
            for (position, text) in (names + [entity.id]).enumerated() {
                let normalized = NameResolver.normalize(text)
                if !normalized.isEmpty, seen.insert(normalized).inserted {
                    // Ids match only whole: their words are a slug's, not a name's.
                    let words = position == names.count ? [] : normalized.split(separator: " ")
                    keys.append(Key(normalized: normalized, words: words, entity: index))
                }
            }
        }
        return keys
    }

    /// The node index of the entity `query` names.
    /// - Throws: ``NameResolutionError`` when no entity or several match.
    /// - Complexity: O(k·|query|) for k names and aliases; suggestions O(k·|query|·|name|).
    public func resolve(_ query: String) throws(NameResolutionError) -> Int {
        if let exact = graph.index(of: query) { return exact }
        let normalized = NameResolver.normalize(query)
        if normalized.isEmpty { throw .unknown(query: query, suggestions: []) }
        let exact = Set(keys.filter { $0.normalized == normalized }.map(\.entity))
        if exact.count == 1 { return exact.first! }
        if exact.count > 1 { throw .ambiguous(query: query, candidates: candidates(exact)) }
        let queryWords = normalized.split(separator: " ")
        // Among names holding the query's words, the tightest fit wins ("mencho" means
        // "El Mencho" rather than "El Mencho's son"); a tie is ambiguous.
        var bestExtra = Int.max
        var partial: Set<Int> = []
        for key in keys where NameResolver.contains(key.words, queryWords) {
            let extra = key.words.count - queryWords.count
            if extra < bestExtra { bestExtra = extra; partial = [] }
            if extra == bestExtra { partial.insert(key.entity) }
        }
        if partial.count == 1 { return partial.first! }
        if partial.count > 1 { throw .ambiguous(query: query, candidates: candidates(partial)) }
        throw .unknown(query: query, suggestions: suggestions(for: normalized))
    }

    /// Resolves to the entity itself.
    public func entity(named query: String) throws(NameResolutionError) -> Entity {
        graph.entities[try resolve(query)]
    }

    private func candidates(_ indices: Set<Int>) -> [Entity] {
        indices.sorted().map { graph.entities[$0] }
    }

    private func suggestions(for normalized: String, limit: Int = 3) -> [Entity] {
        var best: [Int: Int] = [:]
        for key in keys {
            var distance = EditDistance.between(normalized, key.normalized)
            // A query that is a prefix of a word ("sinal") is close, whatever the length gap.
            if key.words.contains(where: { $0.hasPrefix(normalized) }) { distance = min(distance, 1) }
            if distance <= max(2, normalized.count / 3) {
                best[key.entity] = min(best[key.entity] ?? .max, distance)
            }
        }
        return best.sorted { ($0.value, graph.entities[$0.key].id) < ($1.value, graph.entities[$1.key].id) }
            .prefix(limit).map { graph.entities[$0.key] }
    }

    private static func contains(_ words: [Substring], _ run: [Substring]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return false }
        for start in 0...(words.count - run.count) where Array(words[start..<start + run.count]) == run {
            return true
        }
        return false
    }

    /// Lower case, accents and other marks removed, every run of characters that are not
    /// letters or digits turned into one space.
    public static func normalize(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result.lowercased()
    }
}

/// A name that names no entity, or more than one.
public enum NameResolutionError: Error, Sendable, CustomStringConvertible {
    case unknown(query: String, suggestions: [Entity])
    case ambiguous(query: String, candidates: [Entity])

    public var description: String {
        func list(_ entities: [Entity]) -> String {
            entities.map { "\($0.name) (\($0.id), \($0.kind))" }.joined(separator: ", ")
        }
        switch self {
        case .unknown(let query, let suggestions):
            return "no entity named '\(query)'" + (suggestions.isEmpty ? "" : "; did you mean: \(list(suggestions))?")
        case .ambiguous(let query, let candidates):
            return "'\(query)' is ambiguous: it matches \(list(candidates)); use an id"
        }
    }
}
