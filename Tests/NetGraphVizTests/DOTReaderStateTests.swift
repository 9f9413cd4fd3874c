import NetGraph
@testable import NetGraphViz
import Testing

/// cgraph's scanner keeps state between reads in one process; whatever text came before, a
/// DOT read must give what it gives in a fresh process.
@Suite struct DOTReaderStateTests {
    static let normal = "digraph net {\n  a -> b [weight=2];\n  b -> c;\n  c [label=\"C \\\"quoted\\\"\"];\n}\n"
    static let broken = "digraph {\n  a -> b;\n  -> c;\n}\n"

    /// Texts that once left cgraph's scanner in a state that changed later reads: the
    /// fuzzer's reproducer, texts ending inside each of the scanner's three constructs
    /// (right away, and after a syntax error, which makes cgraph skip to the end of the text
    /// inside the construct), a second graph, a `#line` directive and nesting that overflows
    /// the parser's stack.
    struct Poison: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    static let poisons: [Poison] = [
        Poison(name: "fuzzer reproducer", text: "digraph {nea\n}a\"nea\n}a"),
        Poison(name: "unterminated string", text: "digraph { a [label=\"never closed"),
        Poison(name: "unterminated string after an error", text: "digraph { -> \"never closed"),
        Poison(name: "unterminated HTML", text: "digraph { a [label=<b>never closed"),
        Poison(name: "unterminated HTML after an error", text: "digraph { -> <never <closed>"),
        Poison(name: "unterminated comment", text: "digraph { a -> b /* never closed"),
        Poison(name: "unterminated comment after an error", text: "graph { -> /* never closed"),
        Poison(name: "second graph", text: "digraph { a }\ndigraph { b -> c }\n"),
        Poison(name: "string after the graph", text: "digraph { a } \"after the graph"),
        Poison(name: "HTML after the graph", text: "digraph { a } <after"),
        Poison(name: "comment after the graph", text: "digraph { a } /* after"),
        Poison(name: "line directive", text: "#line 40 \"elsewhere\"\ndigraph {\n -> }"),
        Poison(name: "parser stack overflow", text: "digraph {\n" + String(repeating: "{ ", count: 20_000)),
        Poison(name: "end-of-graph mark", text: "digraph { a @ \"x\" }"),
        // Found by FuzzDOT: after the parser's stack overflowed, the scanner kept the rest of
        // the line, which opens a string that only the next line closes.
        Poison(name: "parser stack overflow, string across lines",
               text: "digraph {\n" + String(repeating: "{ ", count: 4_000) + "\"x\ny\" }\n}\n"),
        // Found by FuzzDOT: a syntax error early in a text longer than the scanner's first
        // read, whose rest starts inside a long quoted string.
        Poison(name: "syntax error before a long string",
               text: "digraph {\n  a [label=\n x {\n  b [label=\"" + String(repeating: "x", count: 20_000) + "\"];\n}\n"),
        Poison(name: "parser stack overflow, graphs after it", text: "digraph {\n" + String(repeating: "{ ", count: 4_000)
               + String(repeating: "graph { a } ", count: 20) + "}\n"),
    ]

    static func read(_ text: String) -> String {
        do {
            let graph = try DOTGraphReader().read(Array(text.utf8), file: "t.dot")
            let entities: [String] = graph.entities.map { entity in "\(entity.id)=\(entity.name)" }
            let relations: [String] = graph.relations.map { relation in
                let weight = relation.weight.map { "\($0)" } ?? "-"
                return "\(relation.from)>\(relation.to):\(weight)"
            }
            return "\(graph.name) \(entities) \(relations)"
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: poisons)
    func aPoisonTextChangesNoLaterRead(_ poison: Poison) {
        let before = (Self.read(Self.normal), Self.read(Self.broken))
        #expect(before.0.hasPrefix("net "))
        #expect(before.1.hasPrefix("t.dot:3:1: error: syntax error in line 3"))
        #expect(Self.read(poison.text).hasPrefix("t.dot:"))
        #expect(Self.read(Self.normal) == before.0)
        #expect(Self.read(Self.broken) == before.1)
    }

    @Test func aSecondGraphIsRefusedWhereItStarts() {
        #expect(Self.read("digraph { a }\n\n  graph { b }\n")
            == "t.dot:3:3: error: a second graph starts here: the file holds more than one graph; netgraph reads one graph per file")
        #expect(Self.read("digraph { a } STRICT graph { b }").hasPrefix("t.dot:1:15: error: a second graph starts here"))
        #expect(Self.read("digraph { a }\n  x\n") == "t.dot:2:3: error: text after the end of the graph (its closing '}' ends the file's one graph)")
        #expect(Self.read("digraph { a } // a comment\n# another\n/* and one more */\n").hasPrefix("t "))
    }

    @Test func unterminatedConstructsAreRefusedWhereTheyStart() {
        #expect(Self.read("digraph {\n  a [label=\"x];\n}\n").hasPrefix("t.dot:2:12: error: a quoted string starts here and is never closed"))
        #expect(Self.read("digraph {\n  a [label=<<b>x</b>];\n}\n").hasPrefix("t.dot:2:12: error: an HTML string starts here"))
        #expect(Self.read("digraph {\n  a;\n  /* x\n}\n").hasPrefix("t.dot:3:3: error: a /* comment starts here and is never closed"))
        // Quoted strings, HTML strings and comments that close may hold braces and quotes.
        #expect(Self.read("digraph { a [label=\"}\\\"\"]; b [label=<x<i>}\"</i>>] /* } \" */ // }\n # \"\n}").hasPrefix("t ["))
    }

    @Test func aBadWeightIsLocatedWhenOneAssignmentHoldsIt() {
        #expect(Self.read("digraph {\n  a -> b [weight=heavy];\n  b -> c [weight=1];\n}\n")
            == "t.dot:2:18: error: edge 'a' -> 'b': weight 'heavy' is not a finite number")
        #expect(Self.read("digraph {\n  a -> b [color=red, \"weight\" = \"in\\\nf\"];\n}\n")
            .hasPrefix("t.dot:2:33: error: edge 'a' -> 'b': weight 'inf'"))
        // Two assignments give the value: which one an edge took is not known.
        #expect(Self.read("digraph {\n  a -> b [weight=heavy];\n  b -> c [weight=heavy];\n}\n")
            .hasPrefix("t.dot:1:1: error: edge 'a' -> 'b': weight 'heavy'"))
        // A concatenated value is not looked for.
        #expect(Self.read("digraph {\n  a -> b [weight=\"he\" + \"avy\"];\n}\n").hasPrefix("t.dot:1:1: error: edge 'a' -> 'b'"))
    }
}
