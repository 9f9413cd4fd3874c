import NetGraph

/// `path`: the shortest chains between two entities, each step with every relation that
/// makes it and that relation's evidence, and which documents the chain rests on.
struct PathResult: CommandResult {
    let graph: Graph
    let simple: AnalysisGraph
    let from: Int
    let to: Int
    /// The paths, possibly listed as they are read (``ShortestPathListing``): iterated once
    /// per format, never held whole.
    let paths: AnySequence<NetGraph.Path>
    /// How many paths ``paths`` yields.
    let pathCount: Int
    let weighted: Bool
    /// Whether every shortest path was asked for (`--all`), and whether there were more.
    let all: Bool
    let capped: Bool
    /// Whether `--avoid`, `--via-kinds` or `--max-hops` constrained the search.
    let constrained: Bool

    func json() -> JSONDocument {
        .streaming([("from", .string(graph.id(ofNode: from))), ("to", .string(graph.id(ofNode: to)))],
                   "paths", paths.lazy.map { path -> JSONValue in
                // One look-up of the evidence serves the documents, the grade and the edges.
                let evidence = graph.evidence(along: path, in: simple)
                let support = ChainSupport(steps: evidence)
                return .object([
                    ("hops", .int(path.hops)), ("cost", .double(path.cost)),
                    ("nodes", .array(path.nodes.map { .string(graph.id(ofNode: $0)) })),
                    ("sources", .array(support.sources.map(JSONValue.string))),
                    ("single_source_steps", .array(support.singleSourceSteps.map(JSONValue.int))),
                    ("weakest_grade", NetGraphCommand.PathCommand.weakestGrade(evidence, in: graph).map(JSONValue.string) ?? .null),
                    ("edges", .array(evidence.enumerated().flatMap { step, items in
                        items.map { item in
                            RelationOutput.json(graph.record(ofRelation: item.relation), in: graph, leading: [("step", .int(step + 1))])
                        }
                    })),
                ])
            })
    }

    func records() -> CSVTable {
        var table = CSVTable(["path", "step"] + RelationOutput.csvHeaders(seenFrom: false))
        for (number, path) in paths.enumerated() {
            for row in rows(of: path, number: number) { table.add(row) }
        }
        return table
    }

    /// Writes the answer a path at a time (table, Markdown, CSV) or item by item (JSON), the
    /// same bytes ``CommandResult/write(as:)`` writes from the whole document.
    func write(as format: OutputFormat) {
        var output = StreamedText()
        switch format {
        case .json:
            json().write()
            return
        case .csv:
            output.write(CSVTable.line(["path", "step"] + RelationOutput.csvHeaders(seenFrom: false)))
            for (number, path) in paths.enumerated() {
                for row in rows(of: path, number: number) { output.write(CSVTable.line(row)) }
            }
        case .table, .markdown:
            let render = format == .table ? DisplayBlock.text : DisplayBlock.markdown
            guard pathCount > 0 else {
                Emit.text(render(display()))
                return
            }
            // Each chunk after the first starts with a heading, which both renderings set
            // off from what came before by one blank line.
            for (number, path) in paths.enumerated() {
                output.write((number > 0 ? "\n" : "") + render(blocks(of: path, number: number)))
            }
            if capped { output.write("\n" + render([Self.cappedNote])) }
        }
        output.finish()
    }

    private static let cappedNote = DisplayBlock.heading("(more shortest paths exist; raise --max-paths)")

    private func rows(of path: NetGraph.Path, number: Int) -> [[String]] {
        graph.evidence(along: path, in: simple).enumerated().flatMap { step, items in
            items.map { item in
                [String(number + 1), String(step + 1)] + RelationOutput.csvRow(graph.record(ofRelation: item.relation), in: graph)
            }
        }
    }

    func display() -> [DisplayBlock] {
        guard pathCount > 0 else {
            return [.line("no path from \(graph.name(ofNode: from)) to \(graph.name(ofNode: to))" + (constrained ? " within the constraints" : ""))]
        }
        var blocks: [DisplayBlock] = []
        for (number, path) in paths.enumerated() { blocks += self.blocks(of: path, number: number) }
        if capped { blocks.append(Self.cappedNote) }
        return blocks
    }

    /// The blocks of one path: its heading, chain, relations with their evidence, and notes.
    private func blocks(of path: NetGraph.Path, number: Int) -> [DisplayBlock] {
        var blocks: [DisplayBlock] = []
        let cost = weighted ? ", cost \(path.cost.shortDescription)" : ""
        let numbered = pathCount > 1 || all ? "\(number + 1). " : ""
        blocks.append(.heading("\(numbered)\(path.hops) step\(path.hops == 1 ? "" : "s")\(cost)"))
        let evidence = graph.evidence(along: path, in: simple)
        let support = ChainSupport(steps: evidence)
        blocks.append(.line(chain(path, evidence: evidence)))
        var index = 0
        for (step, items) in evidence.enumerated() {
            for item in items {
                index += 1
                var details = [item.interval.text ?? "", item.source.map { "source \($0.id)" } ?? "no source"].filter { !$0.isEmpty }
                if let status = item.status { details.append(status.rawValue) }
                let grade = graph.grade(ofRelation: item.relation)
                if grade.isGraded { details.append("grade \(grade)") }
                if support.singleSourceSteps.contains(step + 1) && !support.restsOnOneDocument { details.append("single source") }
                blocks.append(.entry("\(graph.name(ofNode: item.from)) —\(item.type)→ \(graph.name(ofNode: item.to)) (\(details.joined(separator: ", ")))",
                                     label: String(index), quote: item.quote))
            }
        }
        if let weakest = NetGraphCommand.PathCommand.weakestGrade(evidence, in: graph) { blocks.append(.note("weakest grade: \(weakest)")) }
        if support.restsOnOneDocument {
            blocks.append(.note(support.sources.first.map { "rests on one document: \($0)" } ?? "rests on no document"))
        } else {
            blocks.append(.note("sources: \(support.sources.joined(separator: ", "))"))
        }
        return blocks
    }

    /// `A —leads→ B ←appointed— C`, using each step's first relation.
    private func chain(_ path: NetGraph.Path, evidence: [[Evidence]]) -> String {
        var text = graph.name(ofNode: path.nodes[0])
        for step in 0..<path.hops {
            let (u, v) = (path.nodes[step], path.nodes[step + 1])
            if let first = evidence[step].first {
                let more = evidence[step].count > 1 ? " +\(evidence[step].count - 1)" : ""
                text += first.from == u ? " —\(first.type)\(more)→ " : " ←\(first.type)\(more)— "
            }
            text += graph.name(ofNode: v)
        }
        return text
    }
}
