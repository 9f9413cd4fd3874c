#!/usr/bin/env python3
"""Writes the hostile-input corpus: one small file per bad (or awkward) input.

Run from anywhere: python3 Tests/netgraphCLITests/Hostile/make_corpus.py
The expected outcome of each file (exit code, message, line:column) is stated in
Tests/netgraphCLITests/HostileInputTests.swift, which runs every file through the built
binary. Files are written byte for byte, so encodings and binary content are exact.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = "entities:\n  - {id: a, kind: cartel, name: A}\n  - {id: b, kind: official, name: B}\n"


def write(folder, name, data):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, folder, name), "wb") as f:
        f.write(data)


def native():
    n = lambda name, data: write("native", name, data)
    n("empty.yaml", b"")
    n("whitespace-only.yaml", "  \n\n\t\n")
    n("binary.yaml", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00")
    n("truncated.yaml", HEAD + "relations:\n  - {from: a, to: b, type: inv")
    n("truncated.json", '{"entities": [{"id": "a", "kind": "person"}, {"id": "b", "ki')
    # YAML accepts these; JSON does not, and a .json file is checked as JSON.
    n("json-single-quotes.json", "{'entities': [], 'relations': []}")
    n("json-trailing-comma.json", '{"entities": [], "relations": [1,]}')
    n("json-comment.json", '{"entities": [], "relations": [] /* none */}')
    n("json-hex-number.json", '{"entities": [{"id": "a", "kind": "person", "name": "A", "attributes": {"n": 0x10}}]}')
    n("latin1.yaml", b"entities:\n  - {id: a, kind: person, name: Garc\xeda}\n")
    n("utf16-bom.yaml", "entities: []\n".encode("utf-16"))
    n("utf32-bom.yaml", b"\x00\x00\xfe\xff" + "entities: []\n".encode("utf-32-be"))
    n("top-level-list.yaml", "- 1\n- 2\n")
    n("scalar-document.yaml", "just some words\n")
    n("tabs.yaml", "entities:\n\t- {id: a, kind: person}\n")
    n("entities-not-a-list.yaml", "entities: 5\n")
    n("entity-not-a-mapping.yaml", "entities:\n  - just-a-string\n")
    n("weight-not-a-number.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, weight: heavy}\n")
    n("weight-nan.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, weight: .nan}\n")
    n("weight-infinite.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, weight: -.inf}\n")
    n("name-is-a-list.yaml", "entities:\n  - {id: a, kind: person, name: [x, y]}\n")
    n("missing-kind.yaml", "entities:\n  - {id: a, name: A}\n")
    n("missing-id.yaml", "entities:\n  - {kind: person, name: A}\n")
    n("missing-to.yaml", HEAD + "relations:\n  - {from: a, type: attacked}\n")
    n("missing-entities.yaml", "graph: {name: x}\n")
    n("empty-id.yaml", "entities:\n  - {id: '', kind: person}\n")
    n("id-with-space.yaml", "entities:\n  - {id: a b, kind: person}\n")
    n("id-with-control.yaml", 'entities:\n  - {id: "a\\u0007b", kind: person}\n')
    n("duplicate-id.yaml", HEAD + "  - {id: a, kind: person}\n")
    n("duplicate-source-id.yaml", "sources:\n  - {id: s}\n  - {id: s}\nentities: []\n")
    n("duplicate-field.yaml", "entities:\n  - {id: a, kind: person, kind: cartel}\n")
    n("unknown-field.yaml", "entities:\n  - {id: a, kind: person, alias: [x]}\n")
    n("unknown-top-level.yaml", "entities: []\nedges: []\n")
    n("dangling-from.yaml", HEAD + "relations:\n  - {from: ghost, to: b, type: attacked}\n")
    n("dangling-to.yaml", HEAD + "relations:\n  - {from: a, to: ghost, type: attacked}\n")
    n("unknown-kind.yaml", "entities:\n  - {id: a, kind: gang}\n")
    n("unknown-relation-type.yaml", HEAD + "relations:\n  - {from: a, to: b, type: bribed}\n")
    n("forbidden-endpoint-kinds.yaml", HEAD + "relations:\n  - {from: a, to: b, type: appointed}\n")
    n("unknown-source.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, source: nowhere}\n")
    n("unknown-status.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, status: rumoured}\n")
    n("impossible-date.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, date: 2020-13-45}\n")
    n("february-30.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, date: 2021-02-29}\n")
    n("date-not-iso.yaml", "entities:\n  - {id: a, kind: person, since: 26/06/2020}\n")
    n("since-after-until.yaml", "entities:\n  - {id: a, kind: person, since: 2021, until: 2019}\n")
    n("relation-since-after-until.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, since: 2021-06, until: 2020}\n")
    n("date-and-since.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, date: 2020, since: 2019}\n")
    n("attributes-not-a-mapping.yaml", "entities:\n  - {id: a, kind: person, attributes: [x]}\n")
    n("attribute-nested.yaml", "entities:\n  - {id: a, kind: person, attributes: {x: {y: 1}}}\n")
    n("schema-unknown-kind.yaml", "schema:\n  relations:\n    - {name: rides, from: [person], to: [horse]}\nentities: []\n")
    n("schema-directed-not-bool.yaml", "schema:\n  relations:\n    - {name: rides, directed: maybe}\nentities: []\n")
    n("name-200k.yaml", "entities:\n  - {id: a, kind: person, name: " + "x" * 200_000 + "}\n")
    n("deep-flow-nesting.yaml", "entities: " + "[" * 50_000 + "]" * 50_000 + "\n")
    n("deep-block-nesting.yaml", "entities:\n" + "".join("  " * i + "- \n" for i in range(1, 300)))
    # A "billion laughs" in YAML: nine levels of ten aliases each.
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 10) + "]")
    n("alias-bomb-top.yaml", "\n".join(lines) + "\n")
    bomb = "entities:\n  - id: a\n    kind: person\n    aliases: &l0 [a,b,c,d,e,f,g,h,i,j]\n"
    for i in range(1, 9):
        bomb += f"  - id: b{i}\n    kind: person\n    aliases: &l{i} [" + ",".join([f"*l{i-1}"] * 10) + "]\n"
    n("alias-bomb-aliases.yaml", bomb)
    # The same tree as a mapping key: composers that hash keys to find duplicates walk it whole.
    key_bomb = "entities:\n  - &k0 [a,b,c,d,e,f,g,h,i,j]\n"
    for i in range(1, 9):
        key_bomb += f"  - &k{i} [" + ",".join([f"*k{i-1}"] * 10) + "]\n"
    n("alias-bomb-key.yaml", key_bomb + "relations:\n  - {*k8 : x}\n")
    # Anchors hidden behind a tag, and '&' that is text: in a block scalar, quotes, a comment.
    n("anchor-after-tag.yaml", "entities:\n  - id: !!str &a x\n    kind: person\n")
    n("ok-ampersands.yaml", "# &not an anchor\nentities:\n  - id: a\n    kind: person\n    name: \"&quoted\"\n"
      "    description: |\n      &text in a block\n      [unbalanced\n  - id: b\n    kind: person\n    name: R&D & Co\n")
    n("undefined-alias.yaml", "entities: *nowhere\n")
    # Keys that are not names: Yams reports repeats of such keys in an order of its hash
    # table's, so they are refused before it sees them.
    n("key-explicit.yaml", "entities:\n  - ? - a\n    : x\n    ? - a\n    : y\n    ? w\n    : 1\n    ? w\n    : 2\n")
    n("key-flow-sequence.yaml", "entities:\n  - id: a\n    kind: person\n    attributes: {[x]: 1, [x]: 2, {y: 1}: 3, {y: 1}: 4}\n")
    n("key-tagged.yaml", "entities:\n  - id: a\n    kind: person\n    attributes:\n      1: a\n      !!int 1: b\n")
    n("ok-tags-and-brackets.yaml", "entities:\n  - id: !!str 12\n    kind: person\n    name: \"? [x]: y\"\n"
      "    description: what? see [1], page 2\n    aliases: [a, 'b: c']\n  - {id: b, kind: person, name: !!str x}\n")
    n("json-kind-is-number.json", '{"entities": [{"id": "a", "kind": 7}]}')
    n("json-relations-object.json", '{"entities": [], "relations": {"from": "a"}}')
    # Inputs that are odd but valid: each must read and work.
    n("ok-self-loop.yaml", HEAD + "relations:\n  - {from: a, to: a, type: rival-of}\n  - {from: b, to: a, type: investigated}\n")
    n("ok-parallel-relations.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated}\n  - {from: b, to: a, type: investigated, date: 2020}\n  - {from: a, to: b, type: attacked}\n")
    n("ok-negative-weight.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, weight: -2}\n")
    n("ok-name-10k.yaml", "entities:\n  - {id: a, kind: person, name: " + "é" * 10_000 + "}\n")
    n("ok-unicode-and-quotes.yaml", 'entities:\n  - {id: a, kind: person, name: "Ana \\"La Güera\\" O\'Brien 🚢", description: "line one\\nline two"}\nrelations: []\n')
    n("ok-utf8-bom.yaml", b"\xef\xbb\xbf" + "entities: []\n".encode())
    n("ok-empty-graph.json", '{"entities": [], "relations": []}')
    # Numbers out of a double's range: 1e-400 would read as 0, 1e309 as infinity.
    n("weight-underflow.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, weight: 1e-400}\n")
    n("weight-overflow.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, weight: 1e309}\n")
    n("credibility-underflow.yaml", HEAD + "relations:\n  - {from: b, to: a, type: investigated, attributes: {credibility: 1e-400}}\n")
    n("weight-underflow.json", '{"entities": [{"id": "a", "kind": "cartel"}, {"id": "b", "kind": "official"}], '
      '"relations": [{"from": "b", "to": "a", "type": "investigated", "weight": 1e-400}]}')
    n("weight-underflow.nodelink.json", '{"directed": true, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], '
      '"links": [{"source": "a", "target": "b", "weight": 1e-400}]}')
    n("weight-underflow.cyjs", '{"data": {}, "elements": {"nodes": [{"data": {"id": "a"}}, {"data": {"id": "b"}}], '
      '"edges": [{"data": {"source": "a", "target": "b", "weight": -2.5e-500}}]}}')


def edgelist():
    e = lambda name, data: write("edgelist", name, data)
    e("empty.edges", b"")
    e("whitespace-only.edges", " \n\t\n\n")
    e("comments-only.edges", "# nodes: 0\n# nothing here\n")
    e("binary.edges", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00")
    e("nul-in-line.edges", b"a b\nc\x00d e\n")
    e("latin1.edges", b"a b\nGarc\xeda b\n")
    e("utf16-bom.edges", "a b\n".encode("utf-16"))
    e("one-column.edges", "a b\nc\n")
    e("four-columns.edges", "a b 1\nc d 2 extra\n")
    e("truncated.edges", "a b 1.5\nb c 2\nc")
    e("weight-text.edges", "a b heavy\n")
    e("weight-trailing-junk.edges", "a b 1.5kg\n")
    e("weight-nan.edges", "a b 1\nb c nan\n")
    e("weight-infinite.edges", "a b -inf\n")
    e("weight-overflow.edges", "a b 1e999\n")
    e("weight-underflow.edges", "a b 1\nb c 1e-400\n")
    e("weight-empty-quotes.edges", "a b ''\n")
    e("name-200k.edges", "x" * 200_000 + " b\n")
    e("id-with-control.edges", "a\x07b c\n")
    e("ok-long-weight.edges", "a b " + "1" * 80 + "\n")
    e("ok-name-10k.edges", "é" * 10_000 + " b 1\n")
    e("ok-self-loop-parallel.edges", "a a\na b 2\na b 3\nb a\n")
    e("ok-negative-weight.edges", "a b -2\n")
    e("ok-crlf-comments.edges", "# exported\r\na b 1 # first\r\n\r\nb c 0.5\r\n")
    e("ok-utf8-bom.edges", b"\xef\xbb\xbfa b\n")
    # Found by the fuzzer (FuzzEdgeList timeout): a nine-digit id sized the scanner's id table.
    e("ok-fuzz-huge-numeric-id.edges", "a@b 222222222\n")
    # Found by the fuzzer (FuzzEdgeList): a byte-order mark after the first line is part of an
    # id; the edge-list writer refuses such an id, since a reader drops it at a file's start.
    e("ok-fuzz-bom-inside.edges", b"#a b 1e999\n\xef\xbb\xbfa &\n")


GRAPHML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')


def graphml_doc(body, keys=""):
    return GRAPHML_HEAD + keys + '<graph id="G" edgedefault="directed">\n' + body + "</graph>\n</graphml>\n"


def graphml():
    g = lambda name, data: write("graphml", name, data)
    weight_key = '<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n'
    g("empty.graphml", b"")
    g("whitespace-only.graphml", "\n  \n")
    g("binary.graphml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    g("truncated.graphml", graphml_doc('<node id="a"/>\n<node id="b"/>\n<edge source="a" target="b"/>\n')[:150])
    g("latin1.graphml", b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<graphml>\n<graph edgedefault="directed">\n<node id="Garc\xeda"/>\n</graph>\n</graphml>\n')
    g("utf16-bom.graphml", graphml_doc('<node id="a"/>\n').encode("utf-16"))
    g("not-graphml.graphml", '<?xml version="1.0"?>\n<html><body>hello</body></html>\n')
    # One id rule for every reader: what the native reader refuses, GraphML refuses.
    g("id-with-space.graphml", graphml_doc('<node id="a b"/>\n<node id="c"/>\n<edge source="a b" target="c"/>\n'))
    laughs = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        laughs.append(f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">')
    g("billion-laughs.graphml", '<?xml version="1.0"?>\n<!DOCTYPE graphml [\n ' + "\n ".join(laughs) + "\n]>\n"
      + '<graphml>\n<graph edgedefault="directed">\n<node id="&lol9;"/>\n</graph>\n</graphml>\n')
    g("external-entity.graphml", '<?xml version="1.0"?>\n<!DOCTYPE graphml [\n <!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
      + '<graphml>\n<graph edgedefault="directed">\n<node id="&x;"/>\n</graph>\n</graphml>\n')
    # The internal subset hides a ']>' inside a quoted default value before the entity:
    # a scanner that ends the DOCTYPE at the first ']>' would miss the declaration.
    g("entity-after-quoted-bracket.graphml", '<?xml version="1.0"?>\n<!DOCTYPE graphml [\n <!ATTLIST node note CDATA "]>">\n'
      + ' <!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<graphml>\n<graph edgedefault="directed">\n<node id="&x;"/>\n</graph>\n</graphml>\n')
    g("external-dtd.graphml", '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://example.invalid/graphml.dtd">\n'
      + '<graphml>\n<graph edgedefault="directed">\n<node id="a"/>\n</graph>\n</graphml>\n')
    g("undefined-entity.graphml", graphml_doc('<node id="a"/>\n<node id="&nowhere;"/>\n'))
    g("unknown-key-type.graphml", graphml_doc('<node id="a"><data key="d0">1+2i</data></node>\n',
      '<key id="d0" for="node" attr.name="z" attr.type="complex"/>\n'))
    g("weight-not-a-number.graphml", graphml_doc('<node id="a"/>\n<node id="b"/>\n<edge source="a" target="b"><data key="w">heavy</data></edge>\n', weight_key))
    g("weight-nan.graphml", graphml_doc('<node id="a"/>\n<node id="b"/>\n<edge source="a" target="b"><data key="w">NaN</data></edge>\n', weight_key))
    g("weight-infinite-string-key.graphml", graphml_doc('<edge source="a" target="b"><data key="w">-INF</data></edge>\n',
      '<key id="w" for="edge" attr.name="weight" attr.type="string"/>\n'))
    g("boolean-not-boolean.graphml", graphml_doc('<node id="a"><data key="f">maybe</data></node>\n',
      '<key id="f" for="node" attr.name="flag" attr.type="boolean"/>\n'))
    g("missing-target.graphml", graphml_doc('<node id="a"/>\n<edge source="a"/>\n'))
    g("node-without-id.graphml", graphml_doc('<node/>\n'))
    g("duplicate-node.graphml", graphml_doc('<node id="a"/>\n<node id="b"/>\n<node id="a"/>\n'))
    g("undeclared-key.graphml", graphml_doc('<node id="a"><data key="nope">1</data></node>\n'))
    g("key-wrong-domain.graphml", graphml_doc('<node id="a"/>\n<node id="b"/>\n<edge source="a" target="b"><data key="k">x</data></edge>\n',
      '<key id="k" for="node" attr.name="k" attr.type="string"/>\n'))
    g("nested-graph.graphml", graphml_doc('<node id="a">\n<graph id="inner" edgedefault="directed"/>\n</node>\n'))
    g("hyperedge.graphml", graphml_doc('<node id="a"/>\n<hyperedge><endpoint node="a"/></hyperedge>\n'))
    g("directed-not-boolean.graphml", graphml_doc('<edge source="a" target="b" directed="sometimes"/>\n'))
    g("deep-nesting.graphml", GRAPHML_HEAD + '<graph edgedefault="directed">\n' + "<desc>" * 5_000 + "</desc>" * 5_000 + "\n</graph>\n</graphml>\n")
    g("name-200k.graphml", graphml_doc('<node id="a"><data key="n">' + "x" * 200_000 + '</data></node>\n',
      '<key id="n" for="node" attr.name="name" attr.type="string"/>\n'))
    g("id-200k.graphml", graphml_doc('<node id="' + "x" * 200_000 + '"/>\n'))
    g("typed-bad-date.graphml", graphml_doc('<node id="a"><data key="k">person</data><data key="s">2020-13-45</data></node>\n',
      '<key id="q" for="edge" attr.name="quote" attr.type="string"/>\n<key id="k" for="node" attr.name="kind" attr.type="string"/>\n'
      '<key id="s" for="node" attr.name="since" attr.type="string"/>\n'))
    # Found by the fuzzer (FuzzGraphML crash): an empty processing instruction crashed
    # Foundation's XML parser (strlen of a null pointer).
    g("fuzz-empty-processing-instruction.graphml", b'<?x?>\n<!DOCTYPE graphml [\n <!ENTIT x \n2')
    # Found by the fuzzer (FuzzGraphML crash): an attribute declared #IMPLIED, or a notation
    # with no public id, reached strlen as a null pointer inside Foundation's XML parser.
    g("fuzz-attlist-implied.graphml", '<?xml version="1.0"?>\n<!DOCTYPE graphml [\n <!ATTLIST node note CDATA #IMPLIED>\n]>\n'
      + graphml_doc('<node id="a"/>\n').split("\n", 1)[1])
    g("fuzz-notation.graphml", '<?xml version="1.0"?>\n<!DOCTYPE graphml [\n <!NOTATION gif SYSTEM "viewer">\n]>\n'
      + graphml_doc('<node id="a"/>\n').split("\n", 1)[1])
    g("empty-processing-instruction-spaces.graphml", '<?xml version="1.0"?>\n<?netgraph   ?>\n' + graphml_doc('<node id="a"/>\n').split("\n", 1)[1])
    g("ok-processing-instruction.graphml", '<?xml version="1.0"?>\n<?xml-stylesheet href="graph.xsl"?>\n' + graphml_doc('<node id="a"/>\n').split("\n", 1)[1])
    # Found by the fuzzer (FuzzGraphML round trip): a kind holding DEL and carriage returns
    # read, and the GraphML written from it did not read back.
    g("fuzz-control-character-kind.graphml", graphml_doc('<node id="a"><data key="k">person\x7f\r\rx</data></node>\n',
      '<key id="q" for="edge" attr.name="quote" attr.type="string"/>\n<key id="k" for="node" attr.name="kind" attr.type="string"/>\n'))
    # Found by the fuzzer (FuzzGraphML round trip): a graph named with DEL and C1 controls
    # read, and the GraphML written from it did not read back.
    g("ok-fuzz-control-characters-in-names.graphml", GRAPHML_HEAD
      + '<key id="n" for="node" attr.name="name" attr.type="string"/>\n<key id="s" for="graph" attr.name="sources" attr.type="string"/>\n'
      + '<key id="k" for="node" attr.name="kind" attr.type="string"/>\n<graph id="G\x7f\u0085\u009f" edgedefault="directed">\n<data key="s">[{"id": "s\\u0080", "title": "t\\u007f\\u0085"}]</data>\n'
      + '<node id="a"><data key="k">person</data><data key="n">Ana\x7f\u0080\u009f</data></node>\n</graph>\n</graphml>\n')
    g("ok-dangling-endpoints.graphml", graphml_doc('<edge source="a" target="b"/>\n'))
    g("ok-self-loop-parallel.graphml", graphml_doc('<node id="a"/>\n<node id="b"/>\n<edge source="a" target="a"/>\n'
      '<edge source="a" target="b"><data key="w">2</data></edge>\n<edge source="a" target="b"><data key="w">3</data></edge>\n', weight_key))
    g("weight-underflow.graphml", graphml_doc('<node id="a"/>\n<node id="b"/>\n<edge source="a" target="b"><data key="w">1e-400</data></edge>\n', weight_key))
    g("ok-negative-weight.graphml", graphml_doc('<edge source="a" target="b"><data key="w">-2</data></edge>\n', weight_key))


def dot():
    d = lambda name, data: write("dot", name, data)
    d("empty.dot", b"")
    d("whitespace-only.dot", "\n \n")
    d("binary.dot", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00")
    d("latin1.dot", b'digraph {\n  a -> b;\n  "Garc\xeda" -> a;\n}\n')
    d("utf16-bom.dot", "digraph { a -> b }\n".encode("utf-16"))
    d("syntax-error.dot", "digraph {\n  a -> b;\n  -> c;\n}\n")
    d("truncated.dot", "digraph {\n  a -> b;\n  b -> ")
    d("unterminated-string.dot", 'digraph {\n  a [label="never closed];\n  a -> b;\n}\n')
    d("unterminated-comment.dot", "digraph {\n  a -> b;\n  /* never closed\n}\n")
    d("unterminated-html.dot", "digraph {\n  a [label=<<b>bold</b>];\n}\n")
    d("two-graphs.dot", "digraph {\n  a -> b;\n}\ndigraph {\n  c -> d;\n}\n")
    d("text-after-graph.dot", "digraph {\n  a -> b;\n}\n c -> d;\n")
    # Found by the fuzzer (FuzzDOT): text after the graph that opens a quoted string was kept
    # by cgraph's scanner and swallowed every later read in the same process.
    d("fuzz-string-after-graph.dot", 'digraph {nea\n}a"nea\n}a')
    # A name that starts with '%' is one of cgraph's internal names to its parser, which gives
    # the node a number instead: refused, since the name cannot be read (found by FuzzDOT).
    d("percent-name.dot", 'digraph {\n  "%lMencho" -> CJNG;\n  "weightcho" -> CJNG [label="%d"];\n}\n')
    # Node names that are labels, not ids: each gets an id made from it and keeps its name.
    d("ok-names-with-spaces.dot", 'digraph {\n  "El Mencho" -> CJNG;\n  "El-Mencho" -> CJNG;\n}\n')
    d("not-dot.dot", "entities:\n  - {id: a, kind: person}\n")
    d("weight-not-a-number.dot", "digraph {\n  a -> b [weight=heavy];\n}\n")
    d("weight-nan.dot", "digraph {\n  a -> b [weight=nan];\n}\n")
    d("weight-infinite.dot", 'digraph {\n  a -> b [weight="inf"];\n}\n')
    d("weight-underflow.dot", 'digraph {\n  a -> b [weight="1e-400"];\n}\n')
    d("name-200k.dot", 'digraph {\n  "' + "x" * 200_000 + '" -> b;\n}\n')
    d("label-200k.dot", 'digraph {\n  a [label="' + "x" * 200_000 + '"];\n}\n')
    d("deep-subgraphs.dot", "digraph {\n" + "subgraph { " * 20_000 + "a" + " }" * 20_000 + "\n}\n")
    d("deep-subgraphs-unclosed.dot", "digraph {\n" + "{ " * 50_000 + "\n")
    d("ok-image-attributes.dot", 'digraph {\n  fontpath="/etc";\n  a [image="/etc/passwd", shapefile="/etc/shadow", shape=custom];\n'
      '  b [label=<<img src="/etc/hostname"/>>];\n  a -> b [weight=2];\n}\n')
    d("ok-self-loop-parallel.dot", "digraph {\n  a -> a;\n  a -> b [weight=2];\n  a -> b [weight=3];\n  b -> a;\n}\n")
    d("ok-negative-weight.dot", "digraph {\n  a -> b [weight=-2];\n}\n")
    d("ok-utf8-bom.dot", b"\xef\xbb\xbfdigraph { a -> b }\n")


NEO4J_NODES = "id:ID,:LABEL,name,kind,aliases:string[],description,since,until,attributes\n"
NEO4J_EDGES = ":START_ID,:END_ID,:TYPE,type,weight:double,date,since,until,status,source,quote,attributes\n"
GF_NODES = "id,name,kind,aliases,description,since,until,attributes\n"
GF_EDGES = "src,dst,relationship,weight,date,since,until,status,source,quote,attributes\n"
TWO_NODES = NEO4J_NODES + "a,Cartel,A,cartel,,,,,\nb,Official,B,official,,,,,\n"


def csv():
    def c(case, files):
        for name, data in files.items():
            write(os.path.join("csv", case), name, data)
    edge = lambda row: NEO4J_EDGES + row + "\n"
    c("empty-nodes", {"nodes.csv": b"", "relationships.csv": NEO4J_EDGES})
    c("binary-nodes", {"nodes.csv": b"\x7fELF\x02\x01\x01\x00\x00\x00", "relationships.csv": NEO4J_EDGES})
    c("latin1-nodes", {"nodes.csv": NEO4J_NODES.encode() + b"a,Person,Garc\xeda,person,,,,,\n", "relationships.csv": NEO4J_EDGES})
    c("utf16-nodes", {"nodes.csv": (NEO4J_NODES + "a,Person,A,person,,,,,\n").encode("utf-16"), "relationships.csv": NEO4J_EDGES})
    # A kind column makes nodes.csv netgraph's layout, whose ids are in id:ID.
    c("missing-header-column", {"nodes.csv": "name,kind\nA,person\n", "relationships.csv": NEO4J_EDGES})
    # Columns other than the id, the kind, the ends and the type may be left out.
    c("ok-optional-columns-absent", {"nodes.csv": "id:ID,name,kind\na,A,person\n", "relationships.csv": NEO4J_EDGES})
    c("missing-relationships-file", {"nodes.csv": TWO_NODES})
    c("unterminated-quote", {"nodes.csv": NEO4J_NODES + 'a,Person,"A never closed,person,,,,,\n', "relationships.csv": NEO4J_EDGES})
    c("after-closing-quote", {"nodes.csv": NEO4J_NODES + 'a,Person,"A"x,person,,,,,\n', "relationships.csv": NEO4J_EDGES})
    c("wrong-field-count", {"nodes.csv": NEO4J_NODES + "a,Person,A\n", "relationships.csv": NEO4J_EDGES})
    c("dangling-end-id", {"nodes.csv": TWO_NODES, "relationships.csv": edge("b,ghost,INVESTIGATED,investigated,,,,,,,,")})
    c("id-with-space", {"nodes.csv": NEO4J_NODES + "a b,Person,A,person,,,,,\n", "relationships.csv": NEO4J_EDGES})
    c("empty-id", {"nodes.csv": NEO4J_NODES + ",Person,A,person,,,,,\n", "relationships.csv": NEO4J_EDGES})
    c("duplicate-id", {"nodes.csv": TWO_NODES + "a,Person,Again,person,,,,,\n", "relationships.csv": NEO4J_EDGES})
    c("unknown-kind", {"nodes.csv": NEO4J_NODES + "a,Gang,A,gang,,,,,\n", "relationships.csv": NEO4J_EDGES})
    c("unknown-relation-type", {"nodes.csv": TWO_NODES, "relationships.csv": edge("a,b,BRIBED,bribed,,,,,,,,")})
    c("bad-date", {"nodes.csv": NEO4J_NODES + "a,Person,A,person,,,2020-13-45,,\n", "relationships.csv": NEO4J_EDGES})
    c("weight-nan", {"nodes.csv": TWO_NODES, "relationships.csv": edge("b,a,INVESTIGATED,investigated,NaN,,,,,,,")})
    c("weight-text", {"nodes.csv": TWO_NODES, "relationships.csv": edge("b,a,INVESTIGATED,investigated,heavy,,,,,,,")})
    c("weight-underflow", {"nodes.csv": TWO_NODES, "relationships.csv": edge("b,a,INVESTIGATED,investigated,1e-400,,,,,,,")})
    c("attribute-underflow", {"nodes.csv": NEO4J_NODES + 'a,Person,A,person,,,,,"{""n"": 1e-400}"\n', "relationships.csv": NEO4J_EDGES})
    c("unknown-status", {"nodes.csv": TWO_NODES, "relationships.csv": edge("b,a,INVESTIGATED,investigated,,,,,rumoured,,,")})
    c("attributes-not-json", {"nodes.csv": NEO4J_NODES + "a,Person,A,person,,,,,42\n", "relationships.csv": NEO4J_EDGES})
    c("graph-json-invalid", {"graph.json": '{"graph": {"name": "x"}, "entities": [', "nodes.csv": TWO_NODES, "relationships.csv": NEO4J_EDGES})
    c("name-200k", {"nodes.csv": NEO4J_NODES + "a,Person," + "x" * 200_000 + ",person,,,,,\n", "relationships.csv": NEO4J_EDGES})
    c("graphframes-dangling-dst", {"vertices.csv": GF_NODES + "a,A,person,,,,,\n", "edges.csv": GF_EDGES + "a,ghost,rival-of,,,,,,,,\n"})
    c("graphframes-aliases-not-json", {"vertices.csv": GF_NODES + "a,A,person,not-a-list,,,,\n", "edges.csv": GF_EDGES})
    # Found by the fuzzer (FuzzCSV timeout): a 48,000-character relation type took seconds in
    # the "did you mean" edit distance.
    c("fuzz-long-relation-type", {"vertices.csv": GF_NODES + "a,A,person,,,,,\nb,B,cartel,,,,,\n",
      "edges.csv": GF_EDGES + "b,a," + "x" * 48_000 + ",,,,,,,,\n"})
    c("ok-self-loop-parallel", {"nodes.csv": TWO_NODES, "relationships.csv": edge("a,a,RIVAL_OF,rival-of,,,,,,,,")
      + "b,a,INVESTIGATED,investigated,2,,,,,,,\nb,a,INVESTIGATED,investigated,3,2020,,,,,,\n"})
    c("ok-quoted-fields", {"nodes.csv": NEO4J_NODES + 'a,Person,"Ana ""La Güera"", O\'Brien",person,x;y,"line one\nline two",,,\n',
      "relationships.csv": NEO4J_EDGES})
    # Neo4j's own import files (no graph.json, no kind column) and APOC's one-file export.
    persons = "personId:ID(Person),name,born:int,:LABEL\n"
    c("neo4j-import-unknown-type", {"persons.csv": "personId:ID(Person),born:integer\na,1\n"})
    c("neo4j-import-two-ids", {"persons.csv": "a:ID,b:ID\n1,2\n"})
    c("neo4j-import-space-on-property", {"persons.csv": "personId:ID(Person),born:int(Person)\na,1\n"})
    c("neo4j-import-property-without-name", {"persons.csv": "personId:ID,:int\na,1\n"})
    c("neo4j-import-neither", {"things.csv": "name,born\nx,1\n"})
    c("neo4j-import-start-without-end", {"persons.csv": persons + "a,A,1960,Person\n", "knows.csv": ":START_ID(Person),:TYPE\na,KNOWS\n"})
    c("neo4j-import-no-type", {"persons.csv": persons + "a,A,1960,Person\n", "knows.csv": ":START_ID(Person),:END_ID(Person)\na,a\n"})
    c("neo4j-import-no-node-file", {"knows.csv": ":START_ID,:END_ID,:TYPE\na,b,KNOWS\n"})
    c("neo4j-import-wrong-id-space", {"persons.csv": persons + "a,A,1960,Person\n",
      "roles.csv": ":START_ID(Person),:END_ID(Movie),:TYPE\na,a,ACTED_IN\n"})
    c("neo4j-import-bad-int", {"persons.csv": persons + "a,A,nineteen,Person\n"})
    c("neo4j-import-bad-boolean", {"persons.csv": "personId:ID,alive:boolean\na,yes\n"})
    c("neo4j-import-empty-type", {"persons.csv": persons + "a,A,1960,Person\n", "knows.csv": ":START_ID(Person),:END_ID(Person),:TYPE\na,a,\n"})
    c("ok-neo4j-import-movies", {
        "persons.csv": persons + 'keanu,Keanu Reeves,1964,Person\n"Hugo Weaving",,1960,Person;Actor\n1,Lana Wachowski,1965,Person\n',
        "movies.csv": "movieId:ID(Movie),title,released:int,tagline,:LABEL\n1,The Matrix,1999,Welcome to the Real World,Movie\n"
                      'tt0234215,The Matrix Reloaded,2003,"Free your mind; ""again""",Movie;Sequel\n',
        "roles.csv": ":START_ID(Person),:END_ID(Movie),:TYPE,roles:string[],paid:boolean,weight:double\n"
                     "keanu,1,ACTED_IN,Neo,true,2.5\nHugo Weaving,tt0234215,ACTED_IN,Agent Smith;Elrond,,\n1,1,DIRECTED,,,\n"})
    c("ok-apoc-export-all", {"all.csv": '"_id","_labels","born","name","title","_start","_end","_type","roles"\n'
                             '"0",":Person","1964","Keanu Reeves","",,,,\n"1",":Movie","","","The Matrix",,,,\n'
                             ',,,,,"0","1","ACTED_IN","[""Neo""]"\n'})


GEXF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'


def gexf_doc(body, graph='defaultedgetype="directed"'):
    return GEXF_HEAD + f"<graph {graph}>\n" + body + "</graph>\n</gexf>\n"


GEXF_NODES = '<nodes>\n<node id="a" label="A"/>\n<node id="b" label="B"/>\n</nodes>\n'


def gexf():
    x = lambda name, data: write("gexf", name, data)
    edge = lambda attributes: gexf_doc(GEXF_NODES + f"<edges>\n<edge source=\"a\" target=\"b\" {attributes}/>\n</edges>\n")
    x("empty.gexf", b"")
    x("whitespace-only.gexf", "\n  \n")
    x("binary.gexf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    x("latin1.gexf", b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<gexf>\n<graph>\n<nodes><node id="Garc\xeda"/></nodes>\n</graph>\n</gexf>\n')
    x("utf16-bom.gexf", gexf_doc(GEXF_NODES).encode("utf-16"))
    x("truncated.gexf", gexf_doc(GEXF_NODES + '<edges>\n<edge source="a" target="b"/>\n</edges>\n')[:170])
    x("not-gexf.gexf", '<?xml version="1.0"?>\n<graphml><graph/></graphml>\n')
    # Entity expansion and DTDs: refused before the parser sees them (SafeXML, as for GraphML).
    laughs = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "' + f"&lol{i-1};" * 10 + '">' for i in range(1, 10)]
    x("billion-laughs.gexf", '<?xml version="1.0"?>\n<!DOCTYPE gexf [\n ' + "\n ".join(laughs) + "\n]>\n"
      + '<gexf>\n<graph>\n<nodes><node id="&lol9;"/></nodes>\n</graph>\n</gexf>\n')
    x("external-entity.gexf", '<?xml version="1.0"?>\n<!DOCTYPE gexf [\n <!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
      + '<gexf>\n<graph>\n<nodes><node id="a" label="&x;"/></nodes>\n</graph>\n</gexf>\n')
    x("external-dtd.gexf", '<?xml version="1.0"?>\n<!DOCTYPE gexf SYSTEM "http://example.invalid/gexf.dtd">\n' + gexf_doc(GEXF_NODES).split("\n", 1)[1])
    x("attlist.gexf", '<?xml version="1.0"?>\n<!DOCTYPE gexf [\n <!ATTLIST node id CDATA "injected">\n]>\n' + gexf_doc(GEXF_NODES).split("\n", 1)[1])
    x("empty-processing-instruction.gexf", '<?xml version="1.0"?>\n<?netgraph ?>\n' + gexf_doc(GEXF_NODES).split("\n", 1)[1])
    x("undefined-entity.gexf", gexf_doc('<nodes>\n<node id="&nowhere;"/>\n</nodes>\n'))
    x("deep-nesting.gexf", GEXF_HEAD + "<graph>\n" + "<x>" * 5_000 + "</x>" * 5_000 + "\n</graph>\n</gexf>\n")
    x("label-200k.gexf", gexf_doc('<nodes>\n<node id="a" label="' + "x" * 200_000 + '"/>\n</nodes>\n'))
    # Duplicate ids, dangling edges, a hierarchy, two graphs.
    x("duplicate-node.gexf", gexf_doc('<nodes>\n<node id="a"/>\n<node id="b"/>\n<node id="a"/>\n</nodes>\n'))
    x("duplicate-edge-id.gexf", gexf_doc(GEXF_NODES + '<edges>\n<edge id="e" source="a" target="b"/>\n<edge id="e" source="b" target="a"/>\n</edges>\n'))
    x("dangling-edge.gexf", gexf_doc(GEXF_NODES + '<edges>\n<edge source="a" target="ghost"/>\n</edges>\n'))
    x("missing-target.gexf", gexf_doc(GEXF_NODES + '<edges>\n<edge source="a"/>\n</edges>\n'))
    x("node-without-id.gexf", gexf_doc('<nodes>\n<node label="nobody"/>\n</nodes>\n'))
    x("hierarchy.gexf", gexf_doc('<nodes>\n<node id="a">\n<nodes><node id="a1"/></nodes>\n</node>\n</nodes>\n'))
    x("two-graphs.gexf", GEXF_HEAD + '<graph>\n</graph>\n<graph>\n</graph>\n</gexf>\n')
    # Numbers: out of a double's range, not finite, not numbers.
    x("weight-underflow.gexf", edge('weight="1e-400"'))
    x("weight-overflow.gexf", edge('weight="1e309"'))
    x("weight-huge-digits.gexf", edge('weight="1' + "0" * 400 + '"'))
    x("weight-nan.gexf", edge('weight="NaN"'))
    x("weight-not-a-number.gexf", edge('weight="heavy"'))
    x("attvalue-underflow.gexf", gexf_doc('<attributes class="node">\n<attribute id="0" title="size" type="double"/>\n</attributes>\n'
      '<nodes>\n<node id="a"><attvalues><attvalue for="0" value="4.9e-325"/></attvalues></node>\n</nodes>\n'))
    x("attvalue-undeclared.gexf", gexf_doc('<nodes>\n<node id="a"><attvalues><attvalue for="7" value="x"/></attvalues></node>\n</nodes>\n'))
    x("attvalue-over-time.gexf", gexf_doc('<attributes class="node" mode="dynamic">\n<attribute id="0" title="rank" type="integer"/>\n</attributes>\n'
      '<nodes>\n<node id="a"><attvalues><attvalue for="0" value="1" start="2001-01-01"/><attvalue for="0" value="2" start="2002-01-01"/></attvalues></node>\n</nodes>\n'))
    x("edge-type-unknown.gexf", gexf_doc(GEXF_NODES + '<edges>\n<edge source="a" target="b"/>\n</edges>\n', graph='defaultedgetype="sideways"'))
    x("time-as-number.gexf", gexf_doc(GEXF_NODES + '<edges>\n<edge source="a" target="b" start="1.5" end="3"/>\n</edges>\n', graph='mode="dynamic" timeformat="double"'))
    x("date-not-a-date.gexf", edge('start="2020-13-45"'))
    x("header-not-json.gexf", '<?xml version="1.0"?>\n<?netgraph {"name": "x", ?>\n' + gexf_doc(GEXF_NODES).split("\n", 1)[1])
    x("header-bad-source.gexf", '<?xml version="1.0"?>\n<?netgraph {"name": "x", "sources": [{"title": "no id"}]}?>\n' + gexf_doc(GEXF_NODES).split("\n", 1)[1])
    # Files that must read: Gephi's viz elements and NetworkX's names as ids.
    x("ok-gephi-viz.gexf", '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n'
      '<meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10.1</creator></meta>\n<graph defaultedgetype="undirected" mode="static">\n'
      '<nodes count="2">\n<node id="0" label="El Mencho"><viz:color r="239" g="173" b="66" a="0.6"/><viz:position x="15.7" y="40.4" z="0.0"/><viz:size value="2.5"/></node>\n'
      '<node id="1" label="CJNG"><viz:shape value="square"/></node>\n</nodes>\n'
      '<edges count="1">\n<edge id="0" source="0" target="1" weight="1.0"><viz:thickness value="1"/></edge>\n</edges>\n</graph>\n</gexf>\n')
    x("ok-names-as-ids.gexf", gexf_doc('<nodes>\n<node id="El Mencho"/>\n<node id="El-Mencho"/>\n<node id="CJNG"/>\n</nodes>\n'
      '<edges>\n<edge source="El Mencho" target="CJNG"/>\n<edge source="El-Mencho" target="CJNG"/>\n</edges>\n'))
    x("ok-self-loop-parallel.gexf", gexf_doc(GEXF_NODES + '<edges>\n<edge source="a" target="a"/>\n<edge source="a" target="b" weight="2"/>\n'
      '<edge source="a" target="b" weight="3"/>\n<edge source="b" target="a" weight="-2"/>\n</edges>\n'))
    x("ok-subnormal-weight.gexf", edge('weight="1e-310"'))


if __name__ == "__main__":
    native()
    edgelist()
    graphml()
    dot()
    csv()
    gexf()
