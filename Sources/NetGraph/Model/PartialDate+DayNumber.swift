extension PartialDate {
    /// The full date (to the day) of a day number as ``lowerBound`` counts them; nil outside
    /// the years 1 to 9999.
    ///
    /// - Complexity: O(1): at most three years and twelve months are tried.
    public init?(dayNumber: Int) {
        let estimate = Int((Double(dayNumber) / 365.2425).rounded(.down))
        for year in max(1, estimate - 1)...max(1, estimate + 1) where (1...9999).contains(year) {
            guard let whole = PartialDate(year: year), (whole.lowerBound...whole.upperBound).contains(dayNumber) else { continue }
            for month in 1...12 {
                let first = PartialDate.dayNumber(year, month, 1)
                let days = PartialDate.daysIn(month: month, year: year)
                if dayNumber < first + days {
                    self.init(year: year, month: month, day: dayNumber - first + 1)
                    return
                }
            }
        }
        return nil
    }
}
