import Foundation
import Testing
@testable import NetGraph

/// netgraph's XML parser (``XMLScanner``) against Foundation's `XMLParser`, differentially: on
/// every GraphML and GEXF file in the repository and on thousands of mutations of them, both
/// parsers accept the document or both refuse it; where both accept, they report the same
/// events, and the GraphML and GEXF readers build the same graph (or fail with the same
/// messages) from either.
@Suite struct XMLScannerTests {
    /// Every event, with all attributes and the text between tags joined, as one line each.
    final class Trace: XMLEventHandler {
        var failure: Diagnostic? { nil }
        var collectsText: Bool { true }
        var events: [String] = []
        private var text = ""

        private func flush() {
            if !text.isEmpty { events.append("T" + text); text = "" }
        }

        func startElement(_ name: String, attributes: some XMLAttributeSource, at location: () -> NetGraph.SourceLocation) {
            flush()
            let all = attributes.values(longerThan: -1).sorted { $0.name < $1.name }.map { "\($0.name)=\($0.value)" }
            events.append("S" + name + "\u{1}" + all.joined(separator: "\u{1}"))
            // The values readers look up by their bytes, read so: they must be the same values.
            func bytes(_ name: StaticString) -> String { attributes.withUTF8(of: name) { String(decoding: $0, as: UTF8.self) } ?? "∅" }
            let looked = [bytes("id"), bytes("source"), bytes("target")]
            if looked != ["∅", "∅", "∅"] { events.append("B" + looked.joined(separator: "\u{1}")) }
        }

        func endElement(_ name: String) { flush(); events.append("E" + name) }
        func characters(_ string: String, at location: () -> NetGraph.SourceLocation) { text += string }
        func comment(_ string: String) { flush(); events.append("C" + string) }
        func processingInstruction(target: String, data: String?, at location: () -> NetGraph.SourceLocation) {
            flush(); events.append("P" + target + " " + (data ?? ""))
        }

        func finished() -> [String] { flush(); return events }
    }

    /// What one document does on both parsers.
    struct Comparison {
        var scanned: XMLScanner.Outcome
        /// A difference between the parsers, if any.
        var difference: String?
    }

    static func compare(_ bytes: [UInt8]) -> Comparison? {
        // Refused before parsing: neither parser sees it.
        guard (try? SafeXML.refuseBeforeParsing(bytes, file: "m.graphml", format: "GraphML", limits: .standard)) != nil else { return nil }
        let fastTrace = Trace()
        let scanned = XMLScanner.scan(bytes, file: "m.graphml", into: fastTrace)
        let slowTrace = Trace()
        var refused: String? = nil
        do {
            try XMLParserReference.parse(bytes, file: "m.graphml", handler: slowTrace)
        } catch {
            refused = error.diagnostics.map(\.message).joined(separator: " | ")
        }
        // A declared encoding other than UTF-8 is read by netgraph's own policy (only on a
        // document in ASCII), where libxml2 decodes by the name: not compared.
        let head = String(decoding: bytes.prefix(200), as: UTF8.self).lowercased()
        if let declared = head.range(of: "encoding=")?.upperBound {
            let value = head[declared...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
            if value != "utf-8" { return nil }
        }
        let events = slowTrace.finished()
        switch (scanned, refused) {
        case (.malformed, nil) where !events.contains(where: { $0.hasPrefix("S") }):
            // XMLParser reports no error for some documents without a root element (`<`,
            // `<?x`): nothing was read, and the scanner's refusal is the right answer.
            return Comparison(scanned: scanned)
        case (.malformed, nil):
            return Comparison(scanned: scanned, difference: "the scanner refuses (\(scanned)), XMLParser accepts")
        case (.malformed, _):
            return Comparison(scanned: scanned)
        case (_, let message?):
            return Comparison(scanned: scanned, difference: "the scanner accepts, XMLParser refuses: \(message)")
        default:
            break
        }
        let (fastEvents, slowEvents) = (fastTrace.finished(), events)
        if fastEvents != slowEvents {
            let index = zip(fastEvents, slowEvents).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(fastEvents.count, slowEvents.count)
            let fast = index < fastEvents.count ? fastEvents[index].debugDescription : "end"
            let slow = index < slowEvents.count ? slowEvents[index].debugDescription : "end"
            return Comparison(scanned: scanned, difference: "event \(index): scanner \(fast), XMLParser \(slow)")
        }
        let isGEXF = String(decoding: bytes, as: UTF8.self).contains("<gexf")
        return Comparison(scanned: scanned, difference: isGEXF ? gexfDifference(bytes) : graphDifference(bytes))
    }

    static func outcome(_ read: () throws(GraphInputError) -> Graph) -> String {
        do {
            return NativeGraphWriter().write(try read())
        } catch {
            return "error: " + error.diagnostics.map(\.message).joined(separator: " | ")
        }
    }

    /// Reads `bytes` as GEXF through each parser: the graphs (as native JSON) or the messages
    /// must agree.
    static func gexfDifference(_ bytes: [UInt8]) -> String? {
        let fast = GEXFDocument.Collector(file: "m.gexf", limits: .standard)
        let scanned = XMLScanner.scan(bytes, file: "m.gexf", into: fast)
        let slow = GEXFDocument.Collector(file: "m.gexf", limits: .standard)
        let slowResult = outcome { () throws(GraphInputError) -> Graph in
            try XMLParserReference.parse(bytes, file: "m.gexf", handler: slow)
            return try GEXFReader.graph(of: slow.document, file: "m.gexf", limits: .standard)
        }
        // The one-pass path for netgraph's own GEXF either declines or builds that graph.
        if let typed = GEXFFastPath.read(bytes, file: "m.gexf", limits: .standard) {
            let typedResult = NativeGraphWriter().write(typed)
            if typedResult != slowResult { return "the one-pass GEXF path builds another graph:\n\(typedResult)\n---\n\(slowResult)" }
        }
        switch scanned {
        case .malformed:
            return "the scanner refuses a document XMLParser reads"
        case .stopped:
            let message = "error: " + (fast.failure?.message ?? "")
            return slowResult == message ? nil : "the GEXF collector failed with \(message.debugDescription) on the scanner, \(slowResult.debugDescription) on XMLParser"
        case .complete:
            let fastResult = outcome { () throws(GraphInputError) -> Graph in
                try GEXFReader.graph(of: fast.document, file: "m.gexf", limits: .standard)
            }
            return fastResult == slowResult ? nil : "GEXF graphs differ:\n\(fastResult)\n---\n\(slowResult)"
        }
    }

    /// Reads `bytes` as GraphML through each parser: the graphs (as native JSON) or the
    /// messages must agree.
    static func graphDifference(_ bytes: [UInt8]) -> String? {
        let fast = GraphMLHandler(file: "m.graphml", limits: .standard)
        let scanned = XMLScanner.scan(bytes, file: "m.graphml", into: fast)
        let slow = GraphMLHandler(file: "m.graphml", limits: .standard)
        let slowResult = outcome { () throws(GraphInputError) -> Graph in
            try XMLParserReference.parse(bytes, file: "m.graphml", handler: slow)
            return try slow.build(name: "m")
        }
        // The one-pass path for netgraph's own GraphML either declines or builds that graph.
        if let typed = GraphMLFastPath.read(bytes, file: "m.graphml", limits: .standard, name: "m") {
            let typedResult = NativeGraphWriter().write(typed)
            if typedResult != slowResult { return "the one-pass path builds another graph:\n\(typedResult)\n---\n\(slowResult)" }
        }
        switch scanned {
        case .malformed:
            return "the scanner refuses a document XMLParser reads"
        case .stopped:
            let message = "error: " + (fast.failure?.message ?? "")
            return slowResult == message ? nil : "the handler failed with \(message.debugDescription) on the scanner, \(slowResult.debugDescription) on XMLParser"
        case .complete:
            let fastResult = outcome { () throws(GraphInputError) -> Graph in try fast.build(name: "m") }
            return fastResult == slowResult ? nil : "graphs differ:\n\(fastResult)\n---\n\(slowResult)"
        }
    }

    /// The repository's GraphML and GEXF files (hostile cases, fixtures, examples), under 2 MB.
    static func repositoryDocuments() -> [(String, [UInt8])] {
        let root = TestSupport.repository
        var found: [(String, [UInt8])] = []
        for folder in ["Tests", "examples", "graphs", "Sources"] {
            guard let walk = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walk where ["graphml", "gexf", "xml"].contains(url.pathExtension) {
                guard let data = try? Data(contentsOf: url), data.count < 2_000_000 else { continue }
                found.append((url.lastPathComponent, Array(data)))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// GraphML netgraph writes from the fixtures with every awkward value.
    static func writtenDocuments() throws -> [(String, [UInt8])] {
        [("tricky", Array(GraphMLWriter().write(try TestSupport.tricky()).utf8)),
         ("starter", Array(GraphMLWriter().write(try TestSupport.starter()).utf8))]
    }

    /// GEXF netgraph writes from the same fixtures: each starts with its `<?netgraph …?>`
    /// header.
    static func writtenGEXFDocuments() throws -> [(String, [UInt8])] {
        [("tricky.gexf", GEXFWriter().utf8(try TestSupport.tricky())),
         ("starter.gexf", GEXFWriter().utf8(try TestSupport.starter()))]
    }

    /// A deterministic generator for the mutations.
    struct Mix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static let insertions: [String] = [
        "<", ">", "&", "\"", "'", "=", " ", "\t", "\n", "\r", "\r\n", "/", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;",
        "&#0;", "&#xD800;", "&#x110000;", "&#10;", "&#x9;", "&#13;", "&#65;", "&#x41;", "&#X41;", "&#;", "&#x;", "&foo;",
        "&#99999999999;", "\u{FEFF}", "]]>", "<!-- c -->", "<!-- a--b -->", "<!--->", "<?pi x?>", "<![CDATA[x]]>",
        " a=\"1\"", " id=\"dup\"", " id='q'", "</x>", "<x>", "<x/>", "<data key=\"d0\">v</data>", "\u{01}", "é", "\u{FFFE}",
        " xmlns:q=\"urn:x\"", " q:a=\"1\"", " xml:lang=\"en\"", " xmlns=\"\"", "<q:x/>", "<!DOCTYPE g>", "<?xml version=\"1.0\"?>",
        "\u{7F}", "\u{85}", "\u{2028}",
    ]

    /// `seed` changed once: cut, a byte dropped or doubled, two bytes swapped, or a snippet
    /// inserted.
    static func mutate(_ seed: [UInt8], _ mix: inout Mix) -> [UInt8] {
        var bytes = seed
        let at = mix.next(bytes.count)
        switch mix.next(6) {
        case 0: bytes.removeSubrange(at...)
        case 1: bytes.remove(at: at)
        case 2: bytes.insert(bytes[at], at: at)
        case 3:
            let other = min(bytes.count - 1, at + 1 + mix.next(3))
            bytes.swapAt(at, other)
        default:
            bytes.insert(contentsOf: Array(insertions[mix.next(insertions.count)].utf8), at: at)
        }
        return bytes
    }

    @Test func repositoryDocumentsReadAlikeOnBothParsers() throws {
        let documents = Self.repositoryDocuments() + (try Self.writtenDocuments()) + (try Self.writtenGEXFDocuments())
        #expect(documents.count > 40)
        var complete = 0
        for (name, bytes) in documents {
            guard let comparison = Self.compare(bytes) else { continue }
            if comparison.scanned == .complete { complete += 1 }
            #expect(comparison.difference == nil, "\(name): \(comparison.difference ?? "")")
        }
        // The ordinary files are read through, not refused.
        #expect(complete >= 20)
    }

    @Test func mutationsReadAlikeOnBothParsers() throws {
        let seeds = Self.repositoryDocuments().filter { $0.0.hasPrefix("ok-") || $0.0.hasSuffix(".graphml") && $0.1.count < 4_000 }
            + (try Self.writtenDocuments()) + (try Self.writtenGEXFDocuments()) + [("foreign.gexf", Array(Self.foreignGEXF.utf8))]
        var mix = Mix(state: 15)
        var (compared, complete, onePassGEXF, onePassForeignGEXF, onePassGraphML) = (0, 0, 0, 0, 0)
        var differences: [String] = []
        for (name, seed) in seeds where !seed.isEmpty {
            for round in 0..<150 {
                var bytes = Self.mutate(seed, &mix)
                if round % 3 == 0 && !bytes.isEmpty { bytes = Self.mutate(bytes, &mix) }
                guard !bytes.isEmpty, let comparison = Self.compare(bytes) else { continue }
                compared += 1
                if comparison.scanned == .complete { complete += 1 }
                if name.hasSuffix(".gexf"), GEXFFastPath.read(bytes, file: "m.gexf", limits: .standard) != nil {
                    // netgraph's own GEXF carries its header; the rest is other tools'.
                    if String(decoding: seed, as: UTF8.self).contains("<?netgraph") { onePassGEXF += 1 } else { onePassForeignGEXF += 1 }
                }
                if name.hasSuffix(".graphml"), GraphMLFastPath.read(bytes, file: "m.graphml", limits: .standard, name: "m") != nil {
                    onePassGraphML += 1
                }
                if let difference = comparison.difference, differences.count < 5 {
                    differences.append("\(name) #\(round): \(difference)\n\(String(decoding: bytes, as: UTF8.self).debugDescription.prefix(600))")
                }
            }
        }
        print("XMLScannerTests: \(compared) mutations compared, \(complete) read through by both parsers, \(onePassGEXF) netgraph GEXF, \(onePassForeignGEXF) other tools' GEXF and \(onePassGraphML) GraphML by the one-pass paths")
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n\n"))")
        #expect(compared > 2_000)
        #expect(complete > 500)
        // Mutations of netgraph's GEXF that keep its layout (a changed value, a space) still
        // take the one-pass path, so the comparison above covers it.
        #expect(onePassGEXF > 40)
        // And mutations of other tools' GEXF.
        #expect(onePassForeignGEXF > 40)
        // So do mutations of the GraphML files, netgraph's and other tools' alike.
        #expect(onePassGraphML > 100)
    }

    /// Constructs that are errors however a document around them looks, each named.
    @Test(arguments: [("&#0;", "a reference to U+0000"), ("&#xD800;", "a reference to U+D800"),
                      ("&#x110000;", "a character reference beyond U+10FFFF"), ("&#X41;", "a character reference is malformed"),
                      ("&foo;", "an undefined entity is used (&foo;)"), ("]]>", "']]>' in text"),
                      ("\u{01}", "the control character U+0001"), ("<?xml-foo x?>", "processing instructions whose name starts with 'xml'"),
                      ("<?XmL x?>", "an XML declaration is only allowed at the very start"), ("<?p:i x?>", "a processing instruction's name has a colon"),
                      ("<?pi?>", "a processing instruction's name must be followed by a space"),
                      ("<?pi\u{01} x?>", "a processing instruction's name must be followed by a space"),
                      ("<q:x/>", "the namespace prefix 'q' is not declared"), ("<x a='1' a='2'/>", "the attribute 'a' is repeated"),
                      ("<x a='<'/>", "'<' inside an attribute value"), ("& ", "a '&' that starts no reference"),
                      ("<!-- a--b -->", "'--' inside a comment"), ("<![CDATA[x]>", "a CDATA section is not closed"),
                      ("<x xml:space='x'/>", "xml:space must be 'default' or 'preserve'"), ("<x xmlns:p=''/>", "the namespace prefix 'p' is bound to an empty name"),
                      ("<x xmlns:p='urn:%zz'/>", "the namespace name 'urn:%zz' is not an absolute URI"), ("<x xmlns='a b'/>", "the namespace name 'a b' is not an absolute URI"), ("</graph>", "an end tag does not match its start tag")])
    func refuses(_ snippet: String, _ message: String) throws {
        let document = "<graphml><graph><node id=\"a\"/>\(snippet)</graph></graphml>"
        guard case .malformed(let reason, _) = XMLScanner.scan(Array(document.utf8), file: "d.graphml", into: Trace()) else {
            Issue.record("\(snippet.debugDescription) is read")
            return
        }
        #expect(reason.hasPrefix(message), "\(reason)")
    }

    /// An error is named at the byte at fault: its line, and its column in characters.
    @Test func namesEachErrorAtItsPlace() throws {
        let cases: [(String, String)] = [
            ("<r>\n  <a></b>\n</r>", "d.graphml:2:6: error: malformed XML: an end tag does not match its start tag"),
            ("<r>\r\n  <a x=\"é\" y=\"&nope;\"/>\n</r>", "d.graphml:2:15: error: malformed XML: an undefined entity is used (&nope;)"),
            ("<r>\r  <a>\r", "d.graphml:3:1: error: malformed XML: \(XMLScanner.endsEarly)"),
            ("\u{FEFF}<r a='1'b='2'/>", "d.graphml:1:9: error: malformed XML: attributes must be separated by spaces"),
            ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>é</r>",
             "d.graphml:1:21: error: malformed XML: the document declares the encoding 'ISO-8859-1' and holds characters beyond ASCII (the first at 2:4); netgraph reads XML in UTF-8"),
            ("<r/><s/>", "d.graphml:1:5: error: malformed XML: content after the root element (a document has one root)"),
        ]
        for (document, expected) in cases {
            do {
                try SafeXML.parse(Array(document.utf8), file: "d.graphml", into: Trace())
                Issue.record("\(document.debugDescription) is read")
            } catch {
                #expect(error.diagnostics.map(\.description) == [expected], "\(document.debugDescription)")
            }
        }
    }

    /// What XML allows beyond the layouts netgraph writes, each read as `XMLParser` reads it: a
    /// byte-order mark, CR LF and lone CR line ends, a DOCTYPE with comments in its subset, CDATA
    /// sections, names beyond ASCII, `xml:` attributes, prefixes declared below the root, another
    /// encoding's name on a document in ASCII, the W3C's `xml-` processing instructions; and
    /// nesting deeper than libxml2's default limit, and values over a megabyte.
    @Test func readsWhatXMLAllows() throws {
        let documents = [
            "\u{FEFF}<?xml version=\"1.0\"?>\r\n<r a=\"x\r\ny\">t\r\nu\rv</r>\r\n",
            "<!DOCTYPE graphml [ <!-- c --> <?pi x?> ]>\n<graphml><![CDATA[<a> & \n b]]>text</graphml>",
            "<ñame xml:lang=\"es\" xml:space=\"preserve\" atributo·1=\"v\"><ü:x xmlns:ü=\"urn:u\"/></ñame>",
            "<r xmlns=\"http://graphml.graphdrawing.org/xmlns\"><g xmlns:viz=\"http://gexf.net/1.3/viz\"><viz:color r=\"1\"/></g></r>",
            "<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><r xml:id=\"1\" xmlns:q=\"urn:x'y&amp;z%20\"/>",
        ]
        for document in documents {
            let bytes = Array(document.utf8)
            #expect(XMLScanner.scan(bytes, file: "d.xml", into: Trace()) == .complete, "\(document.debugDescription)")
            let comparison = Self.compare(bytes)
            #expect(comparison?.difference == nil, "\(document.debugDescription): \(comparison?.difference ?? "")")
        }
        let trace = Trace()
        #expect(XMLScanner.scan(Array(documents[0].utf8), file: "d.xml", into: trace) == .complete)
        #expect(trace.finished() == ["Sr\u{1}a=x y", "Tt\nu\nv", "Er"])
        let cdata = Trace()
        #expect(XMLScanner.scan(Array(documents[1].utf8), file: "d.xml", into: cdata) == .complete)
        #expect(cdata.finished() == ["C c ", "Ppi x", "Sgraphml\u{1}", "T<a> & \n btext", "Egraphml"])

        // Line ends in a CDATA section are normalised too, as XML says (libxml2 hands on CR LF),
        // and a reference in it is its characters.
        let crlf = Trace()
        #expect(XMLScanner.scan(Array("<r><![CDATA[a&amp;\r\nb\rc]]></r>".utf8), file: "d.xml", into: crlf) == .complete)
        #expect(crlf.finished() == ["Sr\u{1}", "Ta&amp;\nb\nc", "Er"])
        // Another encoding's name, on a document in ASCII.
        let latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r a=\"1\"/>"
        #expect(XMLScanner.scan(Array(latin.utf8), file: "d.xml", into: Trace()) == .complete)

        let deep = String(repeating: "<n>", count: 300) + String(repeating: "</n>", count: 300)
        #expect(XMLScanner.scan(Array(deep.utf8), file: "d.xml", into: Trace()) == .complete)
        let long = String(repeating: "x", count: 2_000_000)
        let value = "<r a=\"\(long)\"><!--\(long)--></r>"
        #expect(XMLScanner.scan(Array(value.utf8), file: "d.xml", into: Trace()) == .complete)
    }

    @Test func readsReferencesAndNormalisesAttributeValues() {
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r a=\"x\ty\nz&#9;&#10;&lt;&amp;\" b='\"'>t&amp;&#x41;&#66;\n</r>"
        let trace = Trace()
        #expect(XMLScanner.scan(Array(document.utf8), file: "d.xml", into: trace) == .complete)
        #expect(trace.finished() == ["Sr\u{1}a=x y z\t\n<&\u{1}b=\"", "Tt&AB\n", "Er"])
    }

    /// netgraph's own GraphML is read by the one-pass path, into the graph the general path
    /// builds; a file it declines still reads.
    @Test func readsNetgraphsOwnGraphMLInOnePass() throws {
        for (name, bytes) in try Self.writtenDocuments() {
            let typed = try #require(GraphMLFastPath.read(bytes, file: "\(name).graphml", limits: .standard, name: name), "\(name)")
            let general = GraphMLHandler(file: "\(name).graphml", limits: .standard)
            try SafeXML.parse(bytes, file: "\(name).graphml", into: general)
            #expect(NativeGraphWriter().write(typed) == NativeGraphWriter().write(try general.build(name: name)), "\(name)")
        }
        // Outside its layout (a <desc> element), it declines and the reader reads the file anyway.
        let (_, starter) = try Self.writtenDocuments()[1]
        let text = String(decoding: starter, as: UTF8.self).replacingOccurrences(of: "<graph ", with: "<desc>d</desc>\n  <graph ")
        #expect(GraphMLFastPath.read(Array(text.utf8), file: "d.graphml", limits: .standard, name: "d") == nil)
        let read = try GraphMLReader().read(Array(text.utf8), file: "d.graphml")
        #expect(read.nodeCount == (try TestSupport.starter()).nodeCount)
    }

    /// GraphML as NetworkX and igraph write it is read by the one-pass path too, into the
    /// graph the general path builds (the fixtures come from `make_graphml.py`).
    @Test(arguments: ["small.graphml", "directed.graphml", "igraph-written.graphml"])
    func readsOtherToolsGraphMLInOnePass(name: String) throws {
        let bytes = Array(try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("formats/" + name)))
        let onePass = try #require(GraphMLFastPath.read(bytes, file: name, limits: .standard, name: "m"))
        let general = GraphMLHandler(file: name, limits: .standard)
        try SafeXML.parse(bytes, file: name, into: general)
        let built = try general.build(name: "m")
        #expect(NativeGraphWriter().write(onePass) == NativeGraphWriter().write(built))
        #expect(onePass.nodeCount >= 4 && onePass.relationCount >= 3)
    }

    /// netgraph's own GEXF is read by the one-pass path, into the graph the general path builds;
    /// a file it declines still reads.
    @Test func readsNetgraphsOwnGEXFInOnePass() throws {
        for (name, bytes) in try Self.writtenGEXFDocuments() {
            let typed = try #require(GEXFFastPath.read(bytes, file: name, limits: .standard), "\(name)")
            let general = GEXFDocument.Collector(file: name, limits: .standard)
            try SafeXML.parse(bytes, file: name, into: general)
            let expected = try GEXFReader.graph(of: general.document, file: name, limits: .standard)
            #expect(NativeGraphWriter().write(typed) == NativeGraphWriter().write(expected), "\(name)")
        }
        // What the writer does not write but the layout allows: defaults, an item's own times,
        // an edge `type` that is a direction or a relation type, typed free attributes,
        // NetworkX's bookkeeping, a reverse copy that is no copy.
        let handWritten = """
            <?netgraph {"name": "h", "schema": {"kinds": ["node", "person"], "relations": [{"name": "edge", "directed": true}, \
            {"name": "knows", "directed": false}, {"name": "met", "directed": true}, {"name": "undirected-edge", "directed": false}]}}?>
            <gexf version="1.3"><graph defaultedgetype="directed" timeformat="dateTime">
            <attributes class="node"><attribute id="0" title="kind" type="string"><default>person</default></attribute>
            <attribute id="1" title="attr.rank" type="integer"/><attribute id="2" title="until" type="string"/></attributes>
            <attributes class="edge"><attribute id="0" title="type" type="string"/><attribute id="1" title="directed" type="boolean"/>
            <attribute id="2" title="networkx_key" type="integer"/><attribute id="3" title="seen" type="boolean"><default>1</default></attribute>
            <attribute id="4" title="status" type="string"/></attributes>
            <nodes><node id="a" label="" start="2001-02-03T10:00:00"><attvalues><attvalue for="1" value=" 7 "/></attvalues></node>
            <node id="b" label="B" start="2001" end="2003"><attvalues><attvalue for="0" value="node"/><attvalue for="2" value="2002"/></attvalues></node>
            <node id="c"/></nodes>
            <edges><edge id="e1" source="a" target="b" type="knows" start="2005-01-01" end="2005-01-01"/>
            <edge id="e1-reverse" source="b" target="a" type="undirected"><attvalues><attvalue for="1" value="true"/></attvalues></edge>
            <edge id="e4" source="a" target="c" type="undirected" weight=" 2.5"><attvalues><attvalue for="2" value="3"/>\
            <attvalue for="4" value="alleged"/></attvalues></edge>
            <edge id="e5" source="c" target="b" kind="met" start="2004" end="2006"/>
            <edge id="e5-reverse" source="b" target="c"><attvalues><attvalue for="1" value="false"/></attvalues></edge></edges>
            </graph></gexf>
            """
        let handBytes = Array(handWritten.utf8)
        let onePass = try #require(GEXFFastPath.read(handBytes, file: "h.gexf", limits: .standard))
        let general = GEXFDocument.Collector(file: "h.gexf", limits: .standard)
        try SafeXML.parse(handBytes, file: "h.gexf", into: general)
        let expected = try GEXFReader.graph(of: general.document, file: "h.gexf", limits: .standard)
        #expect(NativeGraphWriter().write(onePass) == NativeGraphWriter().write(expected))
        #expect(onePass.relationCount == 4)
        // Edges outside the writer's numbering are the general reader's.
        for (from, to) in [("id=\"e4\"", "id=\"e0\""), ("id=\"e5-reverse\"", "id=\"e4-reverse\""), ("id=\"e4\"", "id=\"x4\"")] {
            let renumbered = Array(handWritten.replacingOccurrences(of: from, with: to).utf8)
            #expect(GEXFFastPath.read(renumbered, file: "h.gexf", limits: .standard) == nil, "\(to)")
        }

        // A Gephi colour, which both paths pass over, keeps the one-pass path; anything inside
        // it makes the path decline, and the reader reads the file anyway.
        let (_, starter) = try Self.writtenGEXFDocuments()[1]
        let coloured = String(decoding: starter, as: UTF8.self)
            .replacingOccurrences(of: "</attvalues>\n      </node>", with: "</attvalues>\n<viz:color r=\"1\" g=\"2\" b=\"3\"/>\n      </node>")
            .replacingOccurrences(of: "<gexf ", with: "<gexf xmlns:viz=\"http://gexf.net/1.3/viz\" ")
        #expect(coloured.contains("viz:color"))
        let colouredRead = try #require(GEXFFastPath.read(Array(coloured.utf8), file: "d.gexf", limits: .standard))
        #expect(NativeGraphWriter().write(colouredRead) == NativeGraphWriter().write(try TestSupport.starter()))
        let nested = coloured.replacingOccurrences(of: "<viz:color r=\"1\" g=\"2\" b=\"3\"/>", with: "<viz:color><x/></viz:color>")
        #expect(GEXFFastPath.read(Array(nested.utf8), file: "d.gexf", limits: .standard) == nil)
        let read = try GEXFReader().read(Array(nested.utf8), file: "d.gexf")
        #expect(read.nodeCount == (try TestSupport.starter()).nodeCount)
    }

    /// Another tool's GEXF (no netgraph header), as NetworkX and Gephi write it: the fields
    /// the general reader takes up, every one of them, in one pass into the same graph.
    static let foreignGEXF = """
        <?xml version='1.0' encoding='utf-8'?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
        <meta lastmodifieddate="2026-12-05"><creator>Gephi 0.10.1</creator><keywords>cartels</keywords>
        <description>Who met whom</description></meta>
        <graph defaultedgetype="directed" mode="static" timeformat="dateTime">
        <attributes class="node" mode="static"><attribute id="0" title="kind" type="string"><default>person</default></attribute>
        <attribute id="1" title="aliases" type="string"/><attribute id="2" title="rank" type="integer"/>
        <attribute id="3" title="since" type="string"/><attribute id="4" title="attr.note" type="string"/></attributes>
        <attributes class="edge" mode="static"><attribute id="0" title="type" type="string"/>
        <attribute id="1" title="directed" type="boolean"/><attribute id="2" title="networkx_key" type="long"/>
        <attribute id="3" title="source" type="string"/><attribute id="4" title="status" type="string"/>
        <attribute id="5" title="date" type="string"/><attribute id="6" title="seen" type="boolean"><default>1</default></attribute></attributes>
        <nodes count="4">
        <node id="a" label="Ana" start="2001-02-03T10:00:00"><attvalues><attvalue for="1" value="[&quot;La Jefa&quot;]"/>
        <attvalue for="2" value=" 7 "/></attvalues><viz:color r="1" g="2" b="3"/><viz:position x="1" y="2" z="0"/><viz:size value="2"/></node>
        <node id="b" label=""><attvalues><attvalue for="0" value="cartel"/><attvalue for="1" value="Los B"/><attvalue for="3" value="1999"/>
        <attvalue for="4" value="seen twice"/></attvalues><viz:shape value="square"/></node>
        <node id="c" label="C" start="2004" end="2006"><attvalues><attvalue for="0" value="node"/></attvalues></node>
        <node id="7"/></nodes>
        <edges count="5">
        <edge id="0" source="a" target="b" type="undirected" weight=" 2.5"><attvalues><attvalue for="2" value="0"/>
        <attvalue for="3" value="doc-1"/><attvalue for="4" value="alleged"/></attvalues><viz:thickness value="3"/></edge>
        <edge id="1" source="b" target="c" kind="met" start="2005-01-01" end="2005-01-01"><attvalues><attvalue for="3" value="doc-2"/></attvalues></edge>
        <edge id="4" source="c" target="7" type="pays"><attvalues><attvalue for="3" value="doc-1"/><attvalue for="5" value="2010-05"/></attvalues></edge>
        <edge id="5" source="7" target="a"><attvalues><attvalue for="0" value="knows"/><attvalue for="1" value="false"/></attvalues></edge>
        <edge id="12" source="a" target="c" start="2003" weight="1"/></edges>
        </graph></gexf>
        """

    /// Another tool's GEXF is read by the one-pass path, into the graph the general path builds;
    /// what the path does not model is left to the general path, which reads it.
    @Test(arguments: ["networkx-karate.gexf", "ok-gephi-viz.gexf", "foreign"])
    func readsOtherToolsGEXFInOnePass(name: String) throws {
        let bytes: [UInt8]
        switch name {
        case "foreign": bytes = Array(Self.foreignGEXF.utf8)
        case "ok-gephi-viz.gexf": bytes = Array(try Data(contentsOf: TestSupport.repository.appendingPathComponent("Tests/netgraphCLITests/Hostile/gexf/\(name)")))
        default: bytes = Array(try Data(contentsOf: TestSupport.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/gexf/\(name)")))
        }
        let onePass = try #require(GEXFFastPath.read(bytes, file: name, limits: .standard))
        let general = GEXFDocument.Collector(file: name, limits: .standard)
        try SafeXML.parse(bytes, file: name, into: general)
        let expected = try GEXFReader.graph(of: general.document, file: name, limits: .standard)
        #expect(NativeGraphWriter().write(onePass) == NativeGraphWriter().write(expected))
        #expect(onePass.nodeCount >= 2 && onePass.relationCount >= 1)
        if name == "foreign" {
            #expect(onePass.summary == "Who met whom")
            #expect(onePass.sources.map(\.id) == ["doc-1", "doc-2"])
            #expect(onePass.relationCount == 5)
        }
    }

    /// What another tool may write that the one-pass path leaves to the general reader.
    @Test(arguments: [
        ("id=\"7\"", "id=\"Jean Valjean\"", "a node id that is no entity id"),
        ("id=\"4\" source", "id=\"1\" source", "an edge id not above the last"),
        ("id=\"4\" source", "id=\"04\" source", "an edge id with a leading zero"),
        ("id=\"4\" source", "id=\"e4\" source", "an edge id that is no number"),
        ("<viz:size value=\"2\"/>", "<viz:size value=\"2\"><attvalues/></viz:size>", "something inside a viz element"),
        ("</graph></gexf>", "</graph><meta><description>late</description></meta></gexf>", "a meta after the items"),
        ("<node id=\"7\"/>", "<node id=\"7\"><spells><spell start=\"2001\"/></spells></node>", "spells"),
        ("start=\"2003\" weight=\"1\"/>", "start=\"2003\" weight=\"1\" kind=\"knows\"/>", "a type met both directed and undirected"),
    ])
    func leavesOtherToolsGEXFItDoesNotModel(from: String, to: String, what: String) throws {
        #expect(Self.foreignGEXF.contains(from), "\(what)")
        let bytes = Array(Self.foreignGEXF.replacingOccurrences(of: from, with: to).utf8)
        #expect(GEXFFastPath.read(bytes, file: "f.gexf", limits: .standard) == nil, "\(what)")
    }

    /// Processing instructions are read as XMLParser reads them: the target, and the data from
    /// after the spaces that follow it up to `?>`; netgraph's own GEXF (its header is one)
    /// takes the scanner's pass.
    @Test func readsProcessingInstructionsAsXMLParserDoes() throws {
        let document = "<?xml version=\"1.0\"?>\n<?app  some data ?>\n<r><?inner x=\"1\"?></r>\n<?after z?>"
        let trace = Trace()
        #expect(XMLScanner.scan(Array(document.utf8), file: "d.xml", into: trace) == .complete)
        #expect(trace.finished() == ["Papp some data ", "Sr\u{1}", "Pinner x=\"1\"", "Er", "Pafter z"])
        #expect(Self.compare(Array(document.utf8))?.difference == nil)
        for (name, bytes) in try Self.writtenGEXFDocuments() {
            #expect(XMLScanner.scan(bytes, file: name, into: Trace()) == .complete, "\(name)")
            let collector = GEXFDocument.Collector(file: name, limits: .standard)
            try SafeXML.parse(bytes, file: name, into: collector)
            #expect(collector.document.header != nil, "\(name)")
        }
    }

    /// The fast path takes on the files netgraph writes, so a 62 MB export is read without
    /// XMLParser.
    @Test func takesOnNetgraphsOwnGraphML() throws {
        for (name, bytes) in try Self.writtenDocuments() {
            #expect(XMLScanner.scan(bytes, file: name, into: Trace()) == .complete, "\(name)")
        }
    }
}
