import Foundation
import NetGraph
import NetGraphViz

/// Writes a ``Report`` as one self-contained HTML page: inline style sheet and scripts, the
/// drawing as inline SVG (its tooltips kept), and no reference to anything outside the page —
/// no link, image, font or script address — so it opens without a network.
///
/// Every text taken from the graph is escaped (`HTMLText`); source URLs are shown as text,
/// never as links, so a data file can neither plant a `javascript:` link nor make the page
/// fetch anything. The page is the same, byte for byte, for the same report.
public enum ReportHTMLWriter {
    /// The page of `report`.
    ///
    /// - Complexity: O(size of the report).
    public static func html(of report: Report) -> String {
        var page = Page()
        page.head(report)
        page.header(report)
        page.line("<main>")
        page.drawing(report)
        if !report.chains.isEmpty { page.chains(report.chains) }
        page.rankings(report.rankings)
        if !report.keyPlayers.isEmpty { page.keyPlayers(report.keyPlayers) }
        if !report.brokers.isEmpty { page.brokers(report.brokers) }
        page.disruption(report.disruption, entities: report.counts.entities)
        page.sensitivity(report.sensitivity, entities: report.counts.entities)
        page.timeline(report.timeline)
        page.communities(report.communities, coloring: report.coloring)
        page.sources(report.sources)
        page.line("</main>")
        page.footer(report)
        return page.text
    }
}

/// The page being written, line by line.
private struct Page {
    var text = ""

    mutating func line(_ markup: String) {
        text += markup
        text += "\n"
    }

    /// Escaped text from the graph.
    func e(_ value: String) -> String { HTMLText.escaped(value) }

    func number(_ value: Double) -> String {
        abs(value) < 0.00005 ? "0.0000" : String(format: "%.4f", value)
    }

    func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "<b>\(count)</b> \(count == 1 ? one : many)"
    }

    /// A kind with its colour in the drawing.
    func kind(_ kind: EntityKind) -> String {
        "<span class=\"kind\"><span class=\"chip\" style=\"background:\(Style.style(of: kind).fill)\"></span>\(e(kind.rawValue))</span>"
    }

    /// An actor's name that marks it in the drawing when clicked.
    func actor(_ actor: Report.Actor) -> String {
        "<span class=\"actor\" data-entity=\"\(e(actor.id))\" title=\"\(e(actor.id)) (\(e(actor.kind.rawValue)))\">\(e(actor.name))</span>"
    }

    mutating func head(_ report: Report) {
        line("<!DOCTYPE html>")
        line("<html lang=\"en\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        line("<meta name=\"generator\" content=\"netgraph\">")
        line("<title>\(e(report.title)) — netgraph report</title>")
        line("<script>\n\(ReportPageAssets.errorCapture)\n</script>")
        line("<style>\n\(ReportPageAssets.styleSheet)\n</style>")
        line("</head>")
        line("<body>")
    }

    mutating func header(_ report: Report) {
        let counts = report.counts
        line("<header>")
        line("<h1>\(e(report.title))</h1>")
        if let summary = report.summary { line("<p class=\"summary\">\(e(summary))</p>") }
        if let scope = report.scope { line("<p class=\"scope\">\(e(scope))</p>") }
        line("<ul class=\"counts\">")
        line("<li>\(plural(counts.entities, "entity", "entities"))</li>")
        line("<li>\(plural(counts.relations, "relation", "relations"))</li>")
        line("<li>\(plural(counts.sources, "source", "sources"))</li>")
        line("<li>\(plural(counts.components, "connected component", "connected components"))</li>")
        line("</ul>")
        if !counts.kinds.isEmpty {
            line("<p class=\"kinds\">" + counts.kinds.map { "<span>\(kind($0.kind)) \($0.count)</span>" }.joined() + "</p>")
        }
        var sections = [("drawing-section", "Graph")]
        if !report.chains.isEmpty { sections.append(("chains", "Chains")) }
        sections.append(("top-actors", "Top actors"))
        if !report.keyPlayers.isEmpty { sections.append(("key-players", "Key players")) }
        if !report.brokers.isEmpty { sections.append(("brokers", "Brokers")) }
        sections += [("disruption", "Removals"), ("sensitivity", "One-document answers"), ("timeline", "Year by year"),
                     ("communities", "Communities"), ("sources", "Sources")]
        line("<nav>" + sections.map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined() + "</nav>")
        line("</header>")
    }

    mutating func drawing(_ report: Report) {
        line("<section id=\"drawing-section\">")
        line("<h2>Graph</h2>")
        line("<p class=\"note\">Hover over an entity for its description, over a link for its source and quote. "
            + "Click an actor in the tables below to mark it in the drawing. "
            + "<button type=\"button\" id=\"toggle-size\">Show at full size</button></p>")
        line("<figure class=\"drawing fit\" id=\"drawing\">")
        line(report.svg)
        line("</figure>")
        line("</section>")
    }

    mutating func chains(_ chains: [Report.Chain]) {
        line("<section id=\"chains\">")
        line("<h2>Chains</h2>")
        line("<p class=\"note\">The shortest chain between each pair, ignoring direction (drawn bold in the graph), "
            + "with every relation that joins the two entities of each step.</p>")
        for chain in chains {
            line("<article class=\"chain\">")
            line("<h3>\(actor(chain.from)) → \(actor(chain.to))</h3>")
            guard let steps = chain.steps else {
                line("<p>No chain links \(e(chain.from.name)) and \(e(chain.to.name)) in this graph.</p>")
                line("</article>")
                continue
            }
            guard !steps.isEmpty else {
                line("<p>Both names are the same entity.</p>")
                line("</article>")
                continue
            }
            var path = actor(chain.from)
            for step in steps {
                let first = step.evidence[0]
                let more = step.evidence.count > 1 ? " +\(step.evidence.count - 1)" : ""
                let link: String
                if !first.isDirected {
                    link = "—\(e(first.type))\(more)—"
                } else if first.from.id == step.from.id {
                    link = "—\(e(first.type))\(more)→"
                } else {
                    link = "←\(e(first.type))\(more)—"
                }
                path += " <span class=\"link\">\(link)</span> " + actor(step.to)
            }
            line("<p class=\"path\">\(path)</p>")
            // Which documents the chain rests on, and the steps only one document (or none) states.
            let stepSources = steps.map { Set($0.evidence.compactMap(\.sourceID)) }
            var documents: [String] = []
            for step in steps { for id in step.evidence.compactMap(\.sourceID) where !documents.contains(id) { documents.append(id) } }
            let support = documents.count <= 1
                ? (documents.first.map { "rests on one document, <code>\(e($0))</code>" } ?? "rests on no document")
                : "rests on \(documents.count) documents: " + documents.map { "<code>\(e($0))</code>" }.joined(separator: ", ")
            line("<p class=\"note\">\(steps.count) step\(steps.count == 1 ? "" : "s"); \(support)</p>")
            line("<table class=\"evidence\">")
            line("<thead><tr><th class=\"num\">step</th><th>relation</th><th>date</th><th>status</th><th>quote</th><th>source</th></tr></thead>")
            line("<tbody>")
            for (number, step) in steps.enumerated() {
                for evidence in step.evidence {
                    let arrow = evidence.isDirected ? "→" : "—"
                    let relation = "\(actor(evidence.from)) <span class=\"link\">—\(e(evidence.type))\(arrow)</span> \(actor(evidence.to))"
                    let status = evidence.status.map { "<span class=\"status\">\(e($0))</span>" } ?? "stated"
                    let quote = evidence.quote.map { "“\(e($0))”" } ?? "<span class=\"note\">no quote</span>"
                    let single = documents.count > 1 && stepSources[number].count <= 1 ? "<br><span class=\"status\">single source</span>" : ""
                    line("<tr><td class=\"num\">\(number + 1)\(single)</td><td>\(relation)</td><td class=\"date\">\(e(evidence.date ?? ""))</td>"
                        + "<td>\(status)</td><td class=\"quote\">\(quote)</td><td>\(citation(evidence))</td></tr>")
                }
            }
            line("</tbody>")
            line("</table>")
            line("</article>")
        }
        line("</section>")
    }

    /// A step's source: the document's title, author, publisher and date, and its id.
    func citation(_ evidence: Report.Evidence) -> String {
        guard let id = evidence.sourceID else { return "<span class=\"note\">no source</span>" }
        guard let source = evidence.source else { return "<code>\(e(id))</code>" }
        let details = [source.author, source.publisher, source.date.map { "\($0)" }].compactMap { $0 }
        var text = source.title.map(e) ?? ""
        if !details.isEmpty { text += (text.isEmpty ? "" : ", ") + details.map(e).joined(separator: ", ") }
        return (text.isEmpty ? "" : text + " ") + "<code>[\(e(id))]</code>"
    }

    mutating func rankings(_ rankings: [Report.Ranking]) {
        line("<section id=\"top-actors\">")
        line("<h2>Top actors</h2>")
        line("<p class=\"note\">Each measure on the undirected graph, parallel relations counted once, "
            + "with NetworkX's definitions and defaults; equal scores are listed by id.</p>")
        line("<div class=\"cards\">")
        for ranking in rankings {
            line("<div class=\"card\">")
            line("<h3>\(ranking.measure.title)</h3>")
            line("<p class=\"note\">\(e(ranking.measure.definition))</p>")
            if let failure = ranking.failure {
                line("<p>Not computed: \(e(failure)).</p>")
            } else if ranking.entries.isEmpty {
                line("<p class=\"note\">No entities.</p>")
            } else {
                line("<table class=\"ranking\">")
                line("<thead><tr><th class=\"num\">#</th><th>name</th><th>kind</th><th class=\"num\">score</th></tr></thead>")
                line("<tbody>")
                for (rank, entry) in ranking.entries.enumerated() {
                    line("<tr data-entity=\"\(e(entry.actor.id))\"><td class=\"num\">\(rank + 1)</td><td>\(e(entry.actor.name))</td>"
                        + "<td>\(kind(entry.actor.kind))</td><td class=\"num\">\(number(entry.score))</td></tr>")
                }
                line("</tbody>")
                line("</table>")
            }
            line("</div>")
        }
        line("</div>")
        line("</section>")
    }

    mutating func brokers(_ brokers: [Report.Broker]) {
        line("<section id=\"brokers\">")
        line("<h2>Brokers between kinds</h2>")
        line("<p class=\"note\">Gould–Fernandez roles, as <code>netgraph brokerage</code> counts them with groups by kind: "
            + "for each two-path a – b – c with no tie a – c, b is a coordinator (all three of one kind), itinerant (a and c of one "
            + "kind, b of another), gatekeeper or representative (b shares a kind with one end), or liaison (three kinds). "
            + "On this undirected graph every path counts both ways. z: the total against sna's null model.</p>")
        line("<table class=\"ranking\">")
        line("<thead><tr><th>name</th><th>kind</th>" + GouldFernandez.Role.allCases.map { "<th class=\"num\">\(e($0.name))</th>" }.joined()
            + "<th class=\"num\">total</th><th class=\"num\">z</th></tr></thead>")
        line("<tbody>")
        for broker in brokers {
            line("<tr data-entity=\"\(e(broker.actor.id))\"><td>\(e(broker.actor.name))</td><td>\(kind(broker.actor.kind))</td>"
                + broker.roles.map { "<td class=\"num\">\($0)</td>" }.joined()
                + "<td class=\"num\">\(broker.total)</td><td class=\"num\">\(broker.z.map(number) ?? "—")</td></tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    mutating func disruption(_ simulations: [Report.Disruption], entities: Int) {
        line("<section id=\"disruption\">")
        line("<h2>What removing actors does</h2>")
        guard !simulations.isEmpty else {
            line(entities > Report.whatIfLimit
                ? "<p class=\"note\">Left out above \(Report.whatIfLimit) entities (every step measures all distances again); "
                    + "<code>netgraph disrupt</code> runs it on any graph.</p>"
                : "<p class=\"note\">No removals to simulate.</p>")
            line("</section>")
            return
        }
        line("<p class=\"note\">Actors removed one at a time, as <code>netgraph disrupt --recompute</code> removes them: after each "
            + "removal, the largest component's share of the original entities, the number of components, fragmentation F "
            + "(the share of pairs that can no longer reach each other), distance-weighted fragmentation and efficiency. "
            + "Robustness R = (1/N) Σ S(Q) over these removals (Schneider et al. 2011); lower is more fragile. "
            + "A simulation of the network's ties, not a forecast: it assumes nobody replaces the removed.</p>")
        for simulation in simulations {
            line("<h3>By \(e(simulation.strategy)): R = \(number(simulation.robustness))</h3>")
            line("<div class=\"chart\">\(simulation.chart)</div>")
            line("<table class=\"ranking\">")
            line("<thead><tr><th class=\"num\">#</th><th>removed</th><th>kind</th><th class=\"num\">largest share</th>"
                + "<th class=\"num\">components</th><th class=\"num\">F</th><th class=\"num\">distance F</th>"
                + "<th class=\"num\">efficiency</th></tr></thead>")
            line("<tbody>")
            line("<tr><td class=\"num\">0</td><td>(none)</td><td></td>" + impactCells(simulation.intact) + "</tr>")
            for (index, step) in simulation.steps.enumerated() {
                line("<tr data-entity=\"\(e(step.removed.id))\"><td class=\"num\">\(index + 1)</td><td>\(e(step.removed.name))</td>"
                    + "<td>\(kind(step.removed.kind))</td>" + impactCells(step.impact) + "</tr>")
            }
            line("</tbody>")
            line("</table>")
        }
        line("</section>")
    }

    mutating func sensitivity(_ sensitivity: Report.SensitivitySection?, entities: Int) {
        line("<section id=\"sensitivity\">")
        line("<h2>Which answers rest on one document</h2>")
        guard let sensitivity else {
            line(entities > Report.whatIfLimit
                ? "<p class=\"note\">Left out above \(Report.whatIfLimit) entities; <code>netgraph sensitivity</code> runs it on any graph.</p>"
                : "<p class=\"note\">No relation cites a source or has a status, so there is nothing to leave out.</p>")
            line("</section>")
            return
        }
        line("<p class=\"note\">The top \(sensitivity.members.count) by \(e(sensitivity.measure)), recomputed \(plural(sensitivity.scenarios, "time", "times")): "
            + "with each cited source's relations left out in turn, and each status's (alleged, planned…), as "
            + "<code>netgraph sensitivity</code> does. An actor that leaves the top without one document rests on it.</p>")
        line("<table class=\"ranking\">")
        line("<thead><tr><th class=\"num\">#</th><th>name</th><th>kind</th><th>leaves the top without</th></tr></thead>")
        line("<tbody>")
        for (rank, member) in sensitivity.members.enumerated() {
            let without = member.lostWithout.isEmpty ? "— (holds in every scenario)" : member.lostWithout.map(e).joined(separator: "; ")
            line("<tr data-entity=\"\(e(member.actor.id))\"><td class=\"num\">\(rank + 1)</td><td>\(e(member.actor.name))</td>"
                + "<td>\(kind(member.actor.kind))</td><td>\(without)</td></tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    mutating func timeline(_ timeline: Report.TimelineSection?) {
        line("<section id=\"timeline\">")
        line("<h2>Year by year</h2>")
        guard let timeline else {
            line("<p class=\"note\">No relation is dated, so there is no timeline.</p>")
            line("</section>")
            return
        }
        line("<p class=\"note\">Each year's graph, as <code>netgraph timeline --every year</code> gives it: the relations dated "
            + "in or spanning the year"
            + (timeline.undatedRelations > 0
                ? ", and the \(plural(timeline.undatedRelations, "undated relation", "undated relations")), which are in every year"
                : "")
            + "; entities active (in at least one relation), arrivals and departures against the year before, components, "
            + "and the five most connected.</p>")
        line("<div class=\"chart\">\(timeline.chart)</div>")
        line("<table class=\"ranking\">")
        line("<thead><tr><th>year</th><th class=\"num\">entities</th><th class=\"num\">relations</th><th class=\"num\">entered</th>"
            + "<th class=\"num\">left</th><th class=\"num\">components</th><th>most connected</th></tr></thead>")
        line("<tbody>")
        for year in timeline.years {
            line("<tr><td>\(e(year.period))</td><td class=\"num\">\(year.entities)</td><td class=\"num\">\(year.relations)</td>"
                + "<td class=\"num\">+\(year.entered)</td><td class=\"num\">−\(year.left)</td><td class=\"num\">\(year.components)</td>"
                + "<td>\(year.top.map { "<span data-entity=\"\(e($0.id))\">\(e($0.name))</span>" }.joined(separator: ", "))</td></tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    func impactCells(_ impact: RemovalImpact) -> String {
        "<td class=\"num\">\(number(impact.largestComponentShare))</td><td class=\"num\">\(impact.components)</td>"
            + "<td class=\"num\">\(number(impact.fragmentation))</td><td class=\"num\">\(number(impact.distanceFragmentation))</td>"
            + "<td class=\"num\">\(number(impact.efficiency))</td>"
    }

    mutating func keyPlayers(_ sets: [Report.KeyPlayers]) {
        line("<section id=\"key-players\">")
        line("<h2>Key players</h2>")
        line("<p class=\"note\">Borgatti's key players, as <code>netgraph keyplayers</code> finds them "
            + "(every set while there are at most 100,000, otherwise greedy with swaps).</p>")
        line("<div class=\"cards\">")
        for set in sets {
            line("<div class=\"card\">")
            switch set.mode {
            case .fragment:
                line("<h3>Fragmentation (KPP-Neg)</h3>")
                line("<p class=\"note\">The \(set.members.count) whose removal breaks the rest apart most: "
                    + "F = 1 − Σ s(s−1) / (n(n−1)) over the components left.</p>")
                line("<p>F after removal: <b>\(number(set.score))</b></p>")
            case .reach:
                line("<h3>Reach (KPP-Pos)</h3>")
                line("<p class=\"note\">The \(set.members.count) that reach the largest share of the others "
                    + "within \(set.depth) step\(set.depth == 1 ? "" : "s").</p>")
                line("<p>Share reached: <b>\(number(set.score))</b></p>")
            }
            line("<table>")
            line("<thead><tr><th>name</th><th>kind</th></tr></thead>")
            line("<tbody>")
            for member in set.members {
                line("<tr data-entity=\"\(e(member.id))\"><td>\(e(member.name))</td><td>\(kind(member.kind))</td></tr>")
            }
            line("</tbody>")
            line("</table>")
            line("</div>")
        }
        line("</div>")
        line("</section>")
    }

    mutating func communities(_ communities: Report.Communities, coloring: ReportOptions.Coloring) {
        line("<section id=\"communities\">")
        line("<h2>Communities</h2>")
        let modularity = communities.modularity.map(number) ?? "undefined (no relations)"
        line("<p>\(plural(communities.groups.count, "community", "communities")) found by Louvain (seed \(communities.seed)), "
            + "modularity <b>\(modularity)</b>. Largest first; members in the order of the graph file.</p>")
        if !communities.groups.isEmpty {
            line("<table>")
            line("<thead><tr><th class=\"num\">#</th><th class=\"num\">size</th><th>members</th></tr></thead>")
            line("<tbody>")
            for (index, group) in communities.groups.enumerated() {
                let chip = coloring == .community
                    ? "<span class=\"chip\" style=\"background:\(Style.groupColor(index))\"></span>" : ""
                line("<tr><td class=\"num\">\(chip)\(index + 1)</td><td class=\"num\">\(group.count)</td>"
                    + "<td class=\"members\">\(group.map(actor).joined(separator: ", "))</td></tr>")
            }
            line("</tbody>")
            line("</table>")
        }
        line("</section>")
    }

    mutating func sources(_ sources: [Report.CitedSource]) {
        line("<section id=\"sources\">")
        line("<h2>Sources</h2>")
        guard !sources.isEmpty else {
            line("<p class=\"note\">The graph lists no sources.</p>")
            line("</section>")
            return
        }
        line("<p class=\"note\">The documents the relations cite. Addresses are shown as text: the page links to nothing outside itself.</p>")
        line("<table>")
        line("<thead><tr><th>id</th><th>title</th><th>author</th><th>publisher</th><th>date</th><th>address</th><th class=\"num\">relations citing it</th></tr></thead>")
        line("<tbody>")
        for cited in sources {
            let source = cited.source
            var address = source.url.map { "<span class=\"url\">\(e($0))</span>" } ?? ""
            if let file = source.file {
                address += (address.isEmpty ? "" : "<br>") + "file <span class=\"url\">\(e(file))</span>"
            }
            line("<tr><td><code>\(e(source.id))</code></td><td>\(e(source.title ?? ""))</td><td>\(e(source.author ?? ""))</td>"
                + "<td>\(e(source.publisher ?? ""))</td><td>\(e(source.date.map { "\($0)" } ?? ""))</td>"
                + "<td>\(address)</td><td class=\"num\">\(cited.citations)</td></tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    mutating func footer(_ report: Report) {
        line("<footer>")
        line("<p>Made by netgraph from the graph “\(e(report.title))”. Drawn by Graphviz; hover for evidence. "
            + "The same graph and options give this page byte for byte.</p>")
        line("</footer>")
        line("<script>\n\(ReportPageAssets.behaviour)\n</script>")
        line("</body>")
        line("</html>")
    }
}
