extension Schema {
    /// The built-in schema: the nine kinds of ``EntityKind/builtIn`` and the relation types
    /// analysts of criminal and security networks use, each with its direction and the kinds
    /// it may join. `README.md` lists them. A type whose meaning its name does not make plain
    /// carries a comment on the line that declares it.
    public static let `default`: Schema = {
        let actor: Set<EntityKind> = [.cartel, .official, .agency, .country, .person, .organization]
        let any = actor.union([.program, .location, .event])
        let people: Set<EntityKind> = [.person, .official]
        let successors: Set<EntityKind> = [.official, .person, .organization, .cartel, .agency, .program]
        func directed(_ name: RelationType, _ from: Set<EntityKind>, _ to: Set<EntityKind>) -> RelationDeclaration {
            RelationDeclaration(name, directed: true, from: from, to: to)
        }
        func undirected(_ name: RelationType, _ kinds: Set<EntityKind>) -> RelationDeclaration {
            RelationDeclaration(name, directed: false, from: kinds, to: kinds)
        }
        return Schema(kinds: EntityKind.builtIn, relations: [
            // Structure and office
            // A person at the head of a body, program or event, or an office holder over a
            // country or place: a president over a country, a mayor over a city.
            directed("leads", people, [.cartel, .agency, .organization, .country, .location, .program, .event]),
            directed("member-of", [.person, .official, .cartel, .organization, .agency, .country],
                     [.cartel, .organization, .agency, .program]),
            directed("part-of", [.agency, .organization, .cartel, .program, .location, .event],
                     [.agency, .organization, .cartel, .program, .country, .location, .event]),
            directed("appointed", [.official, .person, .agency, .organization], people),
            directed("reports-to", [.official, .person, .agency], [.official, .person, .agency]),
            directed("succeeded", successors, successors),
            directed("created", actor, [.program, .agency, .organization, .cartel]),
            directed("dissolved", actor, [.program, .agency, .organization]),
            // Put forward a plan, bill, reform or body that was not, or not yet, adopted; an
            // `until` marks its withdrawal.
            directed("proposed", actor, [.program, .agency, .organization]),
            // Ties between actors
            undirected("allied-with", actor),
            undirected("rival-of", actor),
            undirected("colluded-with", actor),
            undirected("affiliated-with", actor),
            undirected("cooperates-with", actor.union([.program])),
            undirected("family-of", people),
            // Held talks toward an agreement (an alliance, a truce, a deal); whether one was
            // reached is another relation.
            undirected("negotiated-with", actor),
            // Went to a place or to see someone.
            directed("visited", actor, [.location, .country, .person, .official, .organization, .agency]),
            // Organised an event on its own ground.
            directed("hosted", actor, [.event]),
            // Violence
            directed("attacked", actor, actor.union([.location])),
            directed("killed", actor, people),
            directed("targeted", actor.union([.program, .event]), actor.union([.location])),
            directed("responsible-for", actor, [.event]),
            // Law enforcement and justice
            directed("arrested", [.agency, .official, .country, .organization, .person], people),
            directed("extradited-to", people, [.country]),
            // Sent a person to stand trial in another country (the destination is `extradited-to`).
            directed("extradited", [.agency, .official, .country], people),
            directed("released", [.agency, .official, .country, .organization, .person], people),
            directed("escaped-from", people, [.location, .agency]),
            directed("indicted", [.agency, .country, .official, .organization],
                     [.person, .official, .cartel, .organization]),
            directed("sanctioned", [.agency, .country, .official, .organization],
                     [.cartel, .organization, .person, .official, .country]),
            directed("designated", [.agency, .country, .official], [.cartel, .organization, .person]),
            directed("investigated", [.agency, .official, .person, .organization, .country], any),
            // A court, auditor or commission examines a law, policy, case or body; a criminal
            // inquiry is `investigated`.
            directed("reviews", [.agency, .official, .person, .organization], [.program, .event, .agency, .organization]),
            // Gave a person or body a legal benefit: a visa, pardon, amnesty or permit (the
            // `grant` attribute names it).
            directed("granted", [.official, .agency, .country], people.union([.organization, .cartel])),
            // Money, training, programs
            directed("funds", actor.union([.program]), actor.union([.program])),
            directed("trained", [.agency, .country, .organization, .program], [.agency, .organization, .official, .person]),
            directed("participates-in", actor, [.event, .program, .organization]),
            // Territory and flows
            directed("operates-in", actor.union([.program]), [.location, .country]),
            directed("controls", actor, [.location, .agency, .organization, .program, .cartel]),
            directed("located-in", [.location, .event, .organization, .agency, .cartel, .person, .official, .program],
                     [.location, .country]),
            // Provides goods or materiel to another (the `commodity` attribute names them).
            directed("supplies", actor.union([.location]), actor.union([.location])),
            // Moves illicit goods to a place itself.
            directed("traffics-to", [.cartel, .organization, .person], [.location, .country]),
            // Illicit goods cross from one place into another, the carrier unnamed.
            directed("smuggled-to", [.country, .location], [.country, .location]),
            // Goods move from one place into another; the text names no carrier and does not
            // call them illicit.
            directed("flows-to", [.country, .location], [.country, .location]),
            // Lawful commerce between the two.
            undirected("trades-with", [.country, .location, .organization, .agency, .cartel]),
            // Analysis and stance
            directed("analyzes", [.person, .organization, .agency, .official], any),
            directed("opposes", actor, any),
            directed("supports", actor, any),
        ])
    }()
}
