import Befolkning
import Foundation

/// A folder of SCB population data: the tables `folkmangd`, `fodda` and `doda`, each as CSV (the layout of
/// `notebooks-data/scb-befolkning-1968-2015`) or as JSON-stat 2.0 (SCB's API and PX-Web), holding one or
/// more regions. A region's data are assembled only when every table is complete for it (every sex, age
/// and year present exactly once, and births and deaths covering the population's years) and plausible
/// (`Befolkningsrimlighet`). Births are read at the mother's fertile ages only: another age is no code of
/// the table.
public struct Befolkningsunderlag: Sendable {
    /// The folder.
    public let katalog: URL
    /// The regions in the population table: code and name, in code order.
    public let regioner: [(kod: String, namn: String)]
    private let poster: [Befolkningstabell: [Befolkningspost]]
    private let filer: [Befolkningstabell: String]

    /// The region whose mortality pattern regions follow.
    public static let riket = "00"

    /// Reads every table in `katalog`.
    public static func las(katalog: URL) throws(ScenarioFel) -> Befolkningsunderlag {
        var poster: [Befolkningstabell: [Befolkningspost]] = [:]
        var filer: [Befolkningstabell: String] = [:]
        for tabell in Befolkningstabell.allCases {
            let csv = katalog.appendingPathComponent(tabell.filnamn + ".csv")
            let json = katalog.appendingPathComponent(tabell.filnamn + ".json")
            let finns = [csv, json].filter { FileManager.default.fileExists(atPath: $0.path) }
            guard finns.count == 1 else {
                throw ScenarioFel(fil: katalog.path, rad: nil, nyckel: tabell.filnamn, problem: finns.isEmpty
                    ? "mappen saknar \(tabell.filnamn).csv eller \(tabell.filnamn).json (\(tabell.beskrivning))"
                    : "både \(tabell.filnamn).csv och \(tabell.filnamn).json finns; behåll en av dem")
            }
            filer[tabell] = finns[0].path
            poster[tabell] = finns[0] == csv ? try SCBBefolkningCSV.las(csv, tabell: tabell)
                : try JSONStat.las(json, tabell: tabell)
        }
        return av(katalog: katalog, poster: poster, filer: filer)
    }

    /// The tables already read: `poster` by table, `filer` where each was read from (for messages).
    static func av(katalog: URL, poster: [Befolkningstabell: [Befolkningspost]], filer: [Befolkningstabell: String])
        -> Befolkningsunderlag {
        var namn: [String: String] = [:]
        for post in poster[.folkmangd] ?? [] where namn[post.region] == nil { namn[post.region] = post.regionnamn }
        return Befolkningsunderlag(katalog: katalog, regioner: namn.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                   poster: poster, filer: filer)
    }

    /// The complete data of one region, by code ("10"), name ("Blekinge län") or both, as the data and the
    /// messages write it ("10 Blekinge län"); case, and spaces around and between words, do not matter.
    public func data(region: String) throws(ScenarioFel) -> Befolkningsdata {
        guard let (kod, namn) = regioner.first(where: { Self.avser(region, kod: $0.kod, namn: $0.namn) }) else {
            if let utan = utanFolkmangd.first(where: { Self.avser(region, kod: $0.kod, namn: $0.namn) }) {
                throw utanFolkmangdFel(utan)
            }
            throw ScenarioFel(fil: filer[.folkmangd] ?? katalog.path, rad: nil, nyckel: "region \(region)",
                              problem: "regionen finns inte i data; där finns "
                                  + regioner.map { "\($0.kod) \($0.namn)" }.joined(separator: ", "))
        }
        var tabeller: [Befolkningstabell: [[[Double]]]] = [:]
        var ar: ClosedRange<Int>? = nil
        for tabell in Befolkningstabell.allCases {
            let (serie, tabellar) = try satt(tabell, kod: kod, ar: ar)
            if ar == nil { ar = tabellar }
            tabeller[tabell] = serie
        }
        let data: Befolkningsdata
        do {
            data = try Befolkningsdata(region: "\(kod) \(namn)", ar: ar!, folkmangd: tabeller[.folkmangd]!,
                                       fodda: tabeller[.fodda]!, doda: tabeller[.doda]!)
        } catch {
            throw ScenarioFel(fil: katalog.path, rad: nil, nyckel: "region \(kod)", problem: error.description)
        }
        try Befolkningsrimlighet.kontrollera(data) { kon, alder, year in
            (filer[.doda]!, poster[.doda]!.first { $0.region == kod && $0.kon == kon && $0.ar == year && $0.alder == alder }?.rad)
        }
        return data
    }

    /// The regions the births or deaths hold that the population does not, in code order: code, name, the
    /// table and the line where each first appears.
    var utanFolkmangd: [(kod: String, namn: String, tabell: Befolkningstabell, rad: Int?)] {
        let kanda = Set(regioner.map(\.kod))
        var sedda: [String: (kod: String, namn: String, tabell: Befolkningstabell, rad: Int?)] = [:]
        for tabell in [Befolkningstabell.fodda, .doda] {
            for post in poster[tabell] ?? [] where !kanda.contains(post.region) && sedda[post.region] == nil {
                sedda[post.region] = (post.region, post.regionnamn, tabell, post.rad)
            }
        }
        return sedda.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Throws at the first region the births or deaths hold and the population does not: a run over every
    /// region would leave it out without a word.
    public func kravSammaRegioner() throws(ScenarioFel) {
        if let utan = utanFolkmangd.first { throw utanFolkmangdFel(utan) }
    }

    private func utanFolkmangdFel(_ utan: (kod: String, namn: String, tabell: Befolkningstabell, rad: Int?)) -> ScenarioFel {
        ScenarioFel(fil: filer[utan.tabell] ?? katalog.path, rad: utan.rad, nyckel: "region \(utan.kod) \(utan.namn)",
                    problem: "regionen finns i \(utan.tabell.beskrivning) men inte i folkmängden "
                        + "(\(filer[.folkmangd].map { URL(fileURLWithPath: $0).lastPathComponent } ?? Befolkningstabell.folkmangd.filnamn)); "
                        + "alla tre tabellerna ska ha samma regioner")
    }

    /// Whether `angiven` names the region with code `kod` and name `namn`: the code, the name or both, compared
    /// without regard to case and with runs of spaces as one.
    static func avser(_ angiven: String, kod: String, namn: String) -> Bool {
        let normerad = { (s: String) in s.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
        let a = normerad(angiven)
        return [kod, namn, "\(kod) \(namn)"].contains { normerad($0) == a }
    }

    /// One table of one region as `[kon][år][ålder]`, every cell filled exactly once; births with unknown
    /// mother's age are spread over the known ages of the same year and sex in proportion to them.
    private func satt(_ tabell: Befolkningstabell, kod: String, ar forvantade: ClosedRange<Int>?) throws(ScenarioFel)
        -> ([[[Double]]], ClosedRange<Int>) {
        let fil = filer[tabell]!
        let egna = poster[tabell]!.filter { $0.region == kod }
        let arMangd = Set(egna.map(\.ar))
        guard let forsta = arMangd.min(), let sista = arMangd.max() else {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "region \(kod)", problem: "\(tabell.beskrivning) saknas för regionen")
        }
        if let saknat = (forsta...sista).first(where: { !arMangd.contains($0) }) {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "region \(kod), år \(saknat)",
                              problem: "året saknas; \(tabell.beskrivning) ska finnas för varje år \(forsta)–\(sista)")
        }
        if let forvantade, forvantade != forsta...sista {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "region \(kod)", problem:
                "\(tabell.beskrivning) täcker \(forsta)–\(sista) men folkmängden \(forvantade.lowerBound)–\(forvantade.upperBound); "
                + "åren ska vara desamma")
        }
        let n = sista - forsta + 1
        var serie = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: tabell.antalAldrar), count: n),
                                 count: 2)
        var sedda: [String: Int] = [:]
        var okand = [[Double]](repeating: [Double](repeating: 0, count: n), count: 2)
        for post in egna {
            let t = post.ar - forsta, k = post.kon.rawValue
            if let forra = sedda.updateValue(post.rad ?? 0, forKey: "\(k)|\(post.ar)|\(tabell.kod(post.alder, skriven: post.alderskod))") {
                throw ScenarioFel(fil: fil, rad: post.rad, nyckel: post.nyckel, problem:
                    "\(post.kon.namn), ålder \(post.alderskod), år \(post.ar) finns redan"
                    + (forra > 0 ? " på rad \(forra)" : "") + "; varje kombination får finnas en gång")
            }
            guard let a = post.alder else {
                okand[k][t] += post.antal
                continue
            }
            serie[k][t][a] += post.antal
        }
        for kon in Kon.allCases {
            for t in 0..<n {
                if let saknad = tabell.koder.first(where: { sedda["\(kon.rawValue)|\(forsta + t)|\($0)"] == nil }) {
                    throw ScenarioFel(fil: fil, rad: nil, nyckel: "region \(kod), \(kon.namn), ålder \(saknad), år \(forsta + t)",
                                      problem: "\(tabell.beskrivning) saknas; varje kön, ålder och år ska finnas")
                }
                let kanda = serie[kon.rawValue][t].reduce(0, +)
                if okand[kon.rawValue][t] > 0 && kanda > 0 {
                    serie[kon.rawValue][t] = serie[kon.rawValue][t].map { $0 * (1 + okand[kon.rawValue][t] / kanda) }
                }
            }
        }
        return (serie, forsta...sista)
    }
}
