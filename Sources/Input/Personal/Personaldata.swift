import Foundation
import Personal
import Vokabular

/// The base-year personnel data in a folder (`notebooks-data/personal-blekinge-2018`): `bemanning.csv`
/// (own staff per group, care area and age band) or an HR export `anstallda.csv` (one row per employee,
/// `Anstalldaexport`), `inhyrda.csv` (hired personnel's cost per
/// group and area in the base year, mnkr, as reported), `vardtyngd.csv` (care use by age and sex per area), `pensionering.csv` (retirement by age)
/// and, optionally, `mal.csv` (the documents' figures the model is calibrated to).
/// Every problem names the file, the line and the column.
public struct Personaldata: Sendable {
    public let katalog: URL
    public let bestand: Personalbestand
    /// Hired personnel's cost in the base year per segment, kronor.
    public let inhyrdKostnad: [Segment: Double]
    public let vardtyngd: Vardtyngd
    /// Retirement per year by age, share.
    public let pensioneringPerAlder: [Int: Double]
    /// The figures calibration aims at (`mal.csv`); empty when the folder has none.
    public let mal: [Kalibreringsmal]

    /// The file the base-year stock was read from: `bemanning.csv` or an HR export.
    public let bestandsfil: URL

    /// Reads the folder's files. The stock comes from the HR export `anstallda` when given (a scenario's key
    /// `anstallda`, which wins over the folder's files), otherwise from the folder's `bemanning.csv` or its HR
    /// export `anstallda.csv`; a folder with both is refused, since which one counts would be a guess. An
    /// export's groups must be among `grupper` (the scenario's) when given, its areas among `vardtyngd.csv`'s.
    public static func las(katalog: URL, anstallda: URL? = nil, grupper: Set<String>? = nil) throws(ScenarioFel) -> Personaldata {
        let tyngd = try Tabell(katalog, "vardtyngd.csv", ["omrade", "alder_fran", "alder_till", "kvinnor", "man", "kalla"])
        let bestandsfil = try bestandsfil(katalog, anstallda: anstallda)
        let bestand: Personalbestand
        if anstallda == nil && bestandsfil.lastPathComponent == "bemanning.csv" {
            bestand = try lasBemanning(katalog)
        } else {
            let rader = try Anstalldaexport.las(bestandsfil, grupper: grupper, omraden: Set(tyngd.csv.rader.map { $0.falt[0] }))
            do { bestand = try Personalbestand(anstallda: rader) } catch {
                throw ScenarioFel(fil: bestandsfil.path, rad: nil, nyckel: "", problem: error.description)
            }
        }

        let hyr = try Tabell(katalog, "inhyrda.csv", ["grupp", "omrade", "kostnad_mnkr", "kalla"])
        var inhyrda: [Segment: Double] = [:]
        for rad in hyr.csv.rader {
            let segment = try hyr.segment(rad)
            guard bestand.segment.contains(segment) else {
                throw hyr.fel(rad, "grupp", "okänd yrkesgrupp eller vårdområde \(segment.grupp) i \(segment.omrade); "
                              + "\(bestandsfil.lastPathComponent) har \(bestand.segment.map { "\($0.grupp) i \($0.omrade)" }.joined(separator: ", "))")
            }
            guard inhyrda[segment] == nil else { throw hyr.fel(rad, "grupp", "\(segment.grupp) i \(segment.omrade) finns redan") }
            inhyrda[segment] = try hyr.tal(rad, 2, 0...1_000_000) * 1e6
        }

        var tyngdrader: [Vardtyngd.Rad] = []
        var tackta: [String: [Int: Int]] = [:]
        for rad in tyngd.csv.rader {
            let omrade = rad.falt[0]
            guard Set(bestand.segment.map(\.omrade)).contains(omrade) else {
                throw tyngd.fel(rad, "omrade", "okänt vårdområde \(omrade)")
            }
            let fran = Int(try tyngd.tal(rad, 1, 0...100)), till = Int(try tyngd.tal(rad, 2, 0...100))
            guard fran <= till else { throw tyngd.fel(rad, "alder_till", "åldern till är lägre än åldern från") }
            for a in fran...till {
                if let forra = tackta[omrade]?[a] {
                    throw tyngd.fel(rad, "alder_fran", "åldern \(a) i \(omrade) finns redan på rad \(forra)")
                }
                tackta[omrade, default: [:]][a] = rad.nummer
            }
            tyngdrader.append(.init(omrade: omrade, aldrar: fran...till, kvinnor: try tyngd.tal(rad, 3, 0...1000),
                                    man: try tyngd.tal(rad, 4, 0...1000)))
        }
        for (omrade, aldrar) in tackta.sorted(by: { $0.key < $1.key }) {
            if let a = (0...100).first(where: { aldrar[$0] == nil }) {
                throw ScenarioFel(fil: tyngd.fil, rad: nil, nyckel: "\(omrade), ålder \(a)",
                                  problem: "åldern saknas; varje vårdområde ska täcka åldrarna 0–100")
            }
        }
        let vardtyngd: Vardtyngd
        do { vardtyngd = try Vardtyngd(rader: tyngdrader) } catch {
            throw ScenarioFel(fil: tyngd.fil, rad: nil, nyckel: "", problem: error.description)
        }

        let pension = try Tabell(katalog, "pensionering.csv", ["alder", "andel", "kalla"])
        var perAlder: [Int: Double] = [:]
        for rad in pension.csv.rader {
            let alder = Int(try pension.tal(rad, 0, 14...80))
            guard perAlder[alder] == nil else { throw pension.fel(rad, "alder", "åldern \(alder) finns redan") }
            perAlder[alder] = try pension.tal(rad, 1, 0...1)
        }
        return Personaldata(katalog: katalog, bestand: bestand, inhyrdKostnad: inhyrda, vardtyngd: vardtyngd,
                            pensioneringPerAlder: perAlder, mal: try lasMal(katalog), bestandsfil: bestandsfil)
    }

    /// The file that gives the stock: the scenario's export when named, else the folder's one of `bemanning.csv`
    /// and `anstallda.csv`; both or neither is an error.
    private static func bestandsfil(_ katalog: URL, anstallda: URL?) throws(ScenarioFel) -> URL {
        if let anstallda { return anstallda }
        let bemanning = katalog.appendingPathComponent("bemanning.csv")
        let export = katalog.appendingPathComponent(Anstalldaexport.filnamn)
        let finns = { (url: URL) in FileManager.default.fileExists(atPath: url.path) }
        switch (finns(bemanning), finns(export)) {
        case (true, true):
            throw ScenarioFel(fil: katalog.path, rad: nil, nyckel: "",
                              problem: "mappen har både bemanning.csv och \(Anstalldaexport.filnamn), och det går inte att veta vilken som "
                                + "ska gälla; ta bort den ena, eller peka ut HR-exporten med nyckeln anstallda i scenariot")
        case (false, false):
            throw ScenarioFel(fil: katalog.path, rad: nil, nyckel: "",
                              problem: "mappen har varken bemanning.csv eller \(Anstalldaexport.filnamn); förväntade den ena "
                                + "(eller en HR-export utpekad med nyckeln anstallda i scenariot)")
        case (false, true): return export
        case (true, false): return bemanning
        }
    }

    /// `bemanning.csv`: the stock per group, area and age band — `grupp`, `omrade`, `aldersband` ("20-29"), `antal`,
    /// `arsarbetare` (= antal × sysselsattningsgrad / 100, to the rounding), `sysselsattningsgrad` (%), `manadslon`
    /// (kronor at full time) and `kalla`; every segment with every band.
    private static func lasBemanning(_ katalog: URL) throws(ScenarioFel) -> Personalbestand {
        let bemanning = try Tabell(katalog, "bemanning.csv",
                                   ["grupp", "omrade", "aldersband", "antal", "arsarbetare", "sysselsattningsgrad", "manadslon", "kalla"])
        var band: [ClosedRange<Int>] = []
        var rader: [(rad: CSVRader.Rad, segment: Segment, band: ClosedRange<Int>)] = []
        for rad in bemanning.csv.rader {
            let segment = try bemanning.segment(rad)
            let b = try bemanning.aldersband(rad, kolumn: 2)
            if !band.contains(b) {
                if let krock = band.first(where: { $0.overlaps(b) }) {
                    throw bemanning.fel(rad, "aldersband", "åldersbandet \(b.lowerBound)-\(b.upperBound) överlappar "
                                        + "\(krock.lowerBound)-\(krock.upperBound)")
                }
                band.append(b)
            }
            rader.append((rad, segment, b))
        }
        band.sort { $0.lowerBound < $1.lowerBound }
        let aldersband: Aldersband
        do { aldersband = try Aldersband(band) } catch {
            throw ScenarioFel(fil: bemanning.fil, rad: nil, nyckel: "kolumn aldersband", problem: error.description)
        }
        var sedda: [Segment: [ClosedRange<Int>: Int]] = [:]
        for (rad, segment, b) in rader {
            if let forra = sedda[segment]?[b] {
                throw bemanning.fel(rad, "aldersband", "\(segment.grupp) i \(segment.omrade), \(b.lowerBound)-\(b.upperBound) finns redan på rad \(forra)")
            }
            sedda[segment, default: [:]][b] = rad.nummer
        }
        for (segment, band) in sedda.sorted(by: { $0.key < $1.key }) {
            if let saknat = aldersband.band.first(where: { band[$0] == nil }) {
                throw ScenarioFel(fil: bemanning.fil, rad: nil, nyckel: "\(segment.grupp) i \(segment.omrade), åldersband \(saknat.lowerBound)-\(saknat.upperBound)",
                                  problem: "åldersbandet saknas; varje yrkesgrupp och vårdområde ska ha alla åldersband (0 anställda går bra)")
            }
        }
        var bestandsrader: [Personalbestand.Rad] = []
        for (rad, segment, b) in rader {
            let antal = try bemanning.tal(rad, 3, 0...1_000_000)
            let aa = try bemanning.tal(rad, 4, 0...1_000_000)
            let grad = try bemanning.tal(rad, 5, 0...100)
            let lon = try bemanning.tal(rad, 6, 0...10_000_000)
            guard aa <= antal else {
                throw bemanning.fel(rad, "arsarbetare", "fler årsarbetare (\(aa)) än anställda (\(antal))")
            }
            guard abs(aa - antal * grad / 100) <= 0.005 * antal + 0.1 else {
                throw bemanning.fel(rad, "sysselsattningsgrad", "årsarbetarna \(aa) stämmer inte med antal × sysselsättningsgrad "
                                    + "= \(antal * grad / 100)")
            }
            bestandsrader.append(.init(segment: segment, band: aldersband.index(b.lowerBound)!, antal: antal, arsarbetare: aa,
                                       manadslon: lon))
        }
        do { return try Personalbestand(aldersband: aldersband, rader: bestandsrader) } catch {
            throw ScenarioFel(fil: bemanning.fil, rad: nil, nyckel: "", problem: error.description)
        }
    }

    /// `mal.csv`: one figure a row — `storhet` (`Kalibreringsmal.Storhet`), `ar`, `grupp` (a group, groups joined
    /// by `+`, or `totalt`), `omrade` (an area or `totalt`), `varde`, `tolerans` (> 0, in the figure's unit) and
    /// `i_skattningen` (`ja`, or `nej` for a figure only reported) and `kalla`. Groups and areas are not checked against the staffing here: a target the model cannot compute
    /// is reported by the calibration, not refused.
    private static func lasMal(_ katalog: URL) throws(ScenarioFel) -> [Kalibreringsmal] {
        guard FileManager.default.fileExists(atPath: katalog.appendingPathComponent("mal.csv").path) else { return [] }
        let tabell = try Tabell(katalog, "mal.csv", ["storhet", "ar", "grupp", "omrade", "varde", "tolerans", "i_skattningen", "kalla"])
        var mal: [Kalibreringsmal] = []
        for rad in tabell.csv.rader {
            let namn = Kalibreringsmal.Storhet.allCases.map(\.rawValue)
            guard let storhet = Kalibreringsmal.Storhet(rawValue: rad.falt[0]) else {
                throw tabell.fel(rad, "storhet", "förväntade \(namn.joined(separator: ", ")), fick \"\(rad.falt[0])\"")
            }
            guard let ar = Int(rad.falt[1]), Artal.giltigt(ar) else { throw tabell.fel(rad, "ar", "förväntade ett årtal, fick \"\(rad.falt[1])\"") }
            let grupper = rad.falt[2] == "totalt" ? [] : rad.falt[2].split(separator: "+").map(String.init)
            guard !rad.falt[2].isEmpty, !grupper.contains(where: \.isEmpty) else {
                throw tabell.fel(rad, "grupp", "förväntade en yrkesgrupp, grupper med + emellan eller totalt")
            }
            guard !rad.falt[3].isEmpty else { throw tabell.fel(rad, "omrade", "förväntade ett vårdområde eller totalt") }
            guard ["ja", "nej"].contains(rad.falt[6]) else { throw tabell.fel(rad, "i_skattningen", "förväntade ja eller nej, fick \"\(rad.falt[6])\"") }
            guard !rad.falt[7].isEmpty else { throw tabell.fel(rad, "kalla", "källan saknas; ange fil och rad") }
            mal.append(Kalibreringsmal(storhet: storhet, ar: ar, grupper: grupper, omrade: rad.falt[3] == "totalt" ? nil : rad.falt[3],
                                       varde: try tabell.tal(rad, 4, -1_000_000...1_000_000),
                                       tolerans: try tabell.tal(rad, 5, 1e-9...1_000_000), kalla: rad.falt[7],
                                       iSkattningen: rad.falt[6] == "ja"))
        }
        return mal
    }
}

/// One of the folder's CSV files with its expected header, and reading of its cells with located errors.
private struct Tabell {
    let fil: String
    let csv: CSVRader
    let rubrik: [String]

    init(_ katalog: URL, _ namn: String, _ rubrik: [String]) throws(ScenarioFel) {
        let url = katalog.appendingPathComponent(namn)
        fil = url.path
        csv = try CSVRader(try Textfil.las(url, slag: "datafilen", maxStorlek: Textfil.maxDatastorlek), fil: fil)
        self.rubrik = rubrik
        try csv.kravRubrik(rubrik, fil: fil, skiftlage: true)
        for rad in csv.rader { try csv.kravFaltantal(rad, fil: fil) }
    }

    func fel(_ rad: CSVRader.Rad, _ kolumn: String, _ problem: String) -> ScenarioFel {
        ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(kolumn)", problem: problem)
    }

    func tal(_ rad: CSVRader.Rad, _ i: Int, _ intervall: ClosedRange<Double>) throws(ScenarioFel) -> Double {
        try csv.tal(rad.falt[i], intervall: intervall, fel: { fel(rad, rubrik[i], $0) })
    }

    func segment(_ rad: CSVRader.Rad) throws(ScenarioFel) -> Segment {
        guard !rad.falt[0].isEmpty else { throw fel(rad, "grupp", "yrkesgruppen är tom") }
        guard !rad.falt[1].isEmpty else { throw fel(rad, "omrade", "vårdområdet är tomt") }
        return Segment(grupp: rad.falt[0], omrade: rad.falt[1])
    }

    /// An age band written "20-29".
    func aldersband(_ rad: CSVRader.Rad, kolumn i: Int) throws(ScenarioFel) -> ClosedRange<Int> {
        let delar = rad.falt[i].split(separator: "-").compactMap { Int($0) }
        guard delar.count == 2, delar[0] <= delar[1], (14...80).contains(delar[0]), (14...80).contains(delar[1]) else {
            throw fel(rad, rubrik[i], "förväntade ett åldersband som 20-29 inom 14–80 år, fick \"\(rad.falt[i])\"")
        }
        return delar[0]...delar[1]
    }
}
