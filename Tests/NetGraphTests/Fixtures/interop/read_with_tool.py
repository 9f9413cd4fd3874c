#!/usr/bin/env python3
"""Reads a file netgraph wrote with the tool it is for and prints what the tool saw, as JSON.

    read_with_tool.py networkx-gexf|networkx-graphml|networkx-node-link|networkx-cytoscape|igraph-graphml FILE [OUT]

Prints {"directed": bool, "nodes": [ids], "edges": [[source, target], ...], "kinds": {id: kind}}
with edges in the tool's order, so the Swift tests (InteropToolTests) compare them with the
graph netgraph wrote. With OUT, the tool also writes the graph back to OUT in the same format
(GEXF, GraphML, node-link and Cytoscape.js JSON), for netgraph to read what the tool wrote.
"""
import json
import sys


def read_networkx(kind, path):
    import networkx as nx

    if kind == "networkx-gexf":
        graph = nx.read_gexf(path)
    elif kind == "networkx-graphml":
        graph = nx.read_graphml(path)
    else:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        if kind == "networkx-node-link":
            graph = nx.node_link_graph(data)
        else:
            graph = nx.cytoscape_graph(data)
    return graph, {
        "directed": graph.is_directed(),
        "nodes": list(graph.nodes()),
        "edges": [[u, v] for u, v in graph.edges()],
        "kinds": {node: data.get("kind") for node, data in graph.nodes(data=True)},
    }


def read_igraph(path):
    import igraph as ig

    graph = ig.Graph.Read_GraphML(path)
    ids = graph.vs["id"]
    return graph, {
        "directed": graph.is_directed(),
        "nodes": ids,
        "edges": [[ids[e.source], ids[e.target]] for e in graph.es],
        "kinds": dict(zip(ids, graph.vs["kind"])),
    }


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind.startswith("networkx-"):
        graph, seen = read_networkx(kind, path)
    elif kind == "igraph-graphml":
        graph, seen = read_igraph(path)
    else:
        sys.exit(f"unknown reader {kind}")
    if len(sys.argv) > 3:
        if kind == "networkx-graphml":
            import networkx as nx

            nx.write_graphml(graph, sys.argv[3])
        elif kind == "igraph-graphml":
            graph.write_graphml(sys.argv[3])
        elif kind == "networkx-node-link":
            import networkx as nx

            with open(sys.argv[3], "w", encoding="utf-8") as file:
                json.dump(nx.node_link_data(graph, edges="edges"), file)
        elif kind == "networkx-cytoscape":
            import networkx as nx

            with open(sys.argv[3], "w", encoding="utf-8") as file:
                json.dump(nx.cytoscape_data(graph), file)
        else:
            import networkx as nx

            nx.write_gexf(graph, sys.argv[3])
    print(json.dumps(seen, sort_keys=True))


if __name__ == "__main__":
    main()
