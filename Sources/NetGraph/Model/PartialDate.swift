/// A calendar date known to the year, the month or the day, as ISO-8601 writes it:
/// `2019`, `2020-06` or `2020-06-26`.
///
/// Sources rarely give every date to the day, so a date is an interval: `2020-06` covers
/// the whole of June 2020. ``lowerBound`` and ``upperBound`` give that interval as
/// comparable day numbers, which is what validity checks (``Graph/asOf(_:)``) need.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Creates a date, checking that the month and day exist (including 29 February).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else, including
    /// impossible dates such as `2020-13-45` or `2021-02-29`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        let widths = [4, 2, 2]
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  let value = Int(part) else { return nil }
            numbers.append(value)
        }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                  day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The first day the date covers, as a day number that orders like the calendar.
    public var lowerBound: Int { PartialDate.dayNumber(year, month ?? 1, day ?? 1) }

    /// The last day the date covers.
    public var upperBound: Int {
        let lastMonth = month ?? 12
        return PartialDate.dayNumber(year, lastMonth, day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// Orders by the first day covered, then the coarser date first (`2020` < `2020-01`).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.lowerBound != rhs.lowerBound { return lhs.lowerBound < rhs.lowerBound }
        return lhs.upperBound > rhs.upperBound
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since a fixed epoch (proleptic Gregorian), so that intervals compare by integers.
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        // Shift the year to start in March so the leap day falls at its end.
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
