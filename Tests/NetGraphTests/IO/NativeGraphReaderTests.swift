import Testing
@testable import NetGraph

@Suite struct NativeGraphReaderTests {
    /// One line per field so that every diagnostic's line and column are easy to state.
    static let header = """
        graph: {name: t}
        sources:
          - {id: doc, title: A document}
        entities:
          - {id: a, kind: cartel, name: A}
          - {id: b, kind: official, name: B}

        """

    private func only(_ text: String) throws -> Diagnostic {
        let found = TestSupport.diagnostics(text)
        try #require(found.count == 1, "expected one diagnostic, got \(found)")
        return found[0]
    }

    private func expect(_ diagnostic: Diagnostic, line: Int, column: Int, contains text: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(diagnostic.location?.file == "test.yaml", sourceLocation: sourceLocation)
        #expect(diagnostic.location?.line == line, "line", sourceLocation: sourceLocation)
        #expect(diagnostic.location?.column == column, "column", sourceLocation: sourceLocation)
        #expect(diagnostic.message.contains(text), "\(diagnostic.message)", sourceLocation: sourceLocation)
    }

    @Test func readsAValidGraph() throws {
        let graph = try TestSupport.read(Self.header + "relations:\n  - {from: b, to: a, type: investigated, source: doc, quote: q}\n")
        #expect(graph.name == "t")
        #expect(graph.nodeCount == 2 && graph.relationCount == 1)
        #expect(graph.sources.map(\.id) == ["doc"])
    }

    @Test func unknownKind() throws {
        let d = try only("entities:\n  - {id: a, kind: gang, name: A}\n")
        expect(d, line: 2, column: 19, contains: "unknown kind 'gang'")
    }

    @Test func unknownRelationTypeSuggestsTheClosest() throws {
        let d = try only(Self.header + "relations:\n  - {from: b, to: a, type: leeds}\n")
        expect(d, line: 8, column: 28, contains: "unknown relation type 'leeds'; did you mean 'leads'?")
    }

    @Test func forbiddenEndpointKinds() throws {
        // A cartel cannot appoint anyone.
        let d = try only(Self.header + "relations:\n  - {from: a, to: b, type: appointed}\n")
        expect(d, line: 8, column: 28, contains: "cannot join cartel 'a' to official 'b'")
    }

    @Test func undirectedTypesAcceptEitherOrientation() throws {
        let graph = try TestSupport.read(Self.header + "relations:\n  - {from: a, to: b, type: colluded-with}\n  - {from: b, to: a, type: colluded-with}\n")
        #expect(graph.relationCount == 2)
        #expect(graph.relations.map { "\($0.from)-\($0.to)" } == ["a-b", "b-a"])
        #expect((0..<2).allSatisfy { !graph.isDirected(relation: $0) && graph.type(ofRelation: $0) == "colluded-with" })
    }

    @Test func danglingId() throws {
        let d = try only(Self.header + "relations:\n  - {from: a, to: nobody, type: attacked}\n")
        expect(d, line: 8, column: 19, contains: "unknown entity 'nobody'")
    }

    @Test func duplicateId() throws {
        let d = try only(Self.header + "  - {id: a, kind: person, name: Again}\n")
        expect(d, line: 7, column: 10, contains: "duplicate entity id 'a'")
    }

    @Test func badDate() throws {
        let d = try only(Self.header + "relations:\n  - {from: b, to: a, type: investigated, date: 2020-13-45}\n")
        expect(d, line: 8, column: 48, contains: "'2020-13-45' is not a date")
    }

    @Test func unknownSource() throws {
        let d = try only(Self.header + "relations:\n  - {from: b, to: a, type: investigated, source: nowhere}\n")
        expect(d, line: 8, column: 50, contains: "unknown source 'nowhere'")
    }

    @Test func missingRequiredField() throws {
        let d = try only("entities:\n  - {id: a, name: A}\n")
        expect(d, line: 2, column: 5, contains: "missing field 'kind'")
    }

    @Test func wrongValueTypes() throws {
        let found = TestSupport.diagnostics(Self.header + "relations:\n  - {from: b, to: a, type: investigated, weight: heavy, quote: [x]}\n")
        #expect(found.count == 2)
        expect(found[0], line: 8, column: 50, contains: "'weight' must be a number")
        expect(found[1], line: 8, column: 64, contains: "'quote' must be text, not a list")
        let notAList = try only("entities: {id: a}\n")
        expect(notAList, line: 1, column: 11, contains: "entities must be a list")
    }

    @Test func unknownFieldSuggestsTheClosest() throws {
        let d = try only("entities:\n  - {id: a, kind: person, name: A, alias: [x]}\n")
        expect(d, line: 2, column: 36, contains: "unknown field 'alias' in an entity; did you mean 'aliases'?")
    }

    @Test func reportsEveryProblemInFileOrder() {
        let found = TestSupport.diagnostics("""
            entities:
              - {id: a, kind: gang}
              - {id: a, kind: person}
            relations:
              - {from: a, to: z, type: nope, date: 1999-02-30}
            """)
        #expect(found.count == 5)
        #expect(found.map { $0.location!.line } == [2, 3, 5, 5, 5])
        #expect(found.map(\.description).allSatisfy { $0.hasPrefix("test.yaml:") && $0.contains(": error: ") })
    }

    @Test func malformedYAMLNamesLineAndColumn() throws {
        let d = try only("entities:\n  - {id: a, kind: person\n")
        #expect(d.location?.line == 3)
        #expect(d.message.hasPrefix("invalid YAML"))
        let tabs = try only("entities:\n\t- {id: a}\n")
        #expect(tabs.location?.line == 2)
    }

    @Test func emptyBinaryAndMisencodedFiles() throws {
        #expect(try only("").message.contains("empty"))
        #expect(try only("  \n\n").message.contains("empty"))
        let binary = try #require(throws: GraphInputError.self) { try NativeGraphReader().read([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], file: "x") }
        #expect(binary.description.contains("NUL byte"))
        let latin1 = try #require(throws: GraphInputError.self) {
            try NativeGraphReader().read(Array("entities:\n  - {id: a, kind: person, name: Garc".utf8) + [0xED, 0x61] + Array("}\n".utf8), file: "x")
        }
        #expect(latin1.diagnostics[0].location == SourceLocation(file: "x", line: 2, column: 37))
        #expect(latin1.description.contains("invalid UTF-8"))
        let utf16 = try #require(throws: GraphInputError.self) { try NativeGraphReader().read([0xFF, 0xFE, 0x65, 0x00], file: "x") }
        #expect(utf16.description.contains("UTF-16"))
    }

    @Test func deepNestingIsRefusedBeforeParsing() throws {
        let deep = "entities: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let d = try only(deep)
        #expect(d.message.contains("nests deeper than"))
    }

    @Test func overlongTextIsRefused() throws {
        let name = String(repeating: "x", count: 100_001)
        let d = try only("entities:\n  - {id: a, kind: person, name: \(name)}\n")
        #expect(d.message.contains("over the limit"))
    }

    @Test func jsonIsReadToo() throws {
        let graph = try TestSupport.read("""
            {"graph": {"name": "j"}, "entities": [{"id": "a", "kind": "person", "name": "Á"}, {"id": "b", "kind": "cartel"}],
             "relations": [{"from": "a", "to": "b", "type": "leads", "date": "2020-06"}]}
            """, file: "g.json")
        #expect(graph.entities[0].name == "Á")
        #expect(graph.relations[0].date == PartialDate("2020-06"))
        let bad = TestSupport.diagnostics("{\"entities\": [{\"id\": \"a\", \"kind\": 7}]}")
        #expect(bad.count == 1 && bad[0].message.contains("unknown kind '7'"))
    }

    @Test func schemaExtensionsDeclareKindsAndTypes() throws {
        let graph = try TestSupport.read("""
            schema:
              kinds: [vessel]
              relations:
                - {name: shipped-on, directed: true, from: [cartel], to: [vessel]}
            entities:
              - {id: c, kind: cartel}
              - {id: v, kind: vessel}
            relations:
              - {from: c, to: v, type: shipped-on}
            """)
        #expect(graph.schema.contains("vessel"))
        #expect(graph.schema.declaration(of: "shipped-on")?.isDirected == true)
        let wrong = TestSupport.diagnostics("""
            schema:
              relations:
                - {name: shipped-on, directed: true, from: [cartel], to: [vessel]}
            entities: []
            """)
        #expect(wrong.count == 1 && wrong[0].message.contains("unknown kind 'vessel'"))
    }

    /// Keys that are not names are refused where they start, every time: two repeated
    /// non-scalar keys used to reach Yams, whose report named whichever its hash order gave.
    @Test(arguments: [
        ("entities:\n  - ? - a\n    : x\n    ? - a\n    : y\n    ? w\n    : 1\n    ? w\n    : 2\n", 2, 5),
        ("entities: [{[x]: 1, [x]: 2, {y: 1}: 3, {y: 1}: 4}]\n", 1, 13),
        ("entities: [{a: 1, [x], [x], {y: 1}, {y: 1}}]\n", 1, 19),
        ("{\"entities\": , [], \"e: 2\": , m: , [], \"e: 2\": , m: 1}\n", 1, 16),
        ("entities: [{!!int 1, 1, !!int 1, 1}]\n", 1, 13),
        ("entities:\n  - 1: a\n    !!int 1: b\n    1: c\n    !!int 1: d\n", 3, 5),
    ])
    func keysThatAreNotNamesAreRefusedWhereTheyStart(_ text: String, line: Int, column: Int) throws {
        for _ in 0..<8 {
            let d = try only(text)
            expect(d, line: line, column: column, contains: "a mapping key must be a name")
        }
    }

    /// Tags, brackets and question marks where they are values or text are still read.
    @Test func tagsAndBracketsInValuesAreRead() throws {
        let graph = try TestSupport.read("""
            entities:
              - id: !!str 12
                kind: person
                name: "? [x]: y"
                description: what? see [1], page 2
                aliases: [a, 'b: c']
              - {id: b, kind: person, name: !!str x}
            """)
        #expect(graph.entities.map(\.id) == ["12", "b"])
        #expect(graph.entities[0].name == "? [x]: y")
        #expect(graph.entities[0].aliases == ["a", "b: c"])
    }
}
