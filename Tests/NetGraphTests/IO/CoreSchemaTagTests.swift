import Testing
import Yams
@testable import NetGraph

/// The hand-written core-schema resolution must give every scalar the tag Yams' own
/// regular-expression resolver gives it.
@Suite struct CoreSchemaTagTests {
    static let spellings: [String] = [
        "", "~", "null", "Null", "NULL", "nul", "NuLL",
        "yes", "Yes", "YES", "no", "NO", "true", "True", "TRUE", "false", "FALSE", "on", "On", "off", "OFF", "tRue", "y", "n",
        "0", "-0", "+0", "7", "-7", "+12", "1_000", "012", "0o17", "0o", "0o8", "09", "0b1010", "0b", "0b12", "-0b1",
        "0x1F", "0xg", "0x", "-0x_ff", "1:30", "190:20:30", "1:60", "1:5", "1:123", "0:30",
        "1.5", "-1.5", "1.", ".5", "._5", ".5e+3", ".5e3", "1e5", "1E-5", "1e", "1.5e+", "6.8523015e+5", "685.230_15e+03",
        "190:20:30.15", "1:2.", "1:2", ".inf", "-.inf", "+.Inf", ".INF", ".Nan", ".NaN", ".nan", "-.nan", "inf", "nan",
        "<<", "=", "2002-12-14", "2001-12-14t21:59:43.10-05:00", "hello", "12abc", "1 2", "+", ".", "_1", "1__",
        "El Mencho", "CJNG", "0.25",
    ]

    @Test(arguments: spellings)
    func plainScalarMatchesYamsDefaultResolver(_ spelling: String) throws {
        let expected = Resolver.default.resolveTag(of: Node(spelling, Tag(.implicit), .plain))
        let node = try #require(try Yams.compose(yaml: "value: \(spelling)\n", .basic)?.mapping?["value"])
        let resolvedByYams = [Tag.Name.bool, .int, .float, .null].contains(expected) ? expected : .str
        #expect(CoreSchemaTag.of(node) == resolvedByYams, "'\(spelling)'")
    }

    @Test func quotedScalarsAreText() throws {
        let root = try #require(try Yams.compose(yaml: "a: '12'\nb: \"true\"\nc: !!int 5\nd: [1, 'x']\n", .basic))
        #expect(CoreSchemaTag.of(try #require(root.mapping?["a"])) == .str)
        #expect(CoreSchemaTag.of(try #require(root.mapping?["b"])) == .str)
        #expect(CoreSchemaTag.of(try #require(root.mapping?["c"])) == .int)
        #expect(CoreSchemaTag.of(try #require(root.mapping?["d"])) == nil)
    }

    @Test func booleanValues() throws {
        let root = try #require(try Yams.compose(yaml: "a: yes\nb: OFF\nc: 'true'\nd: 1\n", .basic))
        #expect(CoreSchemaTag.bool(try #require(root.mapping?["a"]?.scalar)) == true)
        #expect(CoreSchemaTag.bool(try #require(root.mapping?["b"]?.scalar)) == false)
        #expect(CoreSchemaTag.bool(try #require(root.mapping?["c"]?.scalar)) == nil)
        #expect(CoreSchemaTag.bool(try #require(root.mapping?["d"]?.scalar)) == nil)
    }
}
