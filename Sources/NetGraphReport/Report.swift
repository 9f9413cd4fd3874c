import NetGraph
import NetGraphViz

/// A self-contained account of a graph for people: counts, the cited documents, the drawing,
/// the top actors under five measures, communities, key players and, for chosen pairs, the
/// chain of links with the evidence of every step.
///
/// A report is a plain value: ``init(graph:options:graphviz:)`` computes everything, and
/// ``ReportHTMLWriter`` turns it into one HTML page that needs no network to view. The same
/// graph and options give the same report, and the same page byte for byte.
///
/// ```swift
/// let graph = try BundledGraph.load()
/// let report = try Report(graph: graph, options: ReportOptions(pairs: [.init(from: "El Mencho", to: "Sheinbaum")]))
/// try GraphFile.writeAtomically(ReportHTMLWriter.html(of: report), to: "out/report.html")
/// ```
public struct Report: Sendable {
    /// An entity as the report names it.
    public struct Actor: Sendable, Equatable {
        public var id: String
        public var name: String
        public var kind: EntityKind
    }

    /// How much of what the graph holds.
    public struct Counts: Sendable, Equatable {
        public var entities: Int
        public var relations: Int
        public var sources: Int
        /// Connected components of the undirected graph.
        public var components: Int
        /// Entities of each kind present, in schema order.
        public var kinds: [(kind: EntityKind, count: Int)]

        public static func == (lhs: Counts, rhs: Counts) -> Bool {
            lhs.entities == rhs.entities && lhs.relations == rhs.relations && lhs.sources == rhs.sources
                && lhs.components == rhs.components
                && lhs.kinds.elementsEqual(rhs.kinds, by: { $0.kind == $1.kind && $0.count == $1.count })
        }
    }

    /// A document the graph cites, with the number of relations citing it.
    public struct CitedSource: Sendable, Equatable {
        public var source: Source
        public var citations: Int
    }

    /// The top actors under one measure, or why the measure could not be computed.
    public struct Ranking: Sendable, Equatable {
        public var measure: ReportMeasure
        public var entries: [(actor: Actor, score: Double)]
        /// Why the measure has no entries (a power iteration that did not converge).
        public var failure: String?

        public static func == (lhs: Ranking, rhs: Ranking) -> Bool {
            lhs.measure == rhs.measure && lhs.failure == rhs.failure
                && lhs.entries.elementsEqual(rhs.entries, by: { $0.actor == $1.actor && $0.score == $1.score })
        }
    }

    /// Louvain's communities, largest first, members in graph order.
    public struct Communities: Sendable, Equatable {
        public var seed: UInt64
        /// NetworkX's modularity; nil when the graph has no relations (undefined).
        public var modularity: Double?
        public var groups: [[Actor]]
    }

    /// A key-player set under one of Borgatti's criteria.
    public struct KeyPlayers: Sendable, Equatable {
        public enum Mode: String, Sendable {
            /// KPP-Neg: removing the set fragments the rest most.
            case fragment
            /// KPP-Pos: the set reaches the most others within ``KeyPlayers/depth`` steps.
            case reach
        }

        public var mode: Mode
        public var depth: Int
        public var score: Double
        public var members: [Actor]
    }

    /// One relation offered as evidence for a step of a chain.
    public struct Evidence: Sendable, Equatable {
        /// The relation's index in the graph (its SVG id is `e<index>`).
        public var relation: Int
        /// The relation's own direction: `from —type→ to`.
        public var from: Actor
        public var to: Actor
        public var type: String
        public var isDirected: Bool
        /// `2020-06-26`, `since 2019`, `2006–2012`; nil when undated.
        public var date: String?
        public var status: String?
        public var quote: String?
        /// The cited source's id, and the document when the graph lists it.
        public var sourceID: String?
        public var source: Source?
    }

    /// One entity's Gould–Fernandez brokerage between the kinds (`GouldFernandez`, on the
    /// undirected graph, groups = entity kinds).
    /// Actors removed one at a time by one strategy (`RemovalSimulation`), as
    /// `netgraph disrupt` reports it.
    public struct Disruption: Sendable, Equatable {
        /// One removal and the network after it (all removals so far).
        public struct Step: Sendable, Equatable {
            public var removed: Actor
            public var impact: RemovalImpact
        }
        /// How the next actor was chosen, in words.
        public var strategy: String
        public var intact: RemovalImpact
        public var steps: [Step]
        /// Schneider et al.'s robustness R over these removals.
        public var robustness: Double
        /// The curves, as `disrupt --svg` draws them.
        public var chart: String
    }

    /// The graph year by year (`Timeline`), as `netgraph timeline` gives it.
    public struct TimelineSection: Sendable, Equatable {
        public struct Year: Sendable, Equatable {
            public var period: String
            public var entities: Int
            public var relations: Int
            public var entered: Int
            public var left: Int
            public var components: Int
            /// The most connected actors that year (degree), highest first.
            public var top: [Actor]
        }
        public var years: [Year]
        /// Relations without a date, which are in every year.
        public var undatedRelations: Int
        /// Counts and rank trajectories, as `timeline --svg` draws them.
        public var chart: String
    }

    /// Which top actors rest on one document (`Sensitivity.topK`), as `netgraph sensitivity`
    /// reports it.
    public struct SensitivitySection: Sendable, Equatable {
        public struct Member: Sendable, Equatable {
            public var actor: Actor
            /// The scenarios in which it leaves the top, in words ("source X", "status alleged").
            public var lostWithout: [String]
        }
        public var measure: String
        /// How many scenarios were tried (one per cited source, one per status used).
        public var scenarios: Int
        public var members: [Member]
    }

    public struct Broker: Sendable, Equatable {
        public var actor: Actor
        /// Counts by role, in the order of `GouldFernandez.Role.allCases`.
        public var roles: [Int]
        public var total: Int
        /// The total's z-score under sna's null model (nil when undefined).
        public var z: Double?
    }

    /// One step of a chain: two entities and every relation joining them.
    public struct Step: Sendable, Equatable {
        public var from: Actor
        public var to: Actor
        /// Every relation joining the two, in file order; the first is the one drawn.
        public var evidence: [Evidence]
    }

    /// The shortest chain between a pair (fewest steps, ignoring direction).
    public struct Chain: Sendable, Equatable {
        public var from: Actor
        public var to: Actor
        /// The steps in order from ``from``; nil when no chain links the two, empty when they
        /// are the same entity.
        public var steps: [Step]?
    }

    public var title: String
    public var summary: String?
    public var scope: String?
    /// How the drawing colours its nodes (a community's colour is shown beside it when by community).
    public var coloring: ReportOptions.Coloring
    public var counts: Counts
    public var sources: [CitedSource]
    /// The drawing as inline SVG markup (Graphviz's SVG without its XML prolog).
    public var svg: String
    /// What Graphviz warned about while drawing.
    public var drawingWarnings: [String]
    public var rankings: [Ranking]
    public var communities: Communities
    public var keyPlayers: [KeyPlayers]
    /// The `top` brokers between kinds, most brokerage first (ties by id); entities that
    /// broker nothing are left out.
    public var brokers: [Broker]
    /// The first ``ReportOptions/top`` removals by degree and by betweenness, each ranked
    /// again after every removal; empty above ``Report/whatIfLimit`` entities.
    public var disruption: [Disruption]
    /// Year by year; nil when no relation is dated, or the dates span more than
    /// `Timeline.maximumSnapshots` years.
    public var timeline: TimelineSection?
    /// The top ``ReportOptions/top`` by betweenness with each source, and each status, left
    /// out in turn; nil above ``Report/whatIfLimit`` entities or when no relation cites a
    /// source or has a status.
    public var sensitivity: SensitivitySection?
    public var chains: [Chain]

    /// Entities above which the report leaves the removal simulations and the sensitivity
    /// out: each removal step measures every distance again, O(n·(n + m)), and each
    /// scenario computes betweenness again, O(n·m).
    public static let whatIfLimit = 2_000
}
