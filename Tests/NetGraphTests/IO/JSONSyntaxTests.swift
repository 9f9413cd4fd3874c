import Testing
@testable import NetGraph

/// RFC 8259's grammar, case by case: what JSON is, and the first place a text stops being it.
@Suite struct JSONSyntaxTests {
    @Test(arguments: [
        #"{}"#, #"[]"#, #"0"#, #"-0.5e+10"#, #""\u00e9\n\"\\\/""#, #"{"a": [1, 2.5, -3e2, true, false, null, {"b": {}}]}"#,
        "\u{FEFF}{\"a\": 1}", " \t\r\n[ 1 ,2 ] \n",
    ])
    func acceptsJSON(_ text: String) {
        #expect(JSONSyntax.firstError(in: Array(text.utf8)) == nil, "\(text)")
    }

    @Test(arguments: [
        (#"{'a': 1}"#, 1), (#"{"a": 1,}"#, 8), (#"[1,]"#, 3), (#"{"a" 1}"#, 5), (#"{a: 1}"#, 1), (#"[01]"#, 2), (#"[1.]"#, 3),
        (#"[.5]"#, 1), (#"[0x10]"#, 2), (#"["\x"]"#, 2), ("[\"a\u{01}\"]", 3), (#"["abc"#, 1), (#"[1] 2"#, 4), (#"[tru]"#, 1),
        (#"{"a": 1 /* c */}"#, 8), (#"[1e]"#, 3), (#""#, 0), (#"[1 2]"#, 3),
    ])
    func refusesWhereTheTextStopsBeingJSON(_ text: String, _ offset: Int) throws {
        let error = try #require(JSONSyntax.firstError(in: Array(text.utf8)), "\(text)")
        #expect(error.0 == offset, "\(text): \(error.1)")
    }
}
