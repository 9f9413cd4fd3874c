import NetGraph
import NetGraphViz
import Testing

@Suite struct StyleTests {
    @Test func everyBuiltInKindHasItsOwnColourAndShapePair() {
        let styles = EntityKind.builtIn.map(Style.style(of:))
        #expect(Set(styles.map(\.fill)).count == EntityKind.builtIn.count)
        #expect(Set(styles.map(\.shape)).count == EntityKind.builtIn.count)
        #expect(Style.style(of: "vessel") == Style.style(of: "vessel"))
        #expect(Style.palette.contains(Style.style(of: "vessel").fill))
    }

    @Test func familiesCoverTheBuiltInSchemaOnce() {
        let listed = RelationFamily.table.flatMap(\.1)
        #expect(Set(listed).count == listed.count)
        #expect(Set(listed) == Set(Schema.default.relations.map(\.type)))
        #expect(RelationFamily("attacked") == .violence)
        #expect(RelationFamily("arrested").lineStyle == "dashed")
        #expect(RelationFamily("edge") == .other)
    }

    @Test func fontColourReadsOnTheFill() {
        #expect(Style.fontColor(on: "#332288") == "#FFFFFF")
        #expect(Style.fontColor(on: "#DDCC77") == "#000000")
    }
}
