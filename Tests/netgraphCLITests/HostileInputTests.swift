import Foundation
import Testing

/// One hostile (or awkward) input from `Hostile/`, and what netgraph must answer.
struct HostileCase: CustomTestStringConvertible, Sendable {
    var file: String
    var exit: Int32
    /// `LINE:COL` the first error must name.
    var at: String?
    /// For a CSV folder, the file inside it that the error names.
    var names: String?
    /// Text the first error message must contain.
    var says: String?

    init(_ file: String, exit: Int32, at: String? = nil, names: String? = nil, says: String? = nil) {
        self.file = file
        self.exit = exit
        self.at = at
        self.names = names
        self.says = says
    }

    var testDescription: String { file }
}

/// Every reader meets untrusted files: each case must give its exit code and a message that
/// names the problem and where it is, and must leave no output file behind — never a crash,
/// a hang or a partial write. The corpus is written by `Hostile/make_corpus.py`.
@Suite struct HostileInputTests {
    static let corpus = CLIRunner.repository.appendingPathComponent("Tests/netgraphCLITests/Hostile")

    static let native: [HostileCase] = [
        HostileCase("alias-bomb-aliases.yaml", exit: 1, at: "4:14", says: "YAML anchors (&name) and aliases are not read"),
        HostileCase("alias-bomb-key.yaml", exit: 1, at: "2:5", says: "YAML anchors (&name) and aliases are not read"),
        HostileCase("alias-bomb-top.yaml", exit: 1, at: "1:5", says: "YAML anchors (&name) and aliases are not read"),
        HostileCase("anchor-after-tag.yaml", exit: 1, at: "2:15", says: "YAML anchors (&name) and aliases are not read"),
        HostileCase("attribute-nested.yaml", exit: 1, at: "2:40", says: "an attribute must be a name and a single value"),
        HostileCase("attributes-not-a-mapping.yaml", exit: 1, at: "2:39", says: "attributes must be a mapping, not a list"),
        HostileCase("binary.yaml", exit: 1, at: "1:8", says: "the file holds a NUL byte: it is binary, not text"),
        HostileCase("dangling-from.yaml", exit: 1, at: "5:12", says: "relation refers to unknown entity 'ghost'"),
        HostileCase("dangling-to.yaml", exit: 1, at: "5:19", says: "relation refers to unknown entity 'ghost'"),
        HostileCase("date-and-since.yaml", exit: 1, at: "5:48", says: "a relation has either a date or since/until, not both"),
        HostileCase("date-not-iso.yaml", exit: 1, at: "2:34", says: "field 'since': '26/06/2020' is not a date"),
        HostileCase("deep-block-nesting.yaml", exit: 1, at: "65:129", says: "the document nests deeper than 64 levels"),
        HostileCase("deep-flow-nesting.yaml", exit: 1, at: "1:74", says: "the document nests deeper than 64 levels"),
        HostileCase("duplicate-field.yaml", exit: 1, at: "2:27", says: "field 'kind' appears twice in the same mapping (first at 2:13)"),
        HostileCase("duplicate-id.yaml", exit: 1, at: "4:10", says: "duplicate entity id 'a'"),
        HostileCase("duplicate-source-id.yaml", exit: 1, at: "3:10", says: "duplicate source id 's'"),
        HostileCase("empty-id.yaml", exit: 1, at: "2:10", says: "field 'id' is empty"),
        HostileCase("empty.yaml", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("entities-not-a-list.yaml", exit: 1, at: "1:11", says: "entities must be a list, not '5'"),
        HostileCase("entity-not-a-mapping.yaml", exit: 1, at: "2:5", says: "an entity must be a mapping of fields, not 'just-a-string'"),
        HostileCase("february-30.yaml", exit: 1, at: "5:48", says: "field 'date': '2021-02-29' is not a date"),
        HostileCase("forbidden-endpoint-kinds.yaml", exit: 1, at: "5:28", says: "relation type 'appointed' cannot join cartel 'a' to official 'b'"),
        HostileCase("id-with-control.yaml", exit: 1, at: "2:10", says: "must not contain spaces or control characters"),
        HostileCase("id-with-space.yaml", exit: 1, at: "2:10", says: "id 'a b' must not contain spaces or control characters"),
        HostileCase("impossible-date.yaml", exit: 1, at: "5:48", says: "field 'date': '2020-13-45' is not a date"),
        HostileCase("json-kind-is-number.json", exit: 1, at: "1:35", says: "unknown kind '7' for entity 'a'"),
        HostileCase("json-relations-object.json", exit: 1, at: "1:31", says: "relations must be a list, not a mapping"),
        HostileCase("key-explicit.yaml", exit: 1, at: "2:5", says: "a mapping key must be a name, not a list, a mapping, a tagged value or an explicit '?' key"),
        HostileCase("key-flow-sequence.yaml", exit: 1, at: "4:18", says: "a mapping key must be a name, not a list, a mapping, a tagged value or an explicit '?' key"),
        HostileCase("key-tagged.yaml", exit: 1, at: "6:7", says: "a mapping key must be a name, not a list, a mapping, a tagged value or an explicit '?' key"),
        HostileCase("latin1.yaml", exit: 1, at: "2:37", says: "invalid UTF-8"),
        HostileCase("missing-entities.yaml", exit: 1, at: "1:1", says: "missing field 'entities'"),
        HostileCase("missing-id.yaml", exit: 1, at: "2:5", says: "missing field 'id'"),
        HostileCase("missing-kind.yaml", exit: 1, at: "2:5", says: "missing field 'kind'"),
        HostileCase("missing-to.yaml", exit: 1, at: "5:5", says: "missing field 'to'"),
        HostileCase("name-200k.yaml", exit: 1, at: "2:33", says: "field 'name' is 200000 characters long, over the limit of 100000"),
        HostileCase("name-is-a-list.yaml", exit: 1, at: "2:33", says: "field 'name' must be text, not a list"),
        HostileCase("ok-empty-graph.json", exit: 0),
        HostileCase("ok-ampersands.yaml", exit: 0),
        HostileCase("ok-name-10k.yaml", exit: 0),
        HostileCase("ok-negative-weight.yaml", exit: 0),
        HostileCase("ok-parallel-relations.yaml", exit: 0),
        HostileCase("ok-self-loop.yaml", exit: 0),
        HostileCase("ok-tags-and-brackets.yaml", exit: 0),
        HostileCase("ok-unicode-and-quotes.yaml", exit: 0),
        HostileCase("ok-utf8-bom.yaml", exit: 0),
        HostileCase("scalar-document.yaml", exit: 1, at: "1:1", says: "the document must be a mapping of fields, not 'just some words'"),
        HostileCase("schema-directed-not-bool.yaml", exit: 1, at: "3:31", says: "field 'directed' must be true or false, not 'maybe'"),
        HostileCase("schema-unknown-kind.yaml", exit: 1, at: "3:41", says: "unknown kind 'horse' in the declaration of 'rides'"),
        HostileCase("since-after-until.yaml", exit: 1, at: "2:34", says: "entity 'a': since 2021 is after until 2019"),
        HostileCase("relation-since-after-until.yaml", exit: 1, at: "5:49", says: "since 2021-06 is after until 2020"),
        HostileCase("tabs.yaml", exit: 1, at: "2:1", says: "invalid YAML: found character that cannot start any token while scanni"),
        HostileCase("top-level-list.yaml", exit: 1, at: "1:1", says: "the document must be a mapping of fields, not a list"),
        HostileCase("truncated.json", exit: 1, at: "1:58", says: "invalid JSON: a string that is never closed"),
        HostileCase("json-single-quotes.json", exit: 1, at: "1:2", says: "invalid JSON: a member name in double quotes expected, found a single quote"),
        HostileCase("json-trailing-comma.json", exit: 1, at: "1:34", says: "invalid JSON: a trailing comma before ']' (JSON allows none)"),
        HostileCase("json-comment.json", exit: 1, at: "1:34", says: "invalid JSON: ',' or '}' expected, found '/'"),
        HostileCase("json-hex-number.json", exit: 1, at: "1:79", says: "invalid JSON: ',' or '}' expected, found 'x'"),
        HostileCase("truncated.yaml", exit: 1, at: "6:1", says: "invalid YAML: did not find expected ',' or '}' while parsing a flow ma"),
        HostileCase("undefined-alias.yaml", exit: 1, at: "1:11", says: "invalid YAML: found undefined alias"),
        HostileCase("unknown-field.yaml", exit: 1, at: "2:27", says: "unknown field 'alias' in an entity; did you mean 'aliases'?"),
        HostileCase("unknown-kind.yaml", exit: 1, at: "2:19", says: "unknown kind 'gang' for entity 'a'"),
        HostileCase("unknown-relation-type.yaml", exit: 1, at: "5:28", says: "unknown relation type 'bribed'"),
        HostileCase("unknown-source.yaml", exit: 1, at: "5:50", says: "relation cites unknown source 'nowhere'"),
        HostileCase("unknown-status.yaml", exit: 1, at: "5:50", says: "unknown status 'rumoured'"),
        HostileCase("unknown-top-level.yaml", exit: 1, at: "2:1", says: "unknown field 'edges' in the document"),
        HostileCase("utf16-bom.yaml", exit: 1, at: "1:1", says: "the file is UTF-16"),
        HostileCase("utf32-bom.yaml", exit: 1, at: "1:1", says: "the file is UTF-32; netgraph reads UTF-8 text"),
        HostileCase("weight-infinite.yaml", exit: 1, at: "5:50", says: "field 'weight' must be a finite number, not -.inf"),
        HostileCase("weight-nan.yaml", exit: 1, at: "5:50", says: "field 'weight' must be a finite number, not .nan"),
        HostileCase("weight-not-a-number.yaml", exit: 1, at: "5:50", says: "field 'weight' must be a number, not 'heavy'"),
        HostileCase("whitespace-only.yaml", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("weight-underflow.yaml", exit: 1, at: "5:50", says: "field 'weight': '1e-400' is out of range: it is too small for a double"),
        HostileCase("weight-overflow.yaml", exit: 1, at: "5:50", says: "field 'weight': '1e309' is out of range: it is too large for a double "),
        HostileCase("credibility-underflow.yaml", exit: 1, at: "5:68", says: "attribute 'credibility': '1e-400' is out of range: it is too small for"),
        HostileCase("weight-underflow.json", exit: 1, at: "1:153", says: "field 'weight': '1e-400' is out of range: it is too small for a double"),
        HostileCase("weight-underflow.nodelink.json", exit: 1, at: "1:121", says: "field 'weight': '1e-400' is out of range: it is too small for a double"),
        HostileCase("weight-underflow.cyjs", exit: 1, at: "1:144", says: "field 'weight': '-2.5e-500' is out of range: it is too small for a dou"),
    ]

    /// Edge lists (`SOURCE TARGET [WEIGHT]`): every problem has a line and column.
    static let edgeList: [HostileCase] = [
        HostileCase("binary.edges", exit: 1, at: "1:8", says: "the file holds a NUL byte: it is binary, not text"),
        HostileCase("comments-only.edges", exit: 0),
        HostileCase("empty.edges", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("four-columns.edges", exit: 1, at: "2:7", says: "extra column: a line holds SOURCE TARGET [WEIGHT]"),
        HostileCase("id-with-control.edges", exit: 1, at: "1:1", says: "id 'a\\u{07}b' must not contain control characters"),
        HostileCase("latin1.edges", exit: 1, at: "2:5", says: "invalid UTF-8 (byte 0xED)"),
        HostileCase("name-200k.edges", exit: 1, at: "1:1", says: "the id is 200000 characters long, over the limit of 100000 (raise it w"),
        HostileCase("nul-in-line.edges", exit: 1, at: "2:2", says: "the file holds a NUL byte: it is binary, not text"),
        HostileCase("ok-crlf-comments.edges", exit: 0),
        HostileCase("ok-fuzz-bom-inside.edges", exit: 0),
        HostileCase("ok-fuzz-huge-numeric-id.edges", exit: 0),
        HostileCase("ok-long-weight.edges", exit: 0),
        HostileCase("ok-name-10k.edges", exit: 0),
        HostileCase("ok-negative-weight.edges", exit: 0),
        HostileCase("ok-self-loop-parallel.edges", exit: 0),
        HostileCase("ok-utf8-bom.edges", exit: 0),
        HostileCase("one-column.edges", exit: 1, at: "2:2", says: "missing target: a line holds SOURCE TARGET [WEIGHT]"),
        HostileCase("truncated.edges", exit: 1, at: "3:2", says: "missing target: a line holds SOURCE TARGET [WEIGHT]"),
        HostileCase("utf16-bom.edges", exit: 1, at: "1:1", says: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); netgraph"),
        HostileCase("weight-empty-quotes.edges", exit: 1, at: "1:5", says: "weight '''' is not a number"),
        HostileCase("weight-infinite.edges", exit: 1, at: "1:5", says: "weight '-inf' is not a finite number"),
        HostileCase("weight-nan.edges", exit: 1, at: "2:5", says: "weight 'nan' is not a finite number"),
        HostileCase("weight-overflow.edges", exit: 1, at: "1:5", says: "weight '1e999' is out of range: it is too large for a double and would read as infinity"),
        HostileCase("weight-text.edges", exit: 1, at: "1:5", says: "weight 'heavy' is not a number"),
        HostileCase("weight-trailing-junk.edges", exit: 1, at: "1:5", says: "weight '1.5kg' is not a number"),
        HostileCase("whitespace-only.edges", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("weight-underflow.edges", exit: 1, at: "2:5", says: "weight '1e-400' is out of range: it is too small for a double (below 4"),
    ]

    /// GraphML: entity declarations and external DTDs are refused before libxml2 sees them.
    static let graphml: [HostileCase] = [
        HostileCase("billion-laughs.graphml", exit: 1, at: "3:2", says: "the document declares XML entities (<!ENTITY); netgraph refuses them,"),
        HostileCase("binary.graphml", exit: 1, at: "1:1", says: "invalid UTF-8 (byte 0x89)"),
        HostileCase("boolean-not-boolean.graphml", exit: 1, at: "5:13", says: "value 'maybe' of 'flag' is not a boolean"),
        HostileCase("deep-nesting.graphml", exit: 1, at: "4:378", says: "the document nests deeper than 64 levels (raise it with --max-depth)"),
        HostileCase("directed-not-boolean.graphml", exit: 1, at: "4:49", says: "edge attribute directed='sometimes' is neither true nor false"),
        HostileCase("duplicate-node.graphml", exit: 1, at: "6:13", says: "duplicate node id 'a'"),
        HostileCase("empty.graphml", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("entity-after-quoted-bracket.graphml", exit: 1, at: "4:2", says: "the document declares XML entities (<!ENTITY); netgraph refuses them,"),
        HostileCase("external-dtd.graphml", exit: 1, at: "2:1", says: "the document names an external DTD (SYSTEM); netgraph does not load ex"),
        HostileCase("external-entity.graphml", exit: 1, at: "3:2", says: "the document declares XML entities (<!ENTITY); netgraph refuses them,"),
        HostileCase("empty-processing-instruction-spaces.graphml", exit: 1, at: "2:1", says: "the processing instruction '<?netgraph?>' is empty"),
        HostileCase("fuzz-control-character-kind.graphml", exit: 1, at: "6:13", says: "kind 'person\\u{7F}\\n\\nx' must not contain control characters"),
        HostileCase("fuzz-attlist-implied.graphml", exit: 1, at: "3:2", says: "the document declares DTD markup (<!ATTLIST); GraphML needs none"),
        HostileCase("fuzz-notation.graphml", exit: 1, at: "3:2", says: "the document declares DTD markup (<!NOTATION); GraphML needs none"),
        HostileCase("fuzz-empty-processing-instruction.graphml", exit: 1, at: "1:1", says: "the processing instruction '<?x?>' is empty"),
        HostileCase("hyperedge.graphml", exit: 1, at: "5:11", says: "hyperedges are not supported"),
        HostileCase("id-200k.graphml", exit: 1, at: "4:200012", says: "attribute 'id' is 200000 characters long, over the limit of 100000 (ra"),
        HostileCase("key-wrong-domain.graphml", exit: 1, at: "7:28", says: "key 'k' is declared for node, not edge"),
        HostileCase("latin1.graphml", exit: 1, at: "4:15", says: "invalid UTF-8 (byte 0xED)"),
        HostileCase("missing-target.graphml", exit: 1, at: "5:17", says: "<edge> without a source and a target"),
        HostileCase("name-200k.graphml", exit: 1, at: "5:200028", says: "a data value is longer than 100000 characters (raise it with --max-tex"),
        HostileCase("nested-graph.graphml", exit: 1, at: "5:41", says: "nested graphs are not supported"),
        HostileCase("node-without-id.graphml", exit: 1, at: "4:6", says: "<node> without an id"),
        HostileCase("not-graphml.graphml", exit: 1, at: "2:6", says: "not a GraphML document: the root element is <html>, not <graphml>"),
        HostileCase("id-with-space.graphml", exit: 1, at: "4:15", says: "id 'a b' must not contain spaces or control characters"),
        HostileCase("ok-fuzz-control-characters-in-names.graphml", exit: 0),
        HostileCase("ok-dangling-endpoints.graphml", exit: 0),
        HostileCase("ok-processing-instruction.graphml", exit: 0),
        HostileCase("ok-negative-weight.graphml", exit: 0),
        HostileCase("ok-self-loop-parallel.graphml", exit: 0),
        HostileCase("truncated.graphml", exit: 1, at: "5:3", says: "malformed XML: the document ends early (an element is not closed, or a"),
        HostileCase("typed-bad-date.graphml", exit: 1, at: "7:13", says: "'since': '2020-13-45' is not a date"),
        HostileCase("undeclared-key.graphml", exit: 1, at: "4:30", says: "<data> refers to undeclared key 'nope'"),
        HostileCase("undefined-entity.graphml", exit: 1, at: "5:11", says: "malformed XML: an undefined entity is used (&nowhere;)"),
        HostileCase("unknown-key-type.graphml", exit: 1, at: "3:58", says: "key 'd0' has attr.type 'complex'; GraphML's types are boolean, int, lo"),
        HostileCase("utf16-bom.graphml", exit: 1, at: "1:1", says: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); netgraph"),
        HostileCase("weight-infinite-string-key.graphml", exit: 1, at: "5:28", says: "edge weight '-INF' is not a finite number"),
        HostileCase("weight-nan.graphml", exit: 1, at: "7:28", says: "value 'NaN' of 'weight' is not a finite number"),
        HostileCase("weight-not-a-number.graphml", exit: 1, at: "7:28", says: "value 'heavy' of 'weight' is not a double"),
        HostileCase("whitespace-only.graphml", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("weight-underflow.graphml", exit: 1, at: "7:28", says: "value '1e-400' of 'weight' is out of range: it is too small for a doub"),
    ]

    /// DOT, through libcgraph: Graphviz gives a line for syntax errors, not a column; what
    /// netgraph checks after parsing (weights, lengths) has no place Graphviz reports, so it
    /// is reported at 1:1 with the node or edge named.
    static let dot: [HostileCase] = [
        HostileCase("binary.dot", exit: 1, at: "1:8", says: "the file holds a NUL byte: it is binary, not text"),
        HostileCase("deep-subgraphs-unclosed.dot", exit: 1, at: "2:1", says: "the graph nests too deeply for Graphviz's parser (memory exhausted in"),
        HostileCase("deep-subgraphs.dot", exit: 1, at: "2:1", says: "the graph nests too deeply for Graphviz's parser (memory exhausted in"),
        HostileCase("empty.dot", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("fuzz-string-after-graph.dot", exit: 1, at: "2:2", says: "text after the end of the graph (its closing '}' ends the file's one g"),
        HostileCase("percent-name.dot", exit: 1, at: "2:3", says: "a node name starts with '%', which Graphviz's parser keeps for its internal names"),
        HostileCase("ok-names-with-spaces.dot", exit: 0),
        HostileCase("label-200k.dot", exit: 1, at: "1:1", says: "the label of node 'a' is 200000 characters long, over the limit of 100"),
        HostileCase("latin1.dot", exit: 1, at: "3:8", says: "invalid UTF-8 (byte 0xED)"),
        HostileCase("name-200k.dot", exit: 1, at: "1:1", says: "node name 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is 200000 charac"),
        HostileCase("not-dot.dot", exit: 1, at: "1:1", says: "syntax error in line 1 near 'entities'"),
        HostileCase("ok-image-attributes.dot", exit: 0),
        HostileCase("ok-negative-weight.dot", exit: 0),
        HostileCase("ok-self-loop-parallel.dot", exit: 0),
        HostileCase("ok-utf8-bom.dot", exit: 0),
        HostileCase("syntax-error.dot", exit: 1, at: "3:1", says: "syntax error in line 3 near '->'"),
        HostileCase("truncated.dot", exit: 1, at: "3:1", says: "syntax error in line 3"),
        HostileCase("text-after-graph.dot", exit: 1, at: "4:2", says: "text after the end of the graph (its closing '}' ends the file's one g"),
        HostileCase("two-graphs.dot", exit: 1, at: "4:1", says: "a second graph starts here: the file holds more than one graph; netgrap"),
        HostileCase("unterminated-comment.dot", exit: 1, at: "3:3", says: "a /* comment starts here and is never closed (no '*/' before the end o"),
        HostileCase("unterminated-html.dot", exit: 1, at: "2:12", says: "an HTML string starts here with '<' and is never closed (no balancing '"),
        HostileCase("unterminated-string.dot", exit: 1, at: "2:12", says: "a quoted string starts here and is never closed (no '\"' ends it before"),
        HostileCase("utf16-bom.dot", exit: 1, at: "1:1", says: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); netgraph"),
        HostileCase("weight-infinite.dot", exit: 1, at: "2:18", says: "edge 'a' -> 'b': weight 'inf' is not a finite number"),
        HostileCase("weight-nan.dot", exit: 1, at: "2:18", says: "edge 'a' -> 'b': weight 'nan' is not a finite number"),
        HostileCase("weight-not-a-number.dot", exit: 1, at: "2:18", says: "edge 'a' -> 'b': weight 'heavy' is not a finite number"),
        HostileCase("whitespace-only.dot", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("weight-underflow.dot", exit: 1, at: "2:18", says: "edge 'a' -> 'b': weight '1e-400' is out of range: it is too small for "),
    ]

    /// CSV folders (one folder a case): errors name the file in the folder, its line and column.
    static let csv: [HostileCase] = [
        HostileCase("after-closing-quote", exit: 1, at: "2:13", names: "nodes.csv", says: "unexpected character after a closing quote"),
        HostileCase("attributes-not-json", exit: 1, at: "2:1", names: "nodes.csv", says: "'attributes' must be a JSON object"),
        HostileCase("bad-date", exit: 1, at: "2:1", names: "nodes.csv", says: "'since': '2020-13-45' is not a date"),
        HostileCase("binary-nodes", exit: 1, at: "1:8", names: "nodes.csv", says: "the file holds a NUL byte: it is binary, not text"),
        HostileCase("dangling-end-id", exit: 1, at: "2:1", names: "relationships.csv", says: "relation refers to unknown entity 'ghost'"),
        HostileCase("duplicate-id", exit: 1, at: "4:1", names: "nodes.csv", says: "duplicate entity id 'a'"),
        HostileCase("id-with-space", exit: 1, at: "2:1", names: "nodes.csv", says: "id 'a b' must not contain spaces or control characters"),
        HostileCase("empty-id", exit: 1, at: "2:1", names: "nodes.csv", says: "an entity id must not be empty"),
        HostileCase("empty-nodes", exit: 1, at: "1:1", names: "nodes.csv", says: "the file is empty"),
        HostileCase("fuzz-long-relation-type", exit: 1, at: "2:1", names: "edges.csv", says: "unknown relation type 'xxxxxxxxxx"),
        HostileCase("graph-json-invalid", exit: 1, at: "2:1", names: "graph.json", says: "invalid YAML: did not find expected node content while parsing a flow"),
        HostileCase("graphframes-aliases-not-json", exit: 1, at: "2:1", names: "vertices.csv", says: "'aliases' must be a JSON list of strings"),
        HostileCase("graphframes-dangling-dst", exit: 1, at: "2:1", names: "edges.csv", says: "relation refers to unknown entity 'ghost'"),
        HostileCase("latin1-nodes", exit: 1, at: "2:14", names: "nodes.csv", says: "invalid UTF-8 (byte 0xED)"),
        HostileCase("missing-header-column", exit: 1, at: "1:1", names: "nodes.csv", says: "missing column 'id:ID' (expected: id:ID,:LABEL,name,kind,aliases:stri"),
        HostileCase("neo4j-import-bad-boolean", exit: 1, at: "2:3", names: "persons.csv", says: "'alive': 'yes' is not true or false (the column is boolean)"),
        HostileCase("neo4j-import-bad-int", exit: 1, at: "2:5", names: "persons.csv", says: "'born': 'nineteen' is not a finite number (the column is int)"),
        HostileCase("neo4j-import-empty-type", exit: 1, at: "2:5", names: "knows.csv", says: "the relationship has no type (:TYPE)"),
        HostileCase("neo4j-import-neither", exit: 1, at: "1:1", names: "things.csv", says: "neither a node file (an :ID column"),
        HostileCase("neo4j-import-no-node-file", exit: 1, at: "1:1", says: "no node file in the folder"),
        HostileCase("neo4j-import-no-type", exit: 1, at: "1:1", names: "knows.csv", says: "a relationship file needs a :TYPE column"),
        HostileCase("neo4j-import-property-without-name", exit: 1, at: "1:13", names: "persons.csv", says: "':int': a property column needs a name"),
        HostileCase("neo4j-import-space-on-property", exit: 1, at: "1:21", names: "persons.csv", says: "only :ID, :START_ID and :END_ID take an id space"),
        HostileCase("neo4j-import-start-without-end", exit: 1, at: "1:1", names: "knows.csv", says: "needs both :START_ID and :END_ID columns"),
        HostileCase("neo4j-import-two-ids", exit: 1, at: "1:6", names: "persons.csv", says: "a second :ID column ('b:ID')"),
        HostileCase("neo4j-import-unknown-type", exit: 1, at: "1:21", names: "persons.csv", says: "'born:integer': unknown field type 'integer'"),
        HostileCase("neo4j-import-wrong-id-space", exit: 1, at: "2:3", names: "roles.csv", says: "relationship refers to unknown node 'a' in id space 'Movie'"),
        HostileCase("ok-apoc-export-all", exit: 0),
        HostileCase("ok-neo4j-import-movies", exit: 0),
        HostileCase("ok-optional-columns-absent", exit: 0),
        HostileCase("missing-relationships-file", exit: 1, at: "1:1", names: "relationships.csv", says: "missing relationships.csv in the folder"),
        HostileCase("name-200k", exit: 1, at: "2:10", names: "nodes.csv", says: "the field is longer than 100000 characters (raise it with --max-text-l"),
        HostileCase("ok-quoted-fields", exit: 0),
        HostileCase("ok-self-loop-parallel", exit: 0),
        HostileCase("unknown-kind", exit: 1, at: "2:1", names: "nodes.csv", says: "unknown kind 'gang' for entity 'a' (known: cartel, official, agency, c"),
        HostileCase("unknown-relation-type", exit: 1, at: "2:1", names: "relationships.csv", says: "unknown relation type 'bribed'"),
        HostileCase("unknown-status", exit: 1, at: "2:1", names: "relationships.csv", says: "unknown status 'rumoured'"),
        HostileCase("unterminated-quote", exit: 1, at: "2:10", names: "nodes.csv", says: "unterminated quoted field"),
        HostileCase("utf16-nodes", exit: 1, at: "1:1", names: "nodes.csv", says: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); netgraph"),
        HostileCase("weight-nan", exit: 1, at: "2:1", names: "relationships.csv", says: "'weight': 'NaN' is not a finite number"),
        HostileCase("weight-text", exit: 1, at: "2:1", names: "relationships.csv", says: "'weight': 'heavy' is not a finite number"),
        HostileCase("wrong-field-count", exit: 1, at: "2:1", names: "nodes.csv", says: "the record has 3 fields, the header 9"),
        HostileCase("weight-underflow", exit: 1, at: "2:1", names: "relationships.csv", says: "'weight': '1e-400' is out of range: it is too small for a double (belo"),
        HostileCase("attribute-underflow", exit: 1, at: "2:1", names: "nodes.csv", says: "'attributes': the number '1e-400' is out of range: it is too small for"),
    ]

    /// GEXF: the XML policy GraphML's reader follows (SafeXML), and GEXF's own refusals.
    static let gexf: [HostileCase] = [
        HostileCase("attlist.gexf", exit: 1, at: "3:2", says: "the document declares DTD markup (<!ATTLIST); GEXF needs none and netg"),
        HostileCase("attvalue-over-time.gexf", exit: 1, at: "8:119", says: "'rank' has several values (a value changing over time); netgraph keeps"),
        HostileCase("attvalue-undeclared.gexf", exit: 1, at: "5:52", says: "<attvalue> for '7', which no node <attribute> declares"),
        HostileCase("attvalue-underflow.gexf", exit: 1, at: "8:59", says: "'size': '4.9e-325' is out of range: it is too small for a double (belo"),
        HostileCase("billion-laughs.gexf", exit: 1, at: "3:2", says: "the document declares XML entities (<!ENTITY); netgraph refuses them, "),
        HostileCase("binary.gexf", exit: 1, at: "1:1", says: "invalid UTF-8 (byte 0x89)"),
        HostileCase("dangling-edge.gexf", exit: 1, at: "9:32", says: "relation refers to unknown entity 'ghost'"),
        HostileCase("date-not-a-date.gexf", exit: 1, at: "9:47", says: "'start': '2020-13-45' is not a date"),
        HostileCase("deep-nesting.gexf", exit: 1, at: "4:189", says: "the document nests deeper than 64 levels (raise it with --max-depth)"),
        HostileCase("duplicate-edge-id.gexf", exit: 1, at: "10:35", says: "duplicate edge id 'e'"),
        HostileCase("duplicate-node.gexf", exit: 1, at: "7:13", says: "duplicate entity id 'a'"),
        HostileCase("edge-type-unknown.gexf", exit: 1, at: "3:34", says: "defaultedgetype 'sideways' is none of directed, undirected and mutual"),
        HostileCase("empty-processing-instruction.gexf", exit: 1, at: "2:1", says: "the processing instruction '<?netgraph?>' is empty; netgraph refuses e"),
        HostileCase("empty.gexf", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("external-dtd.gexf", exit: 1, at: "2:1", says: "the document names an external DTD (SYSTEM); netgraph does not load ex"),
        HostileCase("external-entity.gexf", exit: 1, at: "3:2", says: "the document declares XML entities (<!ENTITY); netgraph refuses them, "),
        HostileCase("header-bad-source.gexf", exit: 1, at: "2:60", says: "the <?netgraph …?> header: missing field 'id'"),
        HostileCase("header-not-json.gexf", exit: 1, at: "2:28", says: "the <?netgraph …?> header is not JSON"),
        HostileCase("hierarchy.gexf", exit: 1, at: "6:7", says: "nodes inside a node (a GEXF hierarchy) are not supported; netgraph rea"),
        HostileCase("label-200k.gexf", exit: 1, at: "5:200022", says: "attribute 'label' is 200000 characters long, over the limit of 100000 "),
        HostileCase("latin1.gexf", exit: 1, at: "4:22", says: "invalid UTF-8 (byte 0xED)"),
        HostileCase("missing-target.gexf", exit: 1, at: "9:17", says: "<edge> without a source and a target"),
        HostileCase("node-without-id.gexf", exit: 1, at: "5:21", says: "<node> without an id"),
        HostileCase("not-gexf.gexf", exit: 1, at: "2:9", says: "not a GEXF document: the root element is <graphml>, not <gexf>"),
        HostileCase("ok-gephi-viz.gexf", exit: 0),
        HostileCase("ok-names-as-ids.gexf", exit: 0),
        HostileCase("ok-self-loop-parallel.gexf", exit: 0),
        HostileCase("ok-subnormal-weight.gexf", exit: 0),
        HostileCase("time-as-number.gexf", exit: 1, at: "9:48", says: "'start' is a number of time units (timeformat 'double'); netgraph's in"),
        HostileCase("truncated.gexf", exit: 1, at: "6:15", says: "malformed XML: the document ends early (an element is not closed, or a"),
        HostileCase("two-graphs.gexf", exit: 1, at: "5:7", says: "a second <graph>: a GEXF file holds one graph"),
        HostileCase("undefined-entity.gexf", exit: 1, at: "5:11", says: "malformed XML: an undefined entity is used (&nowhere;)"),
        HostileCase("utf16-bom.gexf", exit: 1, at: "1:1", says: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); netgraph"),
        HostileCase("weight-huge-digits.gexf", exit: 1, at: "9:439", says: "weight '1000000000000000000000000000000000000000' is out of range: it "),
        HostileCase("weight-nan.gexf", exit: 1, at: "9:41", says: "weight 'NaN' is not a finite number"),
        HostileCase("weight-not-a-number.gexf", exit: 1, at: "9:43", says: "weight 'heavy' is not a number"),
        HostileCase("weight-overflow.gexf", exit: 1, at: "9:43", says: "weight '1e309' is out of range: it is too large for a double and would"),
        HostileCase("weight-underflow.gexf", exit: 1, at: "9:44", says: "weight '1e-400' is out of range: it is too small for a double (below 4"),
        HostileCase("whitespace-only.gexf", exit: 1, at: "1:1", says: "the file is empty"),
    ]

    @Test(arguments: native)
    func nativeReader(_ hostile: HostileCase) throws {
        try check(hostile, folder: "native")
    }

    @Test(arguments: edgeList)
    func edgeListReader(_ hostile: HostileCase) throws {
        try check(hostile, folder: "edgelist")
    }

    @Test(arguments: graphml)
    func graphmlReader(_ hostile: HostileCase) throws {
        try check(hostile, folder: "graphml")
    }

    @Test(arguments: dot)
    func dotReader(_ hostile: HostileCase) throws {
        try check(hostile, folder: "dot")
    }

    @Test(arguments: csv)
    func csvFolderReader(_ hostile: HostileCase) throws {
        try check(hostile, folder: "csv")
    }

    @Test(arguments: gexf)
    func gexfReader(_ hostile: HostileCase) throws {
        try check(hostile, folder: "gexf")
    }

    /// Every file of the corpus is in a table, so a case cannot be added and forgotten.
    @Test func everyCorpusFileHasACase() throws {
        let tables = ["native": Self.native, "edgelist": Self.edgeList, "graphml": Self.graphml, "dot": Self.dot, "csv": Self.csv, "gexf": Self.gexf]
        for (folder, cases) in tables {
            let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent(folder).path).sorted()
            #expect(files == cases.map(\.file).sorted(), "\(folder)")
        }
    }

    /// `image`, `shapefile`, `fontpath` and HTML `<img>` in a DOT file would make Graphviz
    /// read local files when drawing. The reader keeps none of those attributes, and an HTML
    /// label arrives as plain text, which the renderer escapes: the drawing holds no image,
    /// names neither path, and the HTML shows as text.
    @Test func dotDrawingAttributesNeverReachRendering() throws {
        let input = Self.corpus.appendingPathComponent("dot/ok-image-attributes.dot").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-hostile-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["render", input, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: output, encoding: .utf8)
        for leaked in ["/etc/passwd", "/etc/shadow", "<image", "<img", "fontpath", "shapefile"] {
            #expect(!svg.contains(leaked), "\(leaked)")
            #expect(!result.stderr.contains(leaked), "\(leaked)")
        }
        #expect(svg.contains("&lt;img src=&quot;/etc/hostname&quot;/&gt;"))
    }

    @Test func limitsCanBeRaised() throws {
        let file = Self.corpus.appendingPathComponent("native/name-200k.yaml").path
        #expect(try CLIRunner.run(["stats", file, "--max-text-length", "300000"]).status == 0)
        let deep = Self.corpus.appendingPathComponent("native/deep-block-nesting.yaml").path
        #expect(try CLIRunner.run(["stats", deep, "--max-depth", "1000"]).status == 1)
        let small = try CLIRunner.run(["stats", CLIRunner.starter, "--max-file-size", "100"])
        #expect(small.status == 1 && small.stderr.contains("over the limit of 100 bytes"))
    }

    /// The deepest nesting the options accept is read without overflowing the stack, in
    /// every reader that nests: the YAML composer, Yams (through JSON), the attribute walker
    /// and the XML parser. Beyond it, the option is refused.
    @Test func theDeepestAcceptedNestingDoesNotCrash() throws {
        let directory = try CLIRunner.newDirectory("deep-nesting")
        defer { try? FileManager.default.removeItem(at: directory) }
        let depth = 60_000
        let documents = [
            ("flow.yaml", "graph: {name: deep}\nentities: []\nrelations: []\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"),
            ("attributes.yaml", "entities:\n  - {id: a, kind: person, name: A, attributes: " + String(repeating: "{b: ", count: depth) + "1" + String(repeating: "}", count: depth) + "}\n"),
            ("deep.json", "{\"entities\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}\n"),
            ("deep.graphml", "<graphml><graph edgedefault=\"directed\">" + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</graph></graphml>\n"),
            ("deep.gexf", "<gexf><graph>" + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</graph></gexf>\n"),
        ]
        for (name, text) in documents {
            let file = directory.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["stats", file.path, "--max-depth", "100000"])
            #expect(result.status == 0 || result.status == 1, "\(name): status \(result.status)\n\(result.stderr.prefix(300))")
            #expect(!result.stderr.contains("crashed"), "\(name)")
        }
        let beyond = try CLIRunner.run(["stats", "--max-depth", "100001"])
        #expect(beyond.status == 2 && beyond.stderr.contains("--max-depth must be between 1 and 100000"))
    }

    @Test func directoriesAndMissingFilesAreInputErrors() throws {
        let directory = try CLIRunner.run(["stats", Self.corpus.path])
        #expect(directory.status == 1 && directory.stderr.contains("is a directory"))
    }

    /// Runs `convert CASE OUT`, which reads the case and writes OUT only if it read it.
    private func check(_ hostile: HostileCase, folder: String) throws {
        let input = Self.corpus.appendingPathComponent(folder).appendingPathComponent(hostile.file)
        let named = hostile.names.map { input.appendingPathComponent($0) } ?? input
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-hostile-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["convert", input.path, output.path])
        #expect(result.status == hostile.exit, "\(result.stderr)")
        if hostile.exit == 0 {
            // What was read is what was written: the written graph reads back to the same
            // native JSON, and it holds the entities the summary counted.
            #expect(FileManager.default.fileExists(atPath: output.path))
            let written = try CLIRunner.run(["convert", output.path, "-", "--to", "json"])
            let direct = try CLIRunner.run(["convert", input.path, "-", "--to", "json"])
            #expect(written.status == 0 && direct.status == 0, "\(written.stderr)\(direct.stderr)")
            #expect(written.stdout == direct.stdout, "\(hostile.file) does not read back as written")
            let stats = try CLIRunner.run(["stats", output.path, "--format", "json"]).json()
            #expect(result.stdout.contains(": \(stats["nodes"] as? Int ?? -1) entities, \(stats["edges"] as? Int ?? -1) relations"), "\(result.stdout)")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: output.path), "a failed read left an output file")
        #expect(result.stdout.isEmpty)
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        if let at = hostile.at { #expect(first.hasPrefix("\(named.path):\(at): error: "), "\(first)") }
        if let says = hostile.says { #expect(first.contains(says), "\(first)") }
    }
}
