import Foundation
import Personal
import Vokabular

/// An HR system's export, one row per employee (anonymised): the columns `grupp`, `omrade`, `alder`, `kon`,
/// `sysselsattningsgrad` (percent of full time) and `manadslon` (monthly salary at full time, kronor), in any
/// order; other columns an export carries are left alone. Comma-separated with decimal point like the data
/// sets, or semicolon-separated with decimal comma as spreadsheets save (detected from the header). Every
/// problem names the file, the line and the column.
enum Anstalldaexport {
    /// The file's name in a personnel data folder.
    static let filnamn = "anstallda.csv"
    /// The columns read.
    static let kolumner = ["grupp", "omrade", "alder", "kon", "sysselsattningsgrad", "manadslon"]

    /// The employees in `url`. A group must be one of `grupper` (the scenario's) when given, an area one of
    /// `omraden` (those `vardtyngd.csv` weighs).
    static func las(_ url: URL, grupper: Set<String>?, omraden: Set<String>) throws(ScenarioFel) -> [Anstalld] {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "HR-exporten", maxStorlek: Textfil.maxDatastorlek), fil: fil)
        let rubrik = csv.rubrik.map { $0.lowercased() }
        var index: [Int] = []
        for kolumn in kolumner {
            guard let i = rubrik.firstIndex(of: kolumn) else {
                throw ScenarioFel(fil: fil, rad: 1, nyckel: "kolumn \(kolumn)",
                                  problem: "kolumnen saknas i rubrikraden; förväntade kolumnerna \(kolumner.joined(separator: String(csv.format.avgransare))), "
                                    + "fick \(csv.rubrik.joined(separator: String(csv.format.avgransare)))")
            }
            index.append(i)
        }
        var anstallda: [Anstalld] = []
        anstallda.reserveCapacity(csv.rader.count)
        for rad in csv.rader {
            try csv.kravFaltantal(rad, fil: fil, delat: "sysselsättningsgraden eller lönen")
            func falt(_ k: Int) -> String { rad.falt[index[k]] }
            func fel(_ k: Int, _ problem: String) -> ScenarioFel {
                ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(kolumner[k])", problem: problem)
            }
            func tal(_ k: Int, _ intervall: ClosedRange<Double>) throws(ScenarioFel) -> Double {
                try csv.tal(falt(k), intervall: intervall, fel: { fel(k, $0) })
            }
            let grupp = falt(0), omrade = falt(1)
            guard !grupp.isEmpty else { throw fel(0, "yrkesgruppen är tom") }
            if let grupper, !grupper.contains(grupp) {
                throw fel(0, "okänd yrkesgrupp \"\(grupp)\"; scenariot har antaganden för \(grupper.sorted().joined(separator: ", "))")
            }
            guard !omrade.isEmpty else { throw fel(1, "vårdområdet är tomt") }
            guard omraden.contains(omrade) else {
                throw fel(1, "okänt vårdområde \"\(omrade)\"; vardtyngd.csv har \(omraden.sorted().joined(separator: ", "))")
            }
            let aldrar = Personalbestand.exportaldrar
            guard let alder = Int(falt(2)), aldrar.contains(alder) else {
                throw fel(2, "förväntade en ålder i hela år \(aldrar.lowerBound)–\(aldrar.upperBound), fick \"\(falt(2))\"")
            }
            guard let kon = Anstalld.Kon(rawValue: falt(3).uppercased()) else {
                throw fel(3, "förväntade K eller M, fick \"\(falt(3))\"")
            }
            anstallda.append(Anstalld(segment: Segment(grupp: grupp, omrade: omrade), alder: alder, kon: kon,
                                      sysselsattningsgrad: try tal(4, 0...100) / 100, manadslon: try tal(5, 0...10_000_000)))
        }
        guard !anstallda.isEmpty else {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: "exporten har inga anställda; förväntade en rad per anställd efter rubrikraden")
        }
        return anstallda
    }
}
