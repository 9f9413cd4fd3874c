@testable import NetGraphReport
import NetGraphViz
import Testing

@Suite struct HTMLTextTests {
    @Test func escapesMarkupCharactersAndKeepsEverythingElse() {
        #expect(HTMLText.escaped(#"<a href="x">Tom & 'Jerry'</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLText.escaped("García 🚢🇲🇽 — “quoted”") == "García 🚢🇲🇽 — “quoted”")
        #expect(HTMLText.escaped("&amp;") == "&amp;amp;")
        #expect(HTMLText.escaped("tab\tline\ncr\r") == "tab\tline\ncr\r")
    }

    @Test func replacesControlCharactersHTMLForbids() {
        #expect(HTMLText.escaped("a\u{0}b\u{7}c\u{7F}d\u{85}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
    }
}
