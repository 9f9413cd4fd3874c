import ArgumentParser
import Foundation
import NetGraph
import NetGraphReport
import NetGraphViz

extension NetGraphCommand {
    /// `netgraph report`: one self-contained HTML page about the graph.
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write a self-contained HTML report: drawing, top actors, brokers, removals, sensitivity, timeline, cited chains.",
            discussion: """
                One page that opens in any browser without a network: the graph's counts and \
                sources; the drawing (SVG, tooltips with every link's source and quote); the --top \
                actors under degree, betweenness, closeness, PageRank and eigenvector centrality; \
                Louvain's communities (--seed); the key players that fragment the graph most and \
                that reach most of it (--key-players, --reach-depth); the brokers between kinds; the \
                first --top removals by degree and by betweenness (as disrupt --recompute) and which \
                top actors rest on one document (as sensitivity), on graphs of at most 2,000 \
                entities; the graph year by year (as timeline --every year); and for each --pair FROM TO \
                the shortest chain, drawn bold, with the relation, date, status, quote and source \
                of every step. Measures are NetworkX's, on the undirected graph.

                The filters narrow the graph first. An unknown or ambiguous name exits 2 before \
                anything is written. Without -o the page goes to out/<graph name>.html; -o - \
                writes it to standard output. Written atomically; the same input and options give \
                the same bytes. Give GRAPH before --pair, which takes the two names after it.

                Examples:
                  netgraph report -o out/report.html
                  netgraph report --pair "El Mencho" Sheinbaum --pair CJNG "Sinaloa Cartel" -o out/report.html
                  netgraph report graph.yaml --as-of 2020 --top 5 --color-by community
                """)

        enum SizeBy: String, ExpressibleByArgument, CaseIterable {
            case none, degree, betweenness, closeness, pagerank, eigenvector
        }

        @Argument(help: ArgumentHelp("An optional graph file.", valueName: "graph"))
        var operands: [String] = []

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the page ('-' for standard output). Default: out/<graph name>.html.", valueName: "out"))
        var output: String?

        @Option(name: .long, parsing: .upToNextOption,
                help: ArgumentHelp("Show the shortest chain between two entities, with its evidence (repeatable).", valueName: "from to"))
        var pair: [String] = []

        @Option(help: ArgumentHelp("Actors listed under each measure.", valueName: "n"))
        var top: Int = 10

        @Option(help: ArgumentHelp("Size of each key-player set; 0 leaves them out.", valueName: "k"))
        var keyPlayers: Int = 3

        @Option(help: ArgumentHelp("Steps counted as reached by the reach key players.", valueName: "steps"))
        var reachDepth: Int = 1

        @Option(help: ArgumentHelp("Louvain's random seed.", valueName: "s"))
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("dot, neato, fdp, sfdp, circo or twopi.", valueName: "engine"))
        var layout: LayoutEngine = .sfdp

        @Option(help: ArgumentHelp("Seed of the neato, fdp and sfdp layouts.", valueName: "n"))
        var layoutSeed: Int = 1

        @Option(help: ArgumentHelp("Colour nodes by: kind or community.", valueName: "grouping"))
        var colorBy: ReportOptions.Coloring = .kind

        @Option(help: ArgumentHelp("Scale nodes by: none, degree, betweenness, closeness, pagerank or eigenvector.", valueName: "measure"))
        var sizeBy: SizeBy = .none

        @OptionGroup var input: GraphInputOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard operands.count <= 1 else { throw ValidationError("expected at most one graph file") }
            guard pair.count % 2 == 0 else { throw ValidationError("--pair takes two names, FROM and TO") }
            guard top >= 0 else { throw ValidationError("--top must be at least 0") }
            guard keyPlayers >= 0 else { throw ValidationError("--key-players must be at least 0") }
            guard reachDepth >= 1 else { throw ValidationError("--reach-depth must be at least 1") }
            if let output, output != "-", !output.lowercased().hasSuffix(".html"), !output.lowercased().hasSuffix(".htm") {
                throw ValidationError("the report is HTML: name the output file '….html' (or '-' for standard output)")
            }
        }

        func run() throws {
            if let output { try input.checkOutput(output, operand: operands.first) }
            let graph = try filters.apply(to: try input.load(operand: operands.first))
            let options = ReportOptions(
                top: top,
                pairs: stride(from: 0, to: pair.count, by: 2).map { ReportOptions.Pair(from: pair[$0], to: pair[$0 + 1]) },
                keyPlayers: keyPlayers, reachDepth: reachDepth, communitySeed: seed,
                layout: layout, layoutSeed: layoutSeed, coloring: colorBy,
                sizeBy: ReportMeasure(rawValue: sizeBy.rawValue), scope: scope())
            let report: NetGraphReport.Report
            do {
                report = try NetGraphReport.Report(graph: graph, options: options)
            } catch let error as RenderError {
                switch error.kind {
                case .usage: throw CommandError.usage(error.message)
                case .tooLarge: throw CommandError.input(error.message + "; report on part of it (--kinds, --exclude, --as-of)")
                case .graphviz: throw CommandError.input(error.message)
                }
            } catch let error as CentralityError {
                throw CommandError.input(error.description)
            }
            for warning in report.drawingWarnings { Diagnostics.warning("Graphviz: \(warning)") }
            let page = ReportHTMLWriter.html(of: report)

            let destination = output ?? "out/\(Render.fileName(for: graph.name)).html"
            if destination == "-" {
                Emit.text(page)
                return
            }
            do {
                try GraphFile.writeAtomically(page, to: destination)
            } catch {
                throw CommandError.input("cannot write '\(destination)': \(error.localizedDescription)")
            }
            let chains = report.chains.count
            Emit.text("wrote \(destination): \(graph.nodeCount) entities, \(graph.relationCount) relations"
                + (chains == 0 ? "" : ", \(chains) chain\(chains == 1 ? "" : "s")") + "\n")
        }

        /// The filters in force, in words, for the page's header; nil when there are none.
        private func scope() -> String? {
            var parts: [String] = []
            let kinds = FilterOptions.split(filters.kinds)
            if !kinds.isEmpty { parts.append("kinds \(kinds.joined(separator: ", "))") }
            let relations = FilterOptions.split(filters.relations)
            if !relations.isEmpty { parts.append("relations \(relations.joined(separator: ", "))") }
            if let asOf = filters.asOf { parts.append("as of \(asOf)") }
            let statuses = FilterOptions.split(filters.excludeStatus)
            if !statuses.isEmpty { parts.append("without \(statuses.joined(separator: ", ")) relations") }
            return parts.isEmpty ? nil : "Only " + parts.joined(separator: "; ")
        }
    }
}
