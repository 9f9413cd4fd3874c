/// The dossier of one entity: every relation it takes part in, its rank under each centrality
/// measure, its community and how many entities lie two steps away.
///
/// The structural parts are computed on the undirected, unweighted simple projection of the
/// graph it is given (filter the graph first to profile a layer or a date): ranks are
/// competition ranks (tied scores share the better rank) out of the graph's entities, and
/// the community is Louvain's with `communitySeed`, numbered largest first as
/// `netgraph communities` numbers it with the same seed.
public struct EntityProfile: Sendable {
    /// The entity's rank and score under one measure.
    public struct Rank: Hashable, Sendable {
        public var measure: CentralityMeasure
        /// 1 for the highest score; tied scores share a rank.
        public var rank: Int
        public var score: Double
    }

    /// The measures a profile ranks by default. Katz is left out: its default attenuation
    /// (0.1) diverges on any graph whose adjacency has an eigenvalue of 10 or more.
    public static let defaultMeasures: [CentralityMeasure] = [.degree, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank]

    public var node: Int
    /// Every relation with the entity at one end, in relation order.
    public var relations: [RelationRecord]
    /// Ranks in the order the measures were asked for.
    public var ranks: [Rank]
    /// Measures that could not be computed (a power iteration that did not converge), with why.
    public var unavailable: [(measure: CentralityMeasure, reason: String)]
    /// The entity's community, numbered from 1, largest first.
    public var community: Int
    /// The number of entities in that community, the entity included.
    public var communitySize: Int
    /// Entities exactly one step away.
    public var neighborCount: Int
    /// Entities exactly two steps away (not one).
    public var twoStepCount: Int

    /// Profiles `node` of `graph`.
    ///
    /// - Complexity: that of the slowest measure asked for (betweenness: O(nm)), plus Louvain
    ///   and one breadth-first search.
    public init(_ node: Int, in graph: Graph, measures: [CentralityMeasure] = defaultMeasures, communitySeed: UInt64 = 1,
                threads: Int = 1) {
        self.node = node
        relations = graph.relations(touching: node).map { graph.record(ofRelation: $0) }
        let projection = graph.undirectedSimpleProjection()
        var settings = CentralityMeasure.Settings()
        settings.threads = threads
        var ranks: [Rank] = []
        var unavailable: [(measure: CentralityMeasure, reason: String)] = []
        for measure in measures {
            do {
                let scores = try measure.scores(projection, settings: settings)
                ranks.append(Rank(measure: measure, rank: scores.competitionRanks()[node], score: scores[node]))
            } catch {
                unavailable.append((measure, error.description))
            }
        }
        self.ranks = ranks
        self.unavailable = unavailable
        var rng = SplitMix64(seed: communitySeed)
        let partition = Louvain.communities(projection, using: &rng)
        let community = Int(partition.communityOfNode[node])
        self.community = community + 1
        communitySize = partition.communities[community].count
        let distances = BreadthFirst.distances(from: node, in: projection)
        neighborCount = distances.lazy.filter { $0 == 1 }.count
        twoStepCount = distances.lazy.filter { $0 == 2 }.count
    }
}
