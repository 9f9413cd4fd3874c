import Foundation
import NetGraph
@_spi(Testing) @testable import NetGraphViz
import Testing
import VizTestSupport

/// The DOT fast path must give exactly what the cgraph path gives (the same graph, or the same
/// error) or decline: these tests compare the two on crafted texts, on the writer's output
/// for every graph file of the repository, and on mutations of those texts.
@Suite struct DOTFastPathTests {
    /// Texts the fast path must take.
    static let accepted: [String] = [
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [label=\"A\", kind=\"person\"];\n  \"b\" [kind=\"person\"];\n  \"a\" -> \"b\" [type=\"allied-with\", label=\"allied-with\", weight=\"2\", dir=none];\n}\n",
        // Comments and any white space between tokens, as cgraph's scanner skips them.
        "/* head */ digraph \"g\" { // note\n\tgraph [netgraph=\"1\"] ;\r\n# a line comment\n\"a\" [ label = \"A\" , kind=\"person\" ] ; \"a\" -> \"a\" [type=\"allied-with\"];}",
        // Escapes cgraph keeps, and one it undoes (`\"`).
        "digraph \"g\\\"h\" {\n  graph [netgraph=\"1\", description=\"two\\nlines \\\"quoted\\\" \\\\ \\u00e9\"];\n  \"a\\\\b\" [label=\"\\\\N\", kind=\"person\"];\n}\n",
        // Values the typed reader refuses: the same error as through cgraph.
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"persn\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\"];\n  \"a\" -> \"a\" [type=\"allied-with\", weight=\"abc\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\", schema=\"{\"];\n  \"a\" [kind=\"person\", since=\"2020-13\", label=\"\\q\"];\n}\n",
        // Empty values are absent, as cgraph reports them.
        "digraph \"g\" {\n  graph [netgraph=\"1\", description=\"\"];\n  \"a\" [kind=\"person\", label=\"\"];\n  \"a\" -> \"a\" [type=\"allied-with\", quote=\"\"];\n}\n",
        // Attributes netgraph does not read are passed over.
        "digraph \"g\" {\n  graph [netgraph=\"1\", rankdir=LR];\n  \"a\" [kind=\"person\", shape=\"box\", color=red];\n  \"a\" -> \"a\" [type=\"allied-with\", penwidth=\"2\"];\n}\n",
    ]

    /// Texts it must leave to cgraph.
    static let declined: [String] = [
        "graph \"g\" {\n  graph [netgraph=\"1\"];\n}\n",
        "strict digraph \"g\" {\n  graph [netgraph=\"1\"];\n}\n",
        "digraph g {\n  graph [netgraph=\"1\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\"];\n  \"a\" [label=\"A\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\"];\n  \"a\" -> \"b\" [type=\"allied-with\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\"];\n  \"a\" -> \"a\" [type=\"allied-with\"];\n  \"b\" [kind=\"person\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\"];\n  \"a\" -> \"a\" [type=\"allied-with\", key=\"k\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\", kind=\"org\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"%a\" [kind=\"person\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  a [kind=\"person\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=<person>];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"per\" + \"son\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  node [kind=\"person\"];\n  \"a\";\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  subgraph \"s\" { \"a\" [kind=\"person\"]; }\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\"]\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\" label=\"A\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\", dir=node];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\"];\n  \"a\" -- \"a\" [type=\"allied-with\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"person\", label=\"tab\there\"];\n}\n",
        "digraph \"g\" {\n  graph [netgraph=\"1\"];\n}\ndigraph \"h\" {\n}\n",
        "\u{FEFF}digraph \"g\" {\n  graph [netgraph=\"1\"];\n}\n",
    ]

    /// Other tools' DOT in plain statements: texts the untyped reading must take (into the
    /// graph or the error cgraph's path gives).
    static let acceptedUntyped: [String] = [
        "graph {\n  a -- b;\n}\n",
        // As NetworkX writes through pydot.
        "strict graph  {\n0;\n1;\n2;\n0 -- 1;\n1 -- 2;\n}\n",
        "digraph G {\n  rankdir=LR; graph [splines=true]; node [shape=box]; edge [color=grey]\n"
            + "  a [label=\"El Mencho\", kind=person]\n  b [label=\"\\N\"]\n  a -> b -> c [weight=2.5]\n  c -> a [weight=\"1e3\"]; a -> a\n}\n",
        "digraph \"two words\" { \"El Mencho\" -> \"CJNG\" [label=leads]; \"El Mencho\" [kind=\"person\" label=\"E. M.\\nline\"] }",
        "DiGraph g { a; b; a -> b; a [label=\"A\"]; a [label=\"\"]; b [kind=person]; b [kind=\"\"] }",
        "graph g { 1 -- 2 -- 3; 3 -- 1; x [kind=\"spaceship\"]; -1 -- .5 }",
        "digraph { a -> b [weight=abc] }",
        "digraph { a -> b [weight=\"\"]; a -> b; a -> b [weight=-0.5, color=red; style=dashed] }",
        "strict digraph { a -> b; b -> a }",
        "digraph \"\" { \"node\" -> \"graph\"; \"a b\" -> \"a-b\" }",
        "/* head */ digraph g { // note\n# line\n a -> b }\n// tail\n",
        "digraph \"g\" {\n  graph [description=\"x\"];\n}\n",
    ]

    /// Other tools' DOT the untyped reading must leave to cgraph.
    static let declinedUntyped: [String] = [
        "digraph { a -> b [key=k]; a -> b [key=k] }",
        "strict digraph { a -> b; a -> b }",
        "strict graph { a -- b; b -- a }",
        "strict graph { a -- a }",
        "digraph { node [label=\"x\"]; a }",
        "digraph { node [kind=person]; a }",
        "digraph { edge [weight=2]; a -> b }",
        "digraph { graph [netgraph=\"1\"]; a }",
        "digraph { netgraph=\"1\"; a }",
        "digraph { subgraph s { a } }",
        "digraph { { a b } }",
        "digraph { a:p -> b }",
        "digraph { a -> { b c } }",
        "digraph { a [label=<b>x</b>] }",
        "digraph { a [label=\"x\" + \"y\"] }",
        "digraph { \"%a\" -> b }",
        "digraph { a -- b }",
        "graph { a -> b }",
        "digraph { 1a -> b }",
        "digraph { a [label=x, label=y] }",
        "digraph { a [\"label\"=x] }",
        "digraph { a [label=x][kind=person] }",
        "digraph { ; a }",
        "digraph { a;; b }",
        "digraph { \"\" -> b }",
        "digraph { a } digraph { b }",
        "digraph { \"tab\there\" }",
        "digraph { é -> b }",
        "digraph { a -> node }",
        "digraph { a -> b",
        "\u{FEFF}digraph { a }",
    ]

    @Test(arguments: acceptedUntyped)
    func takesOtherToolsPlainDOTAndAgreesWithCgraph(_ text: String) {
        #expect(Self.isTaken(text), "declined: \(text.debugDescription)")
        #expect(Self.agrees(text))
    }

    @Test(arguments: declinedUntyped)
    func leavesOtherToolsDOTBeyondPlainStatementsToCgraph(_ text: String) {
        #expect(!Self.isTaken(text))
        #expect(Self.agrees(text))
    }

    /// Every repository graph, laid out as other tools write DOT (quoted or bare names, labels
    /// and kinds as attributes, edges before or after their nodes, chains), is taken by the
    /// untyped reading and read as through cgraph; so is, or is declined, every mutation.
    @Test func readsOtherToolsDOTOfEveryRepositoryGraphAsCgraph() throws {
        var written: [(name: String, text: String)] = []
        for (name, graph) in VizSupport.repositoryGraphs().map({ ($0.name, $0.graph) }) {
            for (layout, text) in Self.otherToolsLayouts(of: graph).enumerated() { written.append(("\(name) #\(layout)", text)) }
        }
        #expect(written.count >= 90)
        var declined: [String] = []
        for (name, text) in written {
            if !Self.isTaken(text) { declined.append(name) }
            #expect(Self.agrees(text), "\(name)")
        }
        print("DOTFastPathTests: other tools' layouts declined: \(declined.joined(separator: ", "))")
        // Bare ids that are no DOT names (`2019-x`, accents), control characters and the like
        // are cgraph's to read.
        #expect(declined.count * 5 < written.count, "declined: \(declined)")
        let (checked, taken) = Self.checkMutations(of: written)
        #expect(checked > 1_000)
        #expect(taken > 500)
    }

    /// Checks that every mutation of each text (under 40,000 bytes) reads alike on both paths;
    /// returns how many were checked and how many the fast path took.
    static func checkMutations(of written: [(name: String, text: String)]) -> (checked: Int, taken: Int) {
        var checked = 0
        var taken = 0
        for (name, text) in written where text.utf8.count < 40_000 {
            for mutation in mutations(of: text) {
                checked += 1
                if isTaken(mutation) { taken += 1 }
                #expect(agrees(mutation), "\(name): \(mutation.prefix(300).debugDescription)")
            }
        }
        return (checked, taken)
    }

    /// A graph as other tools lay DOT out: quoted names with labels and kinds, nodes first; an
    /// undirected strict graph of bare names, edges only (pydot's way for NetworkX's ids);
    /// edges first, then a node statement per labelled node, items without `;`.
    static func otherToolsLayouts(of graph: Graph) -> [String] {
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        let relations = Array(graph.relations)
        var nodesFirst = "digraph \(quoted(graph.name)) {\n  node [shape=box];\n"
        for entity in graph.entities {
            nodesFirst += "  \(quoted(entity.id)) [label=\(quoted(entity.name)), kind=\(quoted(entity.kind.rawValue))];\n"
        }
        for relation in relations {
            nodesFirst += "  \(quoted(relation.from)) -> \(quoted(relation.to))" + (relation.weight.map { " [weight=\"\($0)\"]" } ?? "") + ";\n"
        }
        nodesFirst += "}\n"
        var bare = "strict graph  {\n"
        var pairs: Set<[String]> = []
        for relation in relations where relation.from != relation.to && pairs.insert([relation.from, relation.to].sorted()).inserted {
            bare += "\(relation.from.replacingOccurrences(of: "-", with: "_")) -- \(relation.to.replacingOccurrences(of: "-", with: "_"));\n"
        }
        bare += "}\n"
        var edgesFirst = "digraph {\n"
        for relation in relations { edgesFirst += "\(quoted(relation.from)) -> \(quoted(relation.to)) [color=grey]\n" }
        for entity in graph.entities where entity.name != entity.id { edgesFirst += "\(quoted(entity.id)) [label=\(quoted(entity.name))]\n" }
        edgesFirst += "}\n"
        return [nodesFirst, bare, edgesFirst]
    }

    @Test(arguments: accepted)
    func takesTheWritersLayoutAndAgreesWithCgraph(_ text: String) throws {
        #expect(Self.isTaken(text), "declined: \(text.debugDescription)")
        #expect(Self.agrees(text))
    }

    @Test(arguments: declined)
    func declinesEverythingElse(_ text: String) {
        #expect(!Self.isTaken(text))
        #expect(Self.agrees(text))
    }

    /// DOT keeps no positions, so the problems the graph's builder finds (an unknown kind, an
    /// unknown relation type) are placed at the start of the file, on both paths.
    @Test func problemsFoundByTheBuilderArePlacedAtTheFileStart() {
        let text = "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"a\" [kind=\"spaceship\"];\n  \"b\" [kind=\"person\"];\n"
            + "  \"b\" -> \"b\" [type=\"orbits\"];\n}\n"
        #expect(Self.isTaken(text))
        for skipsFastPath in [false, true] {
            var reader = DOTGraphReader()
            reader.skipsFastPath = skipsFastPath
            do {
                _ = try reader.read(Array(text.utf8), file: "t.dot")
                Issue.record("expected an error")
            } catch {
                #expect(error.diagnostics.count == 2)
                #expect(error.diagnostics.allSatisfy { $0.location == SourceLocation(file: "t.dot", line: 1, column: 1) }, "\(error)")
            }
        }
    }

    @Test func declinesNamesAndLabelsOverTheTextLimit() throws {
        let text = "digraph \"g\" {\n  graph [netgraph=\"1\"];\n  \"abcdef\" [kind=\"person\", label=\"A\"];\n  \"b\" [kind=\"person\", label=\"abcdef\"];\n}\n"
        var limits = ReadLimits.standard
        limits.maxTextLength = 5
        #expect(try DOTFastPath.read(Array(text.utf8), file: "t.dot", limits: limits) == nil)
        #expect(try DOTFastPath.read(Array(text.utf8), file: "t.dot", limits: .standard) != nil)
    }

    /// Every graph file of the repository written as DOT takes the fast path and reads as
    /// through cgraph; every mutation of the written texts is either declined or read alike.
    @Test func readsEveryRepositoryGraphAsCgraph() throws {
        var written = VizSupport.repositoryGraphs().map { (name: $0.name, text: DOTGraphWriter().write($0.graph)) }
        written.append(("tricky", DOTGraphWriter().write(try VizSupport.tricky())))
        written.append(("hostile", DOTGraphWriter().write(try VizSupport.hostile())))
        #expect(written.count >= 30)
        for (name, text) in written {
            #expect(Self.isTaken(text), "the written \(name) was declined")
            #expect(Self.agrees(text), "written \(name)")
        }
        let (checked, taken) = Self.checkMutations(of: written)
        #expect(checked > 1_000)
        #expect(taken > 200)
    }

    /// Edits of a written text, each on the first three lines and the last line it changes:
    /// each either leaves the layout (and must be declined) or stays in it with another
    /// meaning (and must read alike).
    static func mutations(of text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits: [(String) -> String] = [
            { $0 + " " },
            { $0 + "\t// note" },
            { $0 + " /* note */" },
            { $0 + "\r" },
            { $0.replacingOccurrences(of: ", ", with: ",") },
            { $0.replacingOccurrences(of: ", ", with: " ") },
            { $0.replacingOccurrences(of: ";", with: "") },
            { $0.replacingOccurrences(of: "=", with: " = ") },
            { $0.replacingOccurrences(of: "\"", with: "'") },
            { $0.replacingOccurrences(of: "label=\"", with: "label=\"\\\\N") },
            { $0.replacingOccurrences(of: "label=\"", with: "label=\"%") },
            { $0.replacingOccurrences(of: "kind=\"", with: "kind=\"x") },
            { $0.replacingOccurrences(of: "kind=\"", with: "kind=\"\\q") },
            { $0.replacingOccurrences(of: " -> ", with: " -- ") },
            { $0.replacingOccurrences(of: " -> \"", with: " -> \"zz") },
            { $0.replacingOccurrences(of: "  \"", with: "  \"%") },
            { $0.replacingOccurrences(of: "  \"", with: "  \"\\\"") },
            { $0.replacingOccurrences(of: " [", with: " [key=\"k\", ") },
            { $0.replacingOccurrences(of: " [", with: " [dir=none, ") },
            { $0.replacingOccurrences(of: " [", with: " [color=red, ") },
            { $0.replacingOccurrences(of: " [", with: " [weight=\"abc\", ") },
            { $0.replacingOccurrences(of: " [", with: " [weight=\"1e999\", ") },
            { $0.replacingOccurrences(of: " [", with: " [since=\"2020\", ") },
            { $0.replacingOccurrences(of: " [", with: " [status=\"maybe\", ") },
            { $0.replacingOccurrences(of: " [", with: " [attributes=\"{\\\"k\\\": [1]}\", ") },
            { $0.replacingOccurrences(of: " [", with: " [description=\"\", ") },
            { $0.replacingOccurrences(of: " [", with: " [label=\"\\u0041\\n\", ") },
            { $0.replacingOccurrences(of: "\"];", with: "\", label=\"twice\"];") },
            { $0.replacingOccurrences(of: "digraph", with: "strict digraph") },
            { $0.replacingOccurrences(of: "digraph", with: "graph") },
            { $0.replacingOccurrences(of: "graph [", with: "node [") },
            { $0.replacingOccurrences(of: "netgraph=\"1\"", with: "netgraph=\"\"") },
            { $0 + "\n" + $0 },
            { $0.isEmpty ? $0 : String($0.dropLast()) },
        ]
        var texts: [String] = [text + "x", String(text.dropLast(3)), text.replacingOccurrences(of: "\n", with: " ")]
        for edit in edits {
            let changing = lines.indices.filter { edit(lines[$0]) != lines[$0] }
            for index in Set(changing.prefix(3) + changing.suffix(1)).sorted() {
                var edited = lines
                edited[index] = edit(lines[index])
                texts.append(edited.joined(separator: "\n"))
            }
        }
        // A node statement moved after the edges.
        if let node = lines.firstIndex(where: { $0.hasPrefix("  \"") && !$0.contains(" -> ") }), lines.contains(where: { $0.contains(" -> ") }) {
            var moved = lines
            let line = moved.remove(at: node)
            moved.insert(line, at: moved.count - 2)
            texts.append(moved.joined(separator: "\n"))
        }
        return texts
    }

    /// Whether the fast path reads the text (into a graph or an error) rather than decline it.
    static func isTaken(_ text: String) -> Bool {
        do {
            return try DOTFastPath.read(Array(text.utf8), file: "t.dot", limits: .standard) != nil
        } catch {
            return true
        }
    }

    /// Whether the reader gives the same graph, or the same error, with and without the fast path.
    static func agrees(_ text: String) -> Bool {
        var general = DOTGraphReader()
        general.skipsFastPath = true
        let bytes = Array(text.utf8)
        switch (Result { try DOTGraphReader().read(bytes, file: "t.dot") }, Result { try general.read(bytes, file: "t.dot") }) {
        case (.success(let fast), .success(let slow)):
            return NativeGraphWriter(format: .yaml).write(fast) == NativeGraphWriter(format: .yaml).write(slow)
                && fast.storageBytes == slow.storageBytes
        case (.failure(let fast), .failure(let slow)):
            return "\(fast)" == "\(slow)"
        default:
            return false
        }
    }
}
