extension Schema {
    /// The built-in schema: the nine kinds of ``EntityKind/builtIn`` and the relation types
    /// analysts of criminal and security networks use, each with its direction and the kinds
    /// it may join. `README.md` lists them as a table.
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
            directed("leads", people, [.cartel, .agency, .organization, .country, .program, .event]),
            directed("member-of", [.person, .official, .cartel, .organization, .agency, .country],
                     [.cartel, .organization, .agency, .program]),
            directed("part-of", [.agency, .organization, .cartel, .program, .location, .event],
                     [.agency, .organization, .cartel, .program, .country, .location, .event]),
            directed("appointed", [.official, .person, .agency, .organization], people),
            directed("reports-to", [.official, .person, .agency], [.official, .person, .agency]),
            directed("succeeded", successors, successors),
            directed("created", actor, [.program, .agency, .organization, .cartel]),
            directed("dissolved", actor, [.program, .agency, .organization]),
            // Ties between actors
            undirected("allied-with", actor),
            undirected("rival-of", actor),
            undirected("colluded-with", actor),
            undirected("affiliated-with", actor),
            undirected("cooperates-with", actor.union([.program])),
            undirected("family-of", people),
            // Violence
            directed("attacked", actor, actor.union([.location])),
            directed("killed", actor, people),
            directed("targeted", actor.union([.program, .event]), actor.union([.location])),
            directed("responsible-for", actor, [.event]),
            // Law enforcement and justice
            directed("arrested", [.agency, .official, .country, .organization, .person], people),
            directed("extradited-to", people, [.country]),
            directed("released", [.agency, .official, .country, .organization, .person], people),
            directed("escaped-from", people, [.location, .agency]),
            directed("indicted", [.agency, .country, .official, .organization],
                     [.person, .official, .cartel, .organization]),
            directed("sanctioned", [.agency, .country, .official, .organization],
                     [.cartel, .organization, .person, .official, .country]),
            directed("designated", [.agency, .country, .official], [.cartel, .organization, .person]),
            directed("investigated", [.agency, .official, .person, .organization, .country], any),
            // Money, training, programs
            directed("funds", actor.union([.program]), actor.union([.program])),
            directed("trained", [.agency, .country, .organization, .program], [.agency, .organization, .official, .person]),
            directed("participates-in", actor, [.event, .program, .organization]),
            // Territory and flows
            directed("operates-in", actor.union([.program]), [.location, .country]),
            directed("controls", actor, [.location, .agency, .organization, .program, .cartel]),
            directed("located-in", [.location, .event, .organization, .agency, .cartel, .person, .official, .program],
                     [.location, .country]),
            directed("supplies", actor.union([.location]), actor.union([.location])),
            directed("traffics-to", [.cartel, .organization, .person], [.location, .country]),
            // Analysis and stance
            directed("analyzes", [.person, .organization, .agency, .official], any),
            directed("opposes", actor, any),
            directed("supports", actor, any),
        ])
    }()
}
