import ArgumentParser
import Foundation
import NetGraph
import NetGraphViz

extension NetGraphCommand {
    /// `netgraph render`: draw the graph, or a question about it, through Graphviz.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Draw the graph through Graphviz (SVG, PNG, PDF, DOT or layout JSON).",
            discussion: """
                Each kind has its own shape and colour-blind-safe colour (a legend lists those \
                present); each relation family its own line (violence red and bold, law enforcement \
                dashed…); undirected relation types have no arrow; parallel relations are drawn \
                separately. In SVG every node and edge has a tooltip — an edge's shows its source and \
                quote — and a stable id (the entity id, 'e<relation index>').

                The format follows -o's extension or --format; -o - writes to standard output; \
                canon writes the DOT text netgraph gives Graphviz, before layout, from which \
                `dot -Tsvg` draws the same picture (boxes of --cluster-by aside, which Graphviz \
                may order differently); \
                without -o the drawing goes to out/<graph name>.<format>. Graphs over 2000 nodes \
                are laid out with sfdp unless --layout says otherwise. Output is written atomically \
                and is the same, byte for byte, for the same input and options.

                --size-by takes any node measure, computed on the undirected, unweighted graph with \
                NetworkX's defaults; --color-by community colours Louvain's communities (seed 1), \
                largest first; --cluster-by kind|community draws each kind or community in a box \
                of its own (fdp places boxes differently from run to run). \
                Give GRAPH before --highlight-path, which takes the two names after it.

                Examples:
                  netgraph render -o out/mexico.svg
                  netgraph render --highlight-path "El Mencho" "Sheinbaum" -o out/path.svg
                  netgraph render --focus "García Harfuch" --depth 2 --layout neato -o out/harfuch.png
                """)

        enum SizeBy: String, ExpressibleByArgument, CaseIterable {
            case none
            case degree
            case betweenness
            case closeness
            case harmonic
            case pagerank
            case eigenvector
        }

        enum ClusterBy: String, ExpressibleByArgument, CaseIterable {
            case kind
            /// Louvain communities (seed 1) of the undirected graph, as --color-by community.
            case community
        }

        enum ColorBy: String, ExpressibleByArgument, CaseIterable {
            case kind
            /// Louvain communities (seed 1) of the undirected graph.
            case community
        }

        @Argument(help: ArgumentHelp("An optional graph file (native YAML/JSON or DOT).", valueName: "graph"))
        var operands: [String] = []

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the drawing ('-' for standard output). Default: out/<graph name>.<format>.", valueName: "out"))
        var output: String?

        @Option(help: ArgumentHelp("svg, png, pdf, dot, json or canon (default: from -o's extension, else svg).", valueName: "format"))
        var format: RenderFormat?

        @Option(help: ArgumentHelp("dot, neato, fdp, sfdp, circo or twopi (default: dot; sfdp over 2000 nodes).", valueName: "engine"))
        var layout: LayoutEngine?

        @Flag(help: "Write each relation's type beside its edge.")
        var edgeLabels = false

        @Flag(help: "Leave out the legend of kinds.")
        var noLegend = false

        @Option(help: ArgumentHelp("Scale nodes by a measure: none, degree, betweenness, closeness, harmonic, pagerank or eigenvector.", valueName: "measure"))
        var sizeBy: SizeBy = .none

        @Option(help: ArgumentHelp("Colour nodes by: kind or community.", valueName: "grouping"))
        var colorBy: ColorBy = .kind

        @Option(help: ArgumentHelp("Draw each group in a box of its own: kind or community.", valueName: "grouping"))
        var clusterBy: ClusterBy?

        @Option(name: .long, parsing: .upToNextOption,
                help: ArgumentHelp("Draw a shortest chain between two entities over the faded graph.", valueName: "from to"))
        var highlightPath: [String] = []

        @Option(help: ArgumentHelp("Draw only the entities within --depth steps of this one.", valueName: "node"))
        var focus: String?

        @Option(help: ArgumentHelp("Steps from --focus (at least 1).", valueName: "steps"))
        var depth: Int = 1

        @Option(help: ArgumentHelp("Seed of the neato, fdp and sfdp layouts.", valueName: "n"))
        var seed: Int = 1

        @Option(help: ArgumentHelp("Refuse to draw more entities than this (default \(RenderOptions.defaultMaxNodes)): laying out is far slower than linear.", valueName: "n"))
        var maxNodes: Int = RenderOptions.defaultMaxNodes

        @OptionGroup var input: GraphInputOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard operands.count <= 1 else { throw ValidationError("expected at most one graph file") }
            guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
            if format == nil, let output, output != "-", RenderFormat(path: output) == nil {
                throw ValidationError("cannot tell the format of '\(output)' from its extension; use --format")
            }
            if let format, let output, let implied = RenderFormat(path: output), implied != format {
                throw ValidationError("--format \(format.rawValue) contradicts the extension of '\(output)'")
            }
            if !highlightPath.isEmpty && highlightPath.count != 2 {
                throw ValidationError("--highlight-path takes two names, FROM and TO")
            }
            guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
            if focus == nil && depth != 1 { throw ValidationError("--depth needs --focus") }
        }

        /// The measure nodes are scaled by, on the undirected unweighted graph.
        private func nodeSizes(of graph: Graph) throws -> [Double]? {
            switch sizeBy {
            case .none: return nil
            case .degree: return NodeMeasure.degree(of: graph)
            default: break
            }
            guard let measure = CentralityMeasure(rawValue: sizeBy.rawValue) else { return nil }
            return try measure.scores(try graph.analysisGraph()).values
        }

        /// Community of each node.
        private func communities(of graph: Graph) throws -> [Int] {
            let partition = try CommunityMethod.standard.partition(of: try graph.analysisGraph())
            return partition.communityOfNode.map(Int.init)
        }

        func run() throws {
            let preparation = Self.graphviz
            if let output { try input.checkOutput(output, operand: operands.first) }
            var graph = try filters.apply(to: try input.load(operand: operands.first))
            var emphasis: RenderOptions.Emphasis?
            if let focus {
                let center = try NameResolver(graph: graph).resolve(focus)
                let near = NeighborhoodSearch.neighbors(of: center, in: graph, depth: depth)
                let keep = Set([graph.id(ofNode: center)] + near.map { graph.id(ofNode: $0.node) })
                let id = graph.id(ofNode: center)
                graph = graph.subgraph(keepEntity: { keep.contains($0.id) })
                emphasis = .init(nodes: [graph.index(of: id)!], fadeOthers: false)
            }
            if highlightPath.count == 2 {
                let resolver = NameResolver(graph: graph)
                let from = try resolver.resolve(highlightPath[0])
                let to = try resolver.resolve(highlightPath[1])
                guard let chain = ShortestChain.relations(from: from, to: to, in: graph) else {
                    throw CommandError.input("no chain links \(graph.name(ofNode: from)) and \(graph.name(ofNode: to)) in this graph")
                }
                emphasis = .init(nodes: ShortestChain.nodes(from: from, along: chain, in: graph), relations: chain)
            }

            let renderFormat = requestedFormat()
            let engine: LayoutEngine
            if let layout {
                engine = layout
            } else {
                engine = LayoutEngine.automatic(nodeCount: graph.nodeCount)
                if engine != .dot {
                    Diagnostics.notice("\(graph.nodeCount) nodes is over \(LayoutEngine.largeGraphThreshold); laying out with \(engine.rawValue) (choose another with --layout)")
                }
            }
            let community = colorBy == .community || clusterBy == .community ? try communities(of: graph) : nil
            let options = RenderOptions(
                layout: engine, format: renderFormat, edgeLabels: edgeLabels, legend: !noLegend,
                nodeSize: try nodeSizes(of: graph), groups: colorBy == .community ? community : nil,
                clusterByKind: clusterBy == .kind, clusterGroups: clusterBy == .community ? community : nil,
                clusterLabel: "community", emphasis: emphasis, seed: seed, maxNodes: maxNodes)

            let rendering: GraphvizContext.Rendering
            do {
                rendering = try preparation.render(graph, options: options)
            } catch {
                switch error.kind {
                case .usage: throw CommandError.usage(error.message)
                case .tooLarge: throw CommandError.input(error.message + "; draw part of it (--focus, --kinds, --exclude) or raise --max-nodes")
                case .graphviz: throw CommandError.input(error.message)
                }
            }
            for warning in rendering.warnings { Diagnostics.warning("Graphviz: \(warning)") }

            let destination = output ?? "out/\(Self.fileName(for: graph.name)).\(renderFormat.rawValue)"
            if destination == "-" {
                FileHandle.standardOutput.write(rendering.data)
                return
            }
            do {
                try GraphFile.writeAtomically(rendering.data, to: destination)
            } catch {
                throw CommandError.input("cannot write '\(destination)': \(error.localizedDescription)")
            }
            Emit.text("wrote \(destination) (\(renderFormat.rawValue), \(engine.rawValue) layout): \(graph.nodeCount) entities, \(graph.relationCount) relations\n")
        }

        /// Graphviz made ready on another thread, started as soon as the command line names
        /// this command (see `NetGraphCommand.main`), so that loading Graphviz's plugins and
        /// fonts overlaps parsing the arguments and reading the graph. It warms up with the
        /// default engine and format; another engine or format loads its own plugin when
        /// drawing.
        static let graphviz = GraphvizPreparation()

        /// The output format: `--format`, else `-o`'s extension, else SVG.
        private func requestedFormat() -> RenderFormat {
            format ?? output.flatMap { $0 == "-" ? nil : RenderFormat(path: $0) } ?? .svg
        }

        /// A file name from a graph name: letters, digits, `-`, `_` and `.` kept, the rest `-`.
        static func fileName(for name: String) -> String {
            let kept = name.unicodeScalars.map { scalar -> Character in
                CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar) ? Character(scalar) : "-"
            }
            let text = String(kept).trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
            return text.isEmpty ? "graph" : text
        }
    }
}
