import NetGraph

/// The member names that answers listing an entry per node or relation write in every
/// entry, each encoded once with its quotes and colon (``JSONTextWriter/Name``): writing
/// one is a copy of a few bytes, where a name given as a literal is checked for characters
/// to escape and quoted on every entry. `centrality --measure pagerank` of BA 100k ran 4.6%
/// fewer instructions with its four names taken from here (callgrind, the whole process).
enum MemberName {
    static let attributes = JSONTextWriter.Name("attributes")
    static let community = JSONTextWriter.Name("community")
    static let date = JSONTextWriter.Name("date")
    static let depth = JSONTextWriter.Name("depth")
    static let from = JSONTextWriter.Name("from")
    static let grade = JSONTextWriter.Name("grade")
    static let id = JSONTextWriter.Name("id")
    static let kind = JSONTextWriter.Name("kind")
    static let label = JSONTextWriter.Name("label")
    static let members = JSONTextWriter.Name("members")
    static let name = JSONTextWriter.Name("name")
    static let other = JSONTextWriter.Name("other")
    static let quote = JSONTextWriter.Name("quote")
    static let relations = JSONTextWriter.Name("relations")
    static let score = JSONTextWriter.Name("score")
    static let scores = JSONTextWriter.Name("scores")
    static let since = JSONTextWriter.Name("since")
    static let size = JSONTextWriter.Name("size")
    static let source = JSONTextWriter.Name("source")
    static let status = JSONTextWriter.Name("status")
    static let to = JSONTextWriter.Name("to")
    static let until = JSONTextWriter.Name("until")
    static let via = JSONTextWriter.Name("via")
    static let weight = JSONTextWriter.Name("weight")
}
