import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph validate`: check a graph file and report every problem.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a graph file and report every problem as FILE:LINE:COL.",
            discussion: """
                Errors (exit 1): malformed YAML/JSON, unknown fields, kinds or relation types, \
                endpoint kinds a type forbids, dangling or duplicate ids, bad dates, unknown sources, \
                missing fields, wrong value types. Warnings: relations without a source or quote, \
                entities in no relation; --strict makes them errors.

                Example: netgraph validate graphs/mexico-security.yaml --strict
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Flag(help: "Treat warnings as errors: every relation must cite a source and quote it, every entity take part in a relation.")
        var strict = false

        @OptionGroup var options: GraphOptions

        func run() throws {
            let name = options.displayName(operand: path)
            let graph: Graph
            do {
                graph = try options.load(operand: path)
            } catch let error as GraphInputError {
                if options.format == .json { Emit.json(report(file: name, graph: nil, errors: error.diagnostics, warnings: [])) }
                throw error
            }
            let warnings = GraphAudit.warnings(for: graph)
            for warning in warnings { Diagnostics.warning("\(name): \(warning)") }
            switch options.format {
            case .json:
                Emit.json(report(file: name, graph: graph, errors: [], warnings: warnings))
            case .csv:
                var table = CSVTable(["file", "valid", "entities", "relations", "sources", "warnings"])
                table.add([name, String(!(strict && !warnings.isEmpty)), String(graph.nodeCount),
                           String(graph.relationCount), String(graph.sources.count), String(warnings.count)])
                Emit.text(table.rendered())
            case .table:
                Emit.text("\(name): valid — \(graph.nodeCount) entities, \(graph.relationCount) relations, \(graph.sources.count) sources"
                          + (warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")") + "\n")
            }
            if strict && !warnings.isEmpty {
                throw CommandError.input("\(warnings.count) warning\(warnings.count == 1 ? "" : "s") under --strict")
            }
        }

        private func report(file: String, graph: Graph?, errors: [Diagnostic], warnings: [String]) -> JSONValue {
            var members: [(String, JSONValue)] = [
                ("file", .string(file)), ("valid", .bool(errors.isEmpty && !(strict && !warnings.isEmpty))),
            ]
            if let graph {
                members += [("entities", .int(graph.nodeCount)), ("relations", .int(graph.relationCount)),
                            ("sources", .int(graph.sources.count))]
            }
            members.append(("errors", .array(errors.map { diagnostic in
                .object([("line", diagnostic.location.map { .int($0.line) } ?? .null),
                         ("column", diagnostic.location.map { .int($0.column) } ?? .null),
                         ("message", .string(diagnostic.message))])
            })))
            members.append(("warnings", .array(warnings.map { .string($0) })))
            return .object(members)
        }
    }
}
