import ArgumentParser
import Foundation
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

                --sources DIR checks every quote against the text of its source's document \
                (the source's file: inside DIR): verbatim up to whitespace and the style of \
                quotation marks. Each quote not found is an error at its FILE:LINE:COL; a \
                document that is missing is named; sources without file: are counted as \
                unchecked. JSON adds "quotes": {"checked":n,"found":n,"unchecked":n,"unreadable":n,\
                "problems":[{"relation":id|null,"source":S,"line":l|null,"column":c|null,"message":M}…]}.

                Example: netgraph validate graphs/mexico-security.yaml --strict
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Flag(help: "Treat warnings as errors: every relation must cite a source and quote it, every entity take part in a relation.")
        var strict = false

        @Option(help: ArgumentHelp("Check every quote against its source's document in this folder.", valueName: "dir"))
        var sources: String?

        @OptionGroup var options: GraphOptions

        func validate() throws {
            if let sources {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: sources, isDirectory: &isFolder), isFolder.boolValue else {
                    throw ValidationError("--sources '\(sources)' is not a folder")
                }
            }
        }

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
            let quotes = sources.map { QuoteVerification(graph: graph, documents: URL(fileURLWithPath: $0)) }
            let quoteProblems = (quotes?.problems ?? []).map { problem in
                var text = problem.message
                if let r = problem.relation, let quote = graph.quote(ofRelation: r) {
                    text += ": “\(quote.prefix(120))\(quote.count > 120 ? "…" : "")”"
                }
                guard let r = problem.relation, let place = graph.quoteLocation(ofRelation: r) else {
                    return Diagnostic("\(name): " + text)
                }
                return Diagnostic(text, at: SourceLocation(file: name, line: place.line, column: place.column))
            }
            if !quoteProblems.isEmpty { Diagnostics.errors(GraphInputError(quoteProblems)) }
            ValidateResult(file: name, graph: graph, warnings: warnings, quotes: quotes,
                           valid: isValid(errors: [], warnings: warnings, quotes: quotes),
                           report: report(file: name, graph: graph, errors: [], warnings: warnings, quotes: quotes)).write(as: options.format)
            if let quotes, !quotes.problems.isEmpty {
                throw CommandError.input("\(quotes.problems.count) quote problem\(quotes.problems.count == 1 ? "" : "s")")
            }
            if strict && !warnings.isEmpty {
                throw CommandError.input("\(warnings.count) warning\(warnings.count == 1 ? "" : "s") under --strict")
            }
        }

        static func json(_ quotes: QuoteVerification, _ graph: Graph) -> JSONValue {
            .object([
                ("checked", .int(quotes.checked)), ("found", .int(quotes.found)), ("unchecked", .int(quotes.unchecked)),
                ("unreadable", .int(quotes.unreadable)),
                ("problems", .array(quotes.problems.map { problem in
                    let place = problem.relation.flatMap { graph.quoteLocation(ofRelation: $0) }
                    return .object([
                        ("relation", problem.relation.map { .int(graph.record(ofRelation: $0).id) } ?? .null),
                        ("source", .string(problem.source)),
                        ("line", place.map { .int($0.line) } ?? .null), ("column", place.map { .int($0.column) } ?? .null),
                        ("message", .string(problem.message)),
                    ])
                })),
            ])
        }

        /// Valid: no error, no warning under --strict, no quote problem when quotes were checked.
        private func isValid(errors: [Diagnostic], warnings: [String], quotes: QuoteVerification?) -> Bool {
            errors.isEmpty && !(strict && !warnings.isEmpty) && (quotes?.problems.isEmpty ?? true)
        }

        private func report(file: String, graph: Graph?, errors: [Diagnostic], warnings: [String],
                            quotes: QuoteVerification? = nil) -> JSONValue {
            var members: [(String, JSONValue)] = [
                ("file", .string(file)), ("valid", .bool(isValid(errors: errors, warnings: warnings, quotes: quotes))),
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
            if let quotes, let graph { members.append(("quotes", Self.json(quotes, graph))) }
            return .object(members)
        }
    }
}
