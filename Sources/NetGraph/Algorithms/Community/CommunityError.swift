/// Why a community method could not run.
public enum CommunityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The method is defined for undirected graphs only.
    case requiresUndirected(String)

    public var description: String {
        switch self {
        case .requiresUndirected(let method): return "\(method) needs an undirected graph"
        }
    }
}
