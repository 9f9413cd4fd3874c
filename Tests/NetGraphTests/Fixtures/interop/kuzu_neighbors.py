#!/usr/bin/env python3
"""Loads netgraph's Neo4j CSV export into Kùzu and prints what Cypher says about entities.

    kuzu_neighbors.py FOLDER ID [ID ...]

FOLDER is what `netgraph convert GRAPH FOLDER --to neo4j` writes (nodes.csv, relationships.csv,
sources.csv). The script makes a Kùzu database in a temporary folder, defines one node table
for the entities, one for the sources and one relationship table, loads the three files with
`COPY FROM`, then, for each ID, runs

    MATCH (a:Entity {id: $id})-[r:RELATES]->(b:Entity) ...   (and the same with <-)

and prints, as JSON keyed by ID: the entity's name and aliases, its neighbours' ids (sorted,
each once, following relations both ways, as `netgraph neighbors` does) and every relation
joining it to a neighbour as [neighbour, type, "out"|"in", quote] (sorted), so the Swift test
(KuzuLoadTests) compares them with netgraph's own answer.

How the export is loaded, and why:
- `header=true`: the first line names the columns; Kùzu maps columns to a table's properties
  by position, so the tables below list them in the export's order.
- `parallel=false`: descriptions and quotes may hold line breaks inside quotes, which Kùzu's
  parallel CSV reader refuses.
- Quotes are doubled inside quoted fields (RFC 4180), which is Kùzu's default escape.
- Aliases are one `;`-separated field (`aliases:string[]`, read with `--array-delimiter=';'` by
  `neo4j-admin`); Kùzu's own list syntax is `[a,b]`, so they are loaded through
  `LOAD FROM … RETURN string_split(…, ';')` into a STRING[] column.
- Every property is typed in the tables or the `LOAD WITH HEADERS` list: left to itself, Kùzu
  would read a JSON object in the `attributes` column as a struct.
"""
import json
import os
import shutil
import sys
import tempfile

import kuzu

ENTITY_COLUMNS = [("id", "STRING"), ("label", "STRING"), ("name", "STRING"), ("kind", "STRING"),
                  ("aliases", "STRING"), ("description", "STRING"), ("since", "STRING"),
                  ("until", "STRING"), ("attributes", "STRING")]
SOURCE_COLUMNS = [("sourceId", "STRING"), ("label", "STRING"), ("title", "STRING"), ("author", "STRING"),
                  ("publisher", "STRING"), ("date", "STRING"), ("url", "STRING"), ("file", "STRING"),
                  ("reliability", "STRING")]
RELATION_PROPERTIES = [("neo4jType", "STRING"), ("relationType", "STRING"), ("weight", "DOUBLE"),
                       ("onDate", "STRING"), ("sinceDate", "STRING"), ("untilDate", "STRING"),
                       ("status", "STRING"), ("source", "STRING"), ("quote", "STRING"),
                       ("attributes", "STRING")]
CSV_OPTIONS = "header=true, parallel=false"


def load(connection, folder):
    def path(name):
        return os.path.join(folder, name).replace("\\", "/").replace("'", "\\'")

    def columns(pairs):
        return ", ".join(f"{name} {kind}" for name, kind in pairs)

    entity_table = [(n, t) for n, t in ENTITY_COLUMNS if n != "aliases"] + [("aliases", "STRING[]")]
    connection.execute(f"CREATE NODE TABLE Entity({columns(entity_table)}, PRIMARY KEY (id))")
    connection.execute(f"CREATE NODE TABLE Source({columns(SOURCE_COLUMNS)}, PRIMARY KEY (sourceId))")
    connection.execute(f"CREATE REL TABLE RELATES(FROM Entity TO Entity, {columns(RELATION_PROPERTIES)})")
    kept = ", ".join(n for n, _ in ENTITY_COLUMNS if n != "aliases")
    connection.execute(
        f"COPY Entity FROM (LOAD WITH HEADERS ({columns(ENTITY_COLUMNS)}) FROM '{path('nodes.csv')}' ({CSV_OPTIONS}) "
        f"RETURN {kept}, CASE WHEN aliases IS NULL THEN CAST([] AS STRING[]) ELSE string_split(aliases, ';') END)")
    connection.execute(f"COPY RELATES FROM '{path('relationships.csv')}' ({CSV_OPTIONS})")
    if os.path.exists(os.path.join(folder, "sources.csv")):
        connection.execute(f"COPY Source FROM '{path('sources.csv')}' ({CSV_OPTIONS})")


def rows(result):
    found = []
    while result.has_next():
        found.append(result.get_next())
    return found


def describe(connection, entity):
    found = rows(connection.execute("MATCH (a:Entity) WHERE a.id = $id RETURN a.name, a.aliases", {"id": entity}))
    if not found:
        return None
    name, aliases = found[0]
    relations = []
    for arrow, direction in (("-[r:RELATES]->", "out"), ("<-[r:RELATES]-", "in")):
        query = f"MATCH (a:Entity){arrow}(b:Entity) WHERE a.id = $id AND b.id <> a.id RETURN b.id, r.relationType, r.quote"
        for other, kind, quote in rows(connection.execute(query, {"id": entity})):
            relations.append([other, kind, direction, quote])
    return {
        "name": name,
        "aliases": aliases,
        "neighbors": sorted({relation[0] for relation in relations}),
        "relations": sorted(relations, key=lambda r: [r[0], r[1], r[2], r[3] or ""]),
    }


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    folder, entities = sys.argv[1], sys.argv[2:]
    directory = tempfile.mkdtemp(prefix="netgraph-kuzu-")
    try:
        database = kuzu.Database(os.path.join(directory, "graph.kuzu"))
        connection = kuzu.Connection(database)
        load(connection, folder)
        counts = {
            "entities": rows(connection.execute("MATCH (e:Entity) RETURN count(e)"))[0][0],
            "relations": rows(connection.execute("MATCH ()-[r:RELATES]->() RETURN count(r)"))[0][0],
            "sources": rows(connection.execute("MATCH (s:Source) RETURN count(s)"))[0][0],
        }
        print(json.dumps({"counts": counts, "entities": {e: describe(connection, e) for e in entities}},
                         sort_keys=True, ensure_ascii=False))
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
