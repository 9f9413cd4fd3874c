/// `--max-wait`: the most days a time-respecting search may wait at an entity between
/// arriving and taking the next relation. Written as `timeline --every` writes a number of
/// days (`N-days`, such as `30-days`; `1-day` too), or in weeks (`N-weeks`, seven days each);
/// N is a whole number, 0 or more. Months and years are left out: they are not a fixed number
/// of days, and the limit is counted in days.
enum WaitingLimit {
    /// The number of days `text` names, nil if it is not a duration.
    static func days(_ text: String) -> Int? {
        for (unit, length) in [("-days", 1), ("-day", 1), ("-weeks", 7), ("-week", 7)] where text.hasSuffix(unit) {
            let number = text.dropLast(unit.count)
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let n = Int(number), n <= Int.max / 7 / length else { return nil }
            return n * length
        }
        return nil
    }

    static let syntax = "N-days or N-weeks, such as 30-days"
}
