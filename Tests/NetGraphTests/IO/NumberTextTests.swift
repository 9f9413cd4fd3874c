import Testing
@testable import NetGraph

/// NumberText: a number's text reads as the number it spells, or is refused with the reason.
@Suite struct NumberTextTests {
    @Test func numbersReadAsTheySpell() {
        for (text, value) in [("2.5", 2.5), ("-2", -2.0), ("0", 0.0), ("-0.0", -0.0), ("0e-400", 0.0), ("0.000e5", 0.0), ("1e-310", Double("1e-310")!),
                              ("4.9e-324", .leastNonzeroMagnitude), ("1.7976931348623157e308", 1.7976931348623157e308), ("0x10", 16.0)] {
            #expect(NumberText.read(text) == .value(value), "\(text)")
        }
    }

    /// A literal with a non-zero digit that rounds to 0, or a finite literal that rounds to
    /// infinity, is out of range; a spelled infinity or NaN is not finite.
    @Test func outOfRangeIsToldApartFromNotFinite() {
        for text in ["1e-400", "-2.5e-500", "0.0001e-321", "2e-324", "0x1p-1080", "1_0e-400"] {
            #expect(NumberText.read(text, fallback: text.contains("_") ? 0 : nil) == .underflow, "\(text)")
        }
        for text in ["1e309", "-1e309", "1" + String(repeating: "0", count: 400), "1.8e308"] {
            #expect(NumberText.read(text) == .overflow, "\(text)")
        }
        for text in ["inf", "-Infinity", "nan", "NaN"] { #expect(NumberText.read(text) == .notFinite, "\(text)") }
        #expect(NumberText.read(".inf", fallback: .infinity) == .notFinite)
        for text in ["heavy", "", "1.5kg", "--1"] { #expect(NumberText.read(text) == .notANumber, "\(text)") }
        #expect(NumberText.finite("1e-400") == nil && NumberText.finite("3") == 3)
        #expect(NumberText.problem(.underflow)?.contains("would read as 0") == true)
        #expect(NumberText.problem(.overflow)?.contains("would read as infinity") == true)
        #expect(NumberText.problem(.value(1)) == nil)
    }

    /// Text attributes used as numbers follow the same rule.
    /// The fallback (Yams' construction of a YAML scalar, whose first use compiles regular
    /// expressions) is asked only for a text `Double` does not read.
    @Test func theFallbackIsAskedOnlyWhenNeeded() {
        var asked: [String] = []
        func fallback(_ text: String, _ value: Double?) -> Double? {
            asked.append(text)
            return value
        }
        #expect(NumberText.read("2.5", fallback: fallback("2.5", nil)) == .value(2.5))
        #expect(NumberText.read("-7", fallback: fallback("-7", nil)) == .value(-7))
        #expect(NumberText.read("1_000", fallback: fallback("1_000", 1000)) == .value(1000))
        #expect(NumberText.read("word", fallback: fallback("word", nil)) == .notANumber)
        #expect(asked == ["1_000", "word"])
    }

    @Test func attributeTextReadsAsAFiniteNumberOnly() {
        #expect(AttributeValue.string("2.5").numericValue == 2.5)
        #expect(AttributeValue.string("1e-400").numericValue == nil)
        #expect(AttributeValue.string("inf").numericValue == nil)
    }

    /// Every text format refuses an underflowing number (the hostile corpus has the same
    /// through the binary, file by file); JSON inside CSV cells and DOT attributes too.
    @Test func everyTextReaderRefusesAnUnderflow() throws {
        let head = "entities:\n  - {id: a, kind: cartel}\n  - {id: b, kind: official}\nrelations:\n"
        let yaml = TestSupport.diagnostics(head + "  - {from: b, to: a, type: investigated, weight: 1e-400}\n")
        #expect(yaml.map(\.description) == ["test.yaml:5:50: error: field 'weight': '1e-400' is \(NumberText.problem(.underflow)!)"])
        let attribute = TestSupport.diagnostics(head + "  - {from: b, to: a, type: investigated, attributes: {credibility: 1e-400}}\n")
        #expect(attribute.first?.message.hasPrefix("attribute 'credibility': '1e-400' is out of range") == true)
        let edges = #expect(throws: GraphInputError.self) { try EdgeListReader().read(Array("a b 1e-400\n".utf8), file: "g.edges") }
        #expect(edges?.description == "g.edges:1:5: error: weight '1e-400' is \(NumberText.problem(.underflow)!)")
        let json = #expect(throws: GraphInputError.self) { try JSONValue.parse(#"{"w": [1, 1e-400]}"#, file: "w.json") }
        #expect(json.map(JSONValue.isNumberOutOfRange) == true)
        #expect(json?.description.hasPrefix("w.json:1:11: error: the number '1e-400' is out of range") == true, "\(String(describing: json))")
        for dialect in [ExchangeJSONReader.Dialect.nodeLink, .cytoscape] {
            let text = dialect == .nodeLink
                ? #"{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 1e-400}]}"#
                : #"{"elements": {"nodes": [{"data": {"id": "a"}}, {"data": {"id": "b"}}], "edges": [{"data": {"source": "a", "target": "b", "weight": 1e-400}}]}}"#
            let error = #expect(throws: GraphInputError.self) { try ExchangeJSONReader(dialect: dialect).read(Array(text.utf8), file: "g.json") }
            #expect(error?.description.contains("'1e-400' is out of range") == true, "\(dialect)")
        }
    }
}
