"""Writes small.graphml with NetworkX's own writer, so the GraphML reader is tested on what
NetworkX really produces. Run from the repository root:

    python3 Tests/NetGraphTests/Fixtures/formats/make_graphml.py
"""
import os
import networkx as nx

G = nx.Graph(name="small")
G.add_node("a", kind="cartel", name="Cartel A", size=12)
G.add_node("b", kind="person", label="Boss B")
G.add_node("c", kind="person")
G.add_node("d")
G.add_edge("a", "b", weight=2.5, type="leads", note="reported")
G.add_edge("b", "c", weight=1.0)
G.add_edge("c", "a", weight=4.0)
G.add_edge("c", "d", weight=0.5)
here = os.path.dirname(os.path.abspath(__file__))
nx.write_graphml(G, os.path.join(here, "small.graphml"))

D = nx.DiGraph()
D.add_edges_from([(0, 1), (1, 2), (2, 0), (2, 3)])
nx.write_graphml(D, os.path.join(here, "directed.graphml"))

# igraph's writer: nodes renumbered n0, n1, … with the ids as `name` data, and no value for
# a number an item lacks (here `size` on all but one node, `weight` on all but one edge).
try:
    import igraph as ig
except ImportError:
    ig = None
if ig is not None:
    g = ig.Graph(directed=False)
    g.add_vertices(["a", "b", "c", "d"])
    g.vs["kind"] = ["cartel", "person", "person", "place"]
    g.vs["size"] = [12, None, None, None]
    g.add_edges([("a", "b"), ("b", "c"), ("c", "d")])
    g.es["weight"] = [2.5, None, None]
    g.es["type"] = ["leads", "allied-with", "located-in"]
    g.write_graphml(os.path.join(here, "igraph-written.graphml"))
