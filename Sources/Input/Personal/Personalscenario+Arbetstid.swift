import Personal
import Vokabular

/// The working-time and training keys of a workforce scenario: `sjukfranvaro` as a level or a path,
/// `heltid` (the full-time lever) and `grupper.<grupp>.utbildning` (the region's own training).
extension Personalscenario {
    /// `sjukfranvaro`: a level in percent (`6.4`), or a path `{standard: 6.4, 2023: 6.0}` where a year's level holds
    /// from that year until the next year named and `standard` before the first. Shares; the default when absent.
    static func sjukfranvaro(_ v: YamlVarde?) throws(ScenarioFel) -> (standard: Double, fran: [Int: Double]) {
        guard let v else { return (Personalmodellval.sjukfranvaro, [:]) }
        guard v.nod.poster != nil else { return (try v.tal("en procentsats", intervall: 0...99) / 100, [:]) }
        var standard = Personalmodellval.sjukfranvaro
        var fran: [Int: Double] = [:]
        for (nyckel, post) in try v.poster("en procentsats eller en tabell med standard och år, t.ex. {standard: 6.4, 2023: 6.0}") {
            if nyckel == "standard" {
                standard = try post.tal("en procentsats", intervall: 0...99) / 100
            } else if let year = Int(nyckel), Artal.giltigt(year) {
                fran[year] = try post.tal("en procentsats", intervall: 0...99) / 100
            } else {
                throw post.fel("nyckeln ska vara standard eller ett årtal")
            }
        }
        return (standard, fran)
    }

    /// `heltid: {mal: 95, ar: 2025, fran: 2022}`: the target employment rate in percent, the year it is reached and
    /// the last year at the data's rates (default the base year `basar`).
    static func heltid(_ v: YamlVarde, basar: Int) throws(ScenarioFel) -> Heltid {
        let t = try v.tabell(tillatna: ["mal", "ar", "fran"])
        let fran = try t["fran"]?.heltal("det sista året med datas sysselsättningsgrad, basåret eller senare",
                                         intervall: basar...Artal.giltiga.upperBound)
        let start = fran ?? basar
        let ar = try v.kravd("ar", i: t, forvantat: "året målet nås").heltal("ett år efter \(start)", intervall: (start + 1)...max(start + 1, Artal.giltiga.upperBound))
        return Heltid(mal: try v.kravd("mal", i: t, forvantat: "målet för sysselsättningsgraden i procent").tal("en procentsats", intervall: 1...100) / 100,
                      ar: ar, fran: fran)
    }

    /// `utbildning: {platser: 10, ar: 5, fullfoljer: 90, kostnad: 870000}`: trainees starting each year, years of
    /// training, the percent who complete, and a post's cost a year in kronor (default 0).
    static func utbildning(_ v: YamlVarde) throws(ScenarioFel) -> Utbildning {
        let t = try v.tabell(tillatna: ["platser", "ar", "fullfoljer", "kostnad"])
        return Utbildning(
            platser: try v.kravd("platser", i: t, forvantat: "antal som börjar utbildningen varje år").tal("ett antal personer", intervall: 0...100_000),
            ar: try v.kravd("ar", i: t, forvantat: "utbildningens längd i år").heltal("antal år", intervall: 1...20),
            fullfoljer: try v.kravd("fullfoljer", i: t, forvantat: "andel som fullföljer, procent").tal("en andel i procent", intervall: 0...100) / 100,
            kostnad: try t["kostnad"]?.tal("kronor per utbildningsplats och år", intervall: 0...100_000_000) ?? 0)
    }
}
