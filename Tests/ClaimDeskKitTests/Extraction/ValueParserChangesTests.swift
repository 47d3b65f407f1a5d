import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// Numbers in words, signs and changes, ranges, durations and ages; date ranges, abbreviated months, months on
/// their own and the year they take.
@Suite struct ValueParserChangesTests {
    static func values(
        _ text: String,
        _ language: Language,
        year: Int? = 2026,
        context: Int? = nil
    )
        -> ValueParser.Result
    {
        let s = Array(text.unicodeScalars)
        let parser = ValueParser(language: language, documentYear: year)
        return parser.parse(s, Tokenizer.tokens(s, 0..<s.count), contextYear: context)
    }

    /// "value unit [from–to] sign" for each number.
    static func numbers(_ text: String, _ language: Language) -> [String] {
        values(text, language).numbers.map { n in
            func f(_ v: Double) -> String { v.rounded() == v ? String(Int64(v)) : String(v) }
            var out = f(n.value)
            if let unit = n.unit { out += " \(unit)" }
            if let range = n.range { out += " [\(f(range.from))–\(f(range.to))]" }
            if let sign = n.sign { out += " \(sign)" }
            return out
        }
    }

    @Test(arguments: [
        ("Soixante communes sont concernées", Language.fr, ["60"]),
        ("quatre-vingt-dix pompiers", .fr, ["90"]),
        ("soixante-dix-sept élus", .fr, ["77"]),
        ("trois cents salariés", .fr, ["300"]),
        ("vingt et un morts", .fr, ["21"]),
        ("un milliard d'euros", .fr, ["1000000000 EUR"]),
        ("deux ans de prison", .fr, ["2 year"]),
        ("Forty-two percent of voters", .en, ["42 %"]),
        ("a dozen firefighters and three homes", .en, ["12", "3"]),
        ("sentenced to two years", .en, ["2 year"]),
        ("$25 billion of 30-year bonds", .en, ["25000000000 USD", "30 year"]),
        ("a 45-year-old man", .en, ["45 year"]),
        ("un homme âgé de 45 ans", .fr, ["45 year"]),
        ("children aged under five", .en, ["5 year"]),
        ("130 km/h", .fr, ["130 km/h"]),
        // "un", "one" count only before a duration; "a year ago" and "un rapport" stay articles
        ("a baissé de 3 % en un an", .fr, ["-3 % -", "1 year"]),
        ("rose 4% in one year", .en, ["4 % +", "1 year"]),
        ("a year ago, 40 people", .en, ["40"]),
        ("un rapport de 40 pages sur une semaine", .fr, ["40", "1 week"]),
    ])
    func numbersInWordsAndUnits(_ text: String, _ language: Language, _ expected: [String]) {
        #expect(Self.numbers(text, language) == expected)
    }

    @Test(arguments: [
        ("le taux a reculé de 0,2 point, à 7,3 %", Language.fr, ["-0.2 point -", "7.3 %"]),
        ("les ventes ont bondi de +41 % et les diesels affichent -12 %", .fr, ["41 % +", "-12 % -"]),
        ("la cote est en baisse de 5 pts", .fr, ["-5 point -"]),
        ("revenue fell 12% to $3.1 billion", .en, ["-12 % -", "3100000000 USD"]),
        ("unemployment rose to 4.6%", .en, ["4.6 %"]),
        ("output slipped 0.3 percentage points", .en, ["-0.3 point -"]),
        ("up from 35 percent", .en, ["35 %"]),
    ])
    func signsAndChanges(_ text: String, _ language: Language, _ expected: [String]) {
        // Given a change or a level, Then a change is signed (a fall negative) and a level is not
        #expect(Self.numbers(text, language) == expected)
    }

    @Test(arguments: [
        ("les jeunes âgés entre 18 et 25 ans", Language.fr, ["18 year [18–25]"]),
        ("people aged 18 to 24", .en, ["18 year [18–24]"]),
        ("patients aged between 40 and 65", .en, ["40 year [40–65]"]),
        ("deux hommes âgés de 19 et 23 ans", .fr, ["2", "19 year", "23 year"]),
        ("au cours des deux dernières années", .fr, []),
        ("deux fois plus élevé", .fr, []),
        ("il a des millions de fans", .fr, []),
        ("un bâtiment neuf.", .fr, []),
    ])
    func rangesListsAndNonNumbers(_ text: String, _ language: Language, _ expected: [String]) {
        #expect(Self.numbers(text, language) == expected)
    }

    @Test(arguments: [
        ("du 3 au 9 mars", Language.fr, ["2026-03-03/2026-03-09"]),
        ("from March 3 to March 9", .en, ["2026-03-03/2026-03-09"]),
        ("between 2019 and 2023", .en, ["2019/2023"]),
        ("sur la période 2012-2024", .fr, ["2012/2024"]),
        ("since Jan. 14", .en, ["2026-01-14"]),
        ("by Sept. 30", .en, ["2026-09-30"]),
        ("as early as Nov. 3", .en, ["2026-11-03"]),
        ("in the three months to September", .en, ["2026-09"]),
        ("since January", .en, ["2026-01"]),
        ("in October 2025 and in December", .en, ["2025-10", "2025-12"]),
    ])
    func dates(_ text: String, _ language: Language, _ expected: [String]) {
        #expect(Self.values(text, language).dates.map(\.value) == expected)
    }

    @Test func aMonthTakesTheSentenceYearThenTheParagraphsThenTheDocuments() {
        // Given no year in the sentence, Then the paragraph's previous sentence gives it before the document
        #expect(
            Self.values("Au troisième trimestre, les nuitées ont chuté.", .fr, context: 2024).dates.map(\.value) == [
                "2024-Q3"
            ]
        )
        #expect(
            Self.values("In March, the court fined the retailer.", .en, context: nil).dates.map(\.value) == ["2026-03"]
        )
        #expect(Self.values("In March 2025, the court fined it.", .en, context: 2024).dates.map(\.value) == ["2025-03"])
        // And a month alone without any year is not a date
        #expect(Self.values("since January", .en, year: nil).dates.isEmpty)
    }

    @Test func numbersInWordsAndDurationsStayOutOfTheModel() {
        // The check-worthiness model was trained on figures in digits: it does not see these
        let result = Self.values("trois cents salariés et 30 ans", .fr)
        #expect(result.numbers.count == 2)
        #expect(result.modelNumbers == [false, true])
    }
}
