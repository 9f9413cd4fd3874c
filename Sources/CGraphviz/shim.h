#ifndef NETGRAPH_CGRAPHVIZ_SHIM_H
#define NETGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Graph descriptors are global structs; Swift reads them through these helpers so it never
   takes the address of a C global. */
static inline Agdesc_t netgraph_directed_desc(void) { return Agdirected; }

/* The kinds of graph object agattr declares defaults for (macros in cgraph.h). */
static inline int netgraph_kind_graph(void) { return AGRAPH; }
static inline int netgraph_kind_node(void) { return AGNODE; }
static inline int netgraph_kind_edge(void) { return AGEDGE; }

/* Edge endpoints and creation order (macros in cgraph.h). */
static inline Agnode_t *netgraph_edge_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *netgraph_edge_head(Agedge_t *e) { return aghead(e); }
static inline unsigned long netgraph_edge_sequence(Agedge_t *e) { return (unsigned long)AGSEQ(e); }

#endif
