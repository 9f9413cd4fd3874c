#!/usr/bin/env python3
"""Reads a file netgraph wrote with the tool it is for and prints what the tool saw, as JSON.

    read_with_tool.py networkx-gexf|networkx-graphml|networkx-node-link|networkx-cytoscape|igraph-graphml FILE [OUT]
    read_with_tool.py networkx-edgelist|igraph-ncol|igraph-edgelist FILE

Prints {"directed": bool, "nodes": [ids], "edges": [[source, target], ...], "kinds": {id: kind}}
with edges in the tool's order, so the Swift tests (InteropToolTests) compare them with the
graph netgraph wrote. The edge-list readers print {"nodes": [ids], "edges": [[source, target],
...], "weights": [weight or null, ...]} instead: NetworkX's `read_edgelist` (a directed
multigraph, weights typed as floats when the lines have a third column), igraph's
`Graph.Read_Ncol` (symbolic ids) and `Graph.Read_Edgelist` (ids 0…n−1, printed as text). With OUT, the tool also writes the graph back to OUT in the same format
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


def has_weights(path):
    """Whether the edge lines carry a third column (netgraph writes all or none of them)."""
    with open(path, encoding="utf-8") as file:
        for line in file:
            fields = line.split()
            if fields and not fields[0].startswith("#"):
                return len(fields) == 3
    return False


def read_edge_list(kind, path):
    if kind == "networkx-edgelist":
        import networkx as nx

        data = [("weight", float)] if has_weights(path) else False
        graph = nx.read_edgelist(path, create_using=nx.MultiDiGraph, nodetype=str, data=data)
        edges = list(graph.edges(data=True))
        return {
            "nodes": list(graph.nodes()),
            "edges": [[u, v] for u, v, _ in edges],
            "weights": [attributes.get("weight") for _, _, attributes in edges],
        }
    import igraph as ig

    if kind == "igraph-ncol":
        graph = ig.Graph.Read_Ncol(path, names=True, weights="if_present", directed=True)
        names = graph.vs["name"]
    else:
        graph = ig.Graph.Read_Edgelist(path, directed=True)
        names = [str(index) for index in range(graph.vcount())]
    weighted = "weight" in graph.es.attributes()
    return {
        "nodes": names,
        "edges": [[names[e.source], names[e.target]] for e in graph.es],
        "weights": [e["weight"] if weighted else None for e in graph.es],
    }


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind in ("networkx-edgelist", "igraph-ncol", "igraph-edgelist"):
        print(json.dumps(read_edge_list(kind, path), sort_keys=True))
        return
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
