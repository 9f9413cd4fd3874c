# Reference values for netgraph's Gould–Fernandez brokerage: sna::brokerage(g, cl) on small
# graphs with group labels. Called by make_brokerage.sh; writes next to itself:
#   brokerage_<name>.json  one per graph (nodes, groups, edges, sna's raw/expected/sd/z per
#                          node; raw_gli/exp_gli/sd_gli/z_gli for the graph, one row;
#                          exp_grp/sd_grp per group, groups in order of first appearance)
#   brokerage.yaml         the "roles" graph as a netgraph file, groups as entity kinds
# Edges are 0-based node indices. An undirected graph lists each edge once and is given to
# sna as a symmetric adjacency matrix (each tie both ways). Non-finite values are written as
# the strings "NaN", "Inf" and "-Inf".
suppressMessages(library(sna))
suppressMessages(library(jsonlite))

roles <- c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")

encode <- function(x) {
  lapply(seq_len(nrow(x)), function(i) lapply(x[i, ], function(v) {
    if (is.nan(v)) "NaN" else if (is.infinite(v)) (if (v > 0) "Inf" else "-Inf") else v
  }))
}

fixture <- function(name, n, edges, groups, directed, description) {
  g <- matrix(0, n, n)
  for (e in seq_len(nrow(edges))) {
    u <- edges[e, 1] + 1; v <- edges[e, 2] + 1
    g[u, v] <- 1
    if (!directed) g[v, u] <- 1
  }
  b <- brokerage(g, groups)
  out <- list(name = name, description = description, directed = directed,
              sna_version = as.character(packageVersion("sna")),
              columns = roles, nodes = paste0("n", seq_len(n) - 1), groups = groups,
              edges = lapply(seq_len(nrow(edges)), function(e) edges[e, ]),
              raw = encode(b$raw.nli), expected = encode(b$exp.nli),
              sd = encode(b$sd.nli), z = encode(b$z.nli),
              raw_gli = encode(t(b$raw.gli)), exp_gli = encode(t(b$exp.gli)),
              sd_gli = encode(t(b$sd.gli)), z_gli = encode(t(b$z.gli)),
              exp_grp = encode(b$exp.grp), sd_grp = encode(b$sd.grp))
  writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE),
             sprintf("brokerage_%s.json", name))
}

random_edges <- function(n, p, directed) {
  pairs <- if (directed) expand.grid(u = 0:(n - 1), v = 0:(n - 1)) else
    subset(expand.grid(u = 0:(n - 1), v = 0:(n - 1)), u < v)
  pairs <- pairs[pairs$u != pairs$v, ]
  pairs <- pairs[order(pairs$u, pairs$v), ]
  keep <- runif(nrow(pairs)) < p
  as.matrix(pairs[keep, c("u", "v")])
}

# Every role at least once: 0,1 in group 1; 2,3 in group 2; 4,5 in group 3.
roles_edges <- matrix(c(0, 1,  1, 0,  1, 2,  2, 3,  3, 4,  4, 5,  5, 0,  2, 0,  0, 3,
                        3, 1,  4, 2,  1, 4,  5, 2), ncol = 2, byrow = TRUE)
roles_groups <- c(1, 1, 2, 2, 3, 3)
fixture("roles", 6, roles_edges, roles_groups, TRUE,
        "hand-made digraph, three groups of two, every role present")

set.seed(17)
fixture("random12", 12, random_edges(12, 0.3, TRUE), sample(1:3, 12, replace = TRUE), TRUE,
        "G(12, 0.3) digraph, three groups")
set.seed(1989)
fixture("random20", 20, random_edges(20, 0.15, TRUE), sample(1:4, 20, replace = TRUE), TRUE,
        "G(20, 0.15) digraph, four groups")
set.seed(5)
fixture("undirected10", 10, random_edges(10, 0.35, FALSE), sample(1:2, 10, replace = TRUE), FALSE,
        "G(10, 0.35) graph, two groups, given to sna as a symmetric matrix")
fixture("loop_isolate", 6, matrix(c(0, 1,  1, 2,  2, 2,  2, 3,  3, 0,  1, 3), ncol = 2, byrow = TRUE),
        c(1, 1, 2, 2, 3, 1), TRUE,
        "digraph with a self-loop (counted in sna's density) and an isolated node, a one-node group")
fixture("undirected_loop", 5, matrix(c(0, 1,  1, 2,  2, 2,  2, 3,  3, 4,  1, 3), ncol = 2, byrow = TRUE),
        c(1, 2, 2, 1, 3), FALSE,
        "undirected graph with a self-loop: sna counts the loop once, every other edge twice")
fixture("one_group", 5, matrix(c(0, 1,  1, 2,  2, 3,  3, 4,  4, 0,  1, 3), ncol = 2, byrow = TRUE),
        rep(1, 5), TRUE, "directed cycle with a chord, everyone in one group")
complete <- as.matrix(subset(expand.grid(u = 0:3, v = 0:3), u != v))
complete <- complete[order(complete[, 1], complete[, 2]), ]
fixture("complete4", 4, complete, c(1, 1, 2, 2), TRUE, "complete digraph: density 1, no brokerage")

# The "roles" graph as a netgraph file: groups 1, 2, 3 are the kinds person, cartel, agency;
# a "region" attribute that n5 lacks.
kinds <- c("person", "cartel", "agency")[roles_groups]
region <- c("north", "north", "south", "south", "north", NA)
lines <- c("# Made by make_brokerage.sh: the brokerage_roles.json digraph, its groups as kinds.",
           "graph:", "  name: brokerage-roles", "entities:")
for (i in seq_along(kinds)) {
  attrs <- if (is.na(region[i])) "" else sprintf(", attributes: {region: %s}", region[i])
  lines <- c(lines, sprintf("  - {id: n%d, kind: %s, name: Node %d%s}", i - 1, kinds[i], i - 1, attrs))
}
lines <- c(lines, "relations:")
for (e in seq_len(nrow(roles_edges))) {
  lines <- c(lines, sprintf("  - {from: n%d, to: n%d, type: funds}", roles_edges[e, 1], roles_edges[e, 2]))
}
writeLines(lines, "brokerage.yaml")
