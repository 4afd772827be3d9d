import Foundation
import Personal
import Vokabular

/// A workforce scenario as a planner writes it (YAML): the personnel data, the population scenario that
/// drives care need, the base year and horizon, and the assumptions per personnel group. Rates are written
/// in percent as elsewhere in Prognos. See `scenarios/README.md` for the format.
public struct Personalscenario: Sendable {
    /// The scenario file.
    public let fil: URL
    public let namn: String
    /// The personnel data folder.
    public let data: URL
    /// An HR export (one row per employee) that gives the stock instead of the folder's `bemanning.csv`.
    public let anstallda: URL?
    /// The population scenario file.
    public let befolkning: URL
    public let basar: Int
    /// The assumptions, without the retirement rates (they come with the data's age bands).
    public var antaganden: Antagandeutkast
    /// The budget scenario to carry the personnel cost into, and the workforce scenario whose cost the
    /// budget's decided personnel cost stands for.
    public let budget: (scenario: URL, referens: URL)?

    /// The scenario as read, with its `bas:` files and `satt` values laid together: YAML with each value's
    /// file and line in a comment and paths absolute.
    public let upplost: String

    /// What the file says of the assumptions; `Personalkorning` completes them with the data.
    public struct Antagandeutkast: Sendable {
        public var horisont: Int
        public var grupper: [String: (varde: Personalantaganden.Grupp, rad: Int?)]
        public var sjukfranvaro: Double, poPalagg: Double, timmarPerArsarbetare: Double, produktivitet: Double
        public var indexering: [Int: Double], standardindexering: Double, hyrkostnadstak: Double
        public var ejTacktPris: Personalantaganden.Ejtacktpris
        /// Turnover relative by single age, and the pension-age lever in years.
        public var omsattningsfaktor: [Int: Double], pensionsforskjutning: Int
        /// The hiring age profile by band name ("20-29"), shares.
        public var anstallningsprofil: [String: Double]
        /// Sick leave from a year on (`Personalantaganden.sjukfranvaroFran`), and the full-time lever for the
        /// groups without their own.
        public var sjukfranvaroFran: [Int: Double] = [:], heltid: Heltid?
    }

    /// The key paths whose values are paths.
    private static let sokvagar: Set<String> = ["data", "anstallda", "befolkning", "budget.scenario", "budget.referens"]

    /// Reads a scenario file; paths in it are relative to the file they are written in. The file may build on
    /// another with `bas:`; `satt` holds `nyckel=värde` overrides from the command line, laid over it in order.
    public static func las(_ fil: URL, satt: [String] = []) throws(ScenarioFel) -> Personalscenario {
        try las(try Scenariofil.las(fil, satt: satt), fil: fil)
    }

    /// Reads a scenario from a loaded tree, e.g. a section of another file; `fil` is the file that later
    /// errors name.
    package static func las(_ rot: YamlVarde, fil: URL) throws(ScenarioFel) -> Personalscenario {
        let t = try rot.tabell(tillatna: ["namn", "data", "befolkning", "basar", "horisont", "sjukfranvaro", "po_palagg",
                                          "timmar_per_arsarbetare", "produktivitet", "indexering", "hyrkostnadstak",
                                          "anstallningsprofil", "grupper", "budget", "ej_tackt_pris",
                                          "omsattningsprofil", "pensionsforskjutning", "heltid", "anstallda"])
        let basar = try rot.kravd("basar", i: t, forvantat: "basåret, t.ex. 2018").heltal("ett årtal", intervall: Artal.giltiga)
        func sokvag(_ v: YamlVarde) throws(ScenarioFel) -> URL { try v.url("en sökväg relativt filen den står i") }
        func procent(_ nyckel: String, _ standard: Double, _ intervall: ClosedRange<Double>) throws(ScenarioFel) -> Double {
            guard let v = t[nyckel] else { return standard }
            return try v.tal("en procentsats", intervall: intervall) / 100
        }
        var indexering: [Int: Double] = [:]
        var standard = Personalmodellval.standardindexering
        if let v = t["indexering"] {
            for (nyckel, post) in try v.poster("en tabell med standard och år, t.ex. {standard: 2.5, 2023: 3.1}") {
                if nyckel == "standard" {
                    standard = try post.tal("en procentsats", intervall: -50...50)
                } else if let year = Int(nyckel), Artal.giltigt(year) {
                    indexering[year] = try post.tal("en procentsats", intervall: -50...50)
                } else {
                    throw post.fel("nyckeln ska vara standard eller ett årtal")
                }
            }
        }
        var profil: [String: Double] = [:]
        if let v = t["anstallningsprofil"] {
            for (band, post) in try v.poster("en tabell med åldersband och procent, t.ex. {20-29: 45}") {
                profil[band] = try post.tal("en andel i procent", intervall: 0...100) / 100
            }
        }
        var grupper: [String: (Personalantaganden.Grupp, Int?)] = [:]
        let g = try rot.kravd("grupper", i: t, forvantat: "antaganden per yrkesgrupp")
        let poster = try g.poster("en tabell med yrkesgrupper")
        for (namn, post) in poster {
            let a = try post.tabell(tillatna: ["personalomsattning", "rekryteringskapacitet", "timpris", "hyrtak", "vakanser", "heltid",
                                               "utbildning"])
            // A group the file does not define, named only by a --satt value (a misspelt or new one), lacks its
            // required keys; the message names the groups that are defined.
            let ny = !a.keys.contains("personalomsattning") && post.nod.ursprung == .kommandoraden
            let andra = poster.map(\.nyckel).filter { $0 != namn }.joined(separator: ", ")
            func kravd(_ n: String, _ vad: String, _ intervall: ClosedRange<Double>) throws(ScenarioFel) -> Double {
                try post.kravd(n, i: a, forvantat: ny ? "\(vad); yrkesgruppen \(namn) finns inte i scenariot (det har \(andra)), och en ny "
                                   + "grupp behöver personalomsattning, rekryteringskapacitet, timpris och hyrtak" : vad)
                    .tal(vad, intervall: intervall)
            }
            grupper[namn] = (.init(personalomsattning: try kravd("personalomsattning", "externa avgångar i procent per år", 0...100) / 100,
                                   rekryteringskapacitet: try kravd("rekryteringskapacitet", "högst så många anställningar per år", 0...1_000_000),
                                   anstallningsprofil: [], timpris: try kravd("timpris", "kronor per timme för inhyrd personal", 0...100_000),
                                   hyrtak: try kravd("hyrtak", "högsta andel av behovet som hyrs in, procent", 0...100) / 100,
                                   vakanser: try a["vakanser"]?.tal("basårets vakanser i årsarbetare", intervall: 0...1_000_000) ?? 0,
                                   heltid: try a["heltid"].map { v throws(ScenarioFel) in try heltid(v, basar: basar) },
                                   utbildning: try a["utbildning"].map { v throws(ScenarioFel) in try utbildning(v) }),
                             post.rad)
        }
        var omsattningsprofil = Personalmodellval.omsattningsprofil
        if let v = t["omsattningsprofil"] {
            omsattningsprofil = []
            for (namn, post) in try v.poster("en tabell med åldrar och faktorer, t.ex. {20-29: 1.6, 30-39: 1.2}") {
                let delar = namn.split(separator: "-").compactMap { Int($0) }
                guard delar.count == 2, delar[0] <= delar[1], (14...80).contains(delar[0]), (14...80).contains(delar[1]) else {
                    throw post.fel("nyckeln ska vara åldrar som 20-29 inom 14–80 år")
                }
                let aldrar = delar[0]...delar[1]
                if omsattningsprofil.contains(where: { $0.aldrar.overlaps(aldrar) }) { throw post.fel("åldrarna överlappar en annan nyckel") }
                omsattningsprofil.append((aldrar, try post.tal("en faktor mot gruppens nivå", intervall: 0...10)))
            }
        }
        var ejTacktPris = Personalmodellval.ejTacktPris
        if let v = t["ej_tackt_pris"] {
            let namn = Personalantaganden.Ejtacktpris.allCases.map(\.rawValue)
            guard let pris = Personalantaganden.Ejtacktpris(rawValue: try v.text(namn.joined(separator: " eller "))) else {
                throw v.fel("förväntade \(namn.joined(separator: " eller ")) (vad ej täckt behov kostar)")
            }
            ejTacktPris = pris
        }
        var budget: (URL, URL)?
        if let v = t["budget"] {
            let b = try v.tabell(tillatna: ["scenario", "referens"])
            budget = (try sokvag(try v.kravd("scenario", i: b, forvantat: "budgetscenariots fil")),
                      try sokvag(try v.kravd("referens", i: b, forvantat: "personalscenariot som budgetens personalkostnader motsvarar")))
        }
        let sjuk = try sjukfranvaro(t["sjukfranvaro"])
        return Personalscenario(
            fil: fil,
            namn: try t["namn"]?.text("scenariots namn") ?? "Personalförsörjning",
            data: try sokvag(try rot.kravd("data", i: t, forvantat: "mappen med personaldata")),
            anstallda: try t["anstallda"].map(sokvag),
            befolkning: try sokvag(try rot.kravd("befolkning", i: t, forvantat: "befolkningsscenariots fil")),
            basar: basar,
            antaganden: Antagandeutkast(
                horisont: try t["horisont"]?.heltal("antal år", intervall: 1...50) ?? Personalmodellval.horisont, grupper: grupper,
                sjukfranvaro: sjuk.standard, poPalagg: try procent("po_palagg", Personalmodellval.poPalagg, 0...200),
                timmarPerArsarbetare: try t["timmar_per_arsarbetare"]?.tal("timmar", intervall: 1...3000) ?? Personalmodellval.timmarPerArsarbetare,
                produktivitet: try procent("produktivitet", Personalmodellval.produktivitet, -50...50), indexering: indexering, standardindexering: standard,
                hyrkostnadstak: try procent("hyrkostnadstak", Personalmodellval.hyrkostnadstak, 0...100), ejTacktPris: ejTacktPris,
                omsattningsfaktor: omsattningsprofil.reduce(into: [:]) { f, del in for x in del.aldrar { f[x] = del.faktor } },
                pensionsforskjutning: try t["pensionsforskjutning"]?.heltal("ett helt antal år", intervall: -10...10)
                    ?? Personalmodellval.pensionsforskjutning,
                anstallningsprofil: profil, sjukfranvaroFran: sjuk.fran,
                heltid: try t["heltid"].map { v throws(ScenarioFel) in try heltid(v, basar: basar) }),
            budget: budget,
            upplost: rot.yaml(sokvagar: sokvagar))
    }
}
