import Testing
@testable import NetGraph

@Suite struct PartialDateTests {
    @Test(arguments: ["2019", "2020-06", "2020-06-26", "2024-02-29", "0001-01-01"])
    func parsesValidDates(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["", "20", "2020-13", "2020-13-45", "2021-02-29", "2020-6", "2020-06-1", "abcd", "2020/06", "2020-06-26-01", "-2020", "2020-00"])
    func rejectsInvalidDates(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func partialDatesAreIntervals() throws {
        let year = try #require(PartialDate("2020"))
        let june = try #require(PartialDate("2020-06"))
        let day = try #require(PartialDate("2020-06-26"))
        #expect(year.lowerBound == PartialDate("2020-01-01")!.lowerBound)
        #expect(year.upperBound == PartialDate("2020-12-31")!.upperBound)
        #expect(june.upperBound == PartialDate("2020-06-30")!.lowerBound)
        #expect(day.lowerBound == day.upperBound)
        #expect(year < june && june < day)
        #expect(PartialDate("2019-12-31")! < year)
        #expect(PartialDate("2021-03-01")!.lowerBound - PartialDate("2021-02-28")!.lowerBound == 1)
        #expect(PartialDate("2024-03-01")!.lowerBound - PartialDate("2024-02-28")!.lowerBound == 2)
    }
}
