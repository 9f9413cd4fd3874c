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
    n("undefined-alias.yaml", "entities: *nowhere\n")
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


if __name__ == "__main__":
    native()
