#ifndef NETGRAPH_CGRAPHVIZ_SHIM_H
#define NETGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <string.h>

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

/* DOT text handed to cgraph's scanner from memory, in chunks as large as the scanner asks
   for. Unlike agmemread's channel, which lives only for one call, this one outlives the
   read: after a parse that gave up early, reading on from the same channel lets the scanner
   consume the rest of the text itself, so it ends where the text ends. */
typedef struct {
    const char *data;
    size_t length;
    size_t position;
} netgraph_text_channel;

static inline int netgraph_text_channel_read(void *chan, char *buffer, int size) {
    netgraph_text_channel *channel = (netgraph_text_channel *)chan;
    size_t left = channel->length - channel->position;
    size_t count = size < 0 ? 0 : ((size_t)size < left ? (size_t)size : left);
    memcpy(buffer, channel->data + channel->position, count);
    channel->position += count;
    return (int)count;
}

/* Reads the next graph from `channel` with cgraph's default memory and id disciplines. The
   disciplines are static: a graph keeps a pointer to them until it is closed. */
static inline Agraph_t *netgraph_read_channel(netgraph_text_channel *channel) {
    static Agiodisc_t io;
    static Agdisc_t disc;
    io.afread = netgraph_text_channel_read;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    disc.mem = &AgMemDisc;
    disc.id = &AgIdDisc;
    disc.io = &io;
    return agread(channel, &disc);
}

#endif
