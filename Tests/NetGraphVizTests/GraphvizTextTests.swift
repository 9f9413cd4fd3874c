@testable import NetGraphViz
import Testing

@Suite struct GraphvizTextTests {
    @Test func escapesBackslashesAmpersandsAndLineBreaks() {
        #expect(GraphvizText.escaped(#"\N \G"#) == #"\\N \\G"#)
        #expect(GraphvizText.escaped("a & b") == "a &amp; b")
        #expect(GraphvizText.escaped("one\ntwo\u{7}") == #"one\ntwo "#)
        #expect(GraphvizText.escaped(#"say "hi""#) == #"say "hi""#)
        #expect(GraphvizText.tooltip(#"\E"#) == #"\\\\E"#)
    }

    @Test func controlCharactersBecomeSpacesAndOtherTextIsKept() {
        #expect(GraphvizText.escaped("é\u{85}x\u{9F}\u{A0}😀\r\n\u{7F}Ā") == "é x \u{A0}😀 \\n Ā")
        #expect(GraphvizText.escaped("\u{0}\u{1F}\t") == "   ")
        #expect(GraphvizText.escaped("Cártel de Jalisco Nueva Generación") == "Cártel de Jalisco Nueva Generación")
    }

    @Test func truncatesAndWraps() {
        #expect(GraphvizText.truncated("abcdef", to: 4) == "abc…")
        #expect(GraphvizText.truncated("abc", to: 4) == "abc")
        #expect(GraphvizText.wrapped("Cártel de Jalisco Nueva Generación", width: 22) == ["Cártel de Jalisco", "Nueva Generación"])
        #expect(GraphvizText.label(#"a\b c"#, limit: 60, width: 3) == #"a\\b\nc"#)
    }
}
