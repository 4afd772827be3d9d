import Befolkning
import Foundation
import Vokabular

/// Reads observed population figures after the data's last year (`notebooks-data/befolkning-utfall`): an
/// age table `*-12.csv` (`region,alder_fran,alder_till,kvinnor,man,kalla`) and totals `*-totaler.csv`
/// (`region,tidpunkt,antal,kalla` with tidpunkt `YYYY-MM-DD`). Age groups may not overlap, and where they
/// cover every age and a total is given for the same 31 December, they must sum to it.
public enum BefolkningsutfallLasare {
    /// The figures for `region` in `katalog`; nil when the folder holds none for it.
    public static func las(katalog: URL, region: String) throws(ScenarioFel) -> Befolkningsutfall? {
        let filer = ((try? FileManager.default.contentsOfDirectory(atPath: katalog.path)) ?? []).sorted()
        var grupper: [Befolkningsutfall.Grupp] = []
        var totaler: [Befolkningsutfall.Total] = []
        var tabellar: Int?
        // Where each group and each year-end total was read, for messages.
        var platser: (grupper: [String], totaler: [(fil: String, rad: Int)?]) = ([], [])
        for namn in filer where namn.hasSuffix(".csv") {
            let url = katalog.appendingPathComponent(namn)
            let csv = try CSVRader(try Textfil.las(url, slag: "datafilen", maxStorlek: Textfil.maxDatastorlek), fil: url.path)
            let rubrik = csv.rubrik.joined(separator: ",")
            for rad in csv.rader where rad.falt.first == region {
                try csv.kravFaltantal(rad, fil: url.path)
                func tal(_ i: Int) throws(ScenarioFel) -> Double {
                    guard let v = Antal.tolka(Decimaltal.tolka(rad.falt[i], decimaltecken: csv.format.decimaltecken)) else {
                        throw ScenarioFel(fil: url.path, rad: rad.nummer, nyckel: "kolumn \(i + 1)",
                                          problem: "förväntade ett antal personer, fick \"\(rad.falt[i])\"")
                    }
                    return v
                }
                switch rubrik {
                case "region,alder_fran,alder_till,kvinnor,man,kalla":
                    let fran = Int(try tal(1)), till = Int(try tal(2))
                    guard fran <= till, let ar = arIFilnamn(namn) else {
                        throw ScenarioFel(fil: url.path, rad: rad.nummer, nyckel: "", problem: "ogiltigt åldersintervall eller år i filnamnet")
                    }
                    if let tidigare = tabellar, tidigare != ar {
                        throw ScenarioFel(fil: url.path, rad: nil, nyckel: "", problem:
                            "en åldertabell för \(ar) bredvid en för \(tidigare); mappen får hålla en åldertabell per region")
                    }
                    tabellar = ar
                    if let i = grupper.firstIndex(where: { $0.aldrar.overlaps(fran...till) }) {
                        throw ScenarioFel(fil: url.path, rad: rad.nummer, nyckel: "kolumn alder_fran", problem:
                            "åldrarna \(fran)–\(till) överlappar \(grupper[i].aldrar.lowerBound)–\(grupper[i].aldrar.upperBound) "
                            + "(\(platser.grupper[i])); varje ålder får bara finnas i en grupp")
                    }
                    grupper.append(.init(aldrar: fran...till, kvinnor: try tal(3), man: try tal(4), kalla: rad.falt[5]))
                    platser.grupper.append("\(url.path):\(rad.nummer)")
                case "region,tidpunkt,antal,kalla":
                    let delar = rad.falt[1].split(separator: "-").compactMap { Int($0) }
                    guard delar.count == 3, (1...12).contains(delar[1]) else {
                        throw ScenarioFel(fil: url.path, rad: rad.nummer, nyckel: "kolumn tidpunkt", problem: "förväntade ÅÅÅÅ-MM-DD")
                    }
                    totaler.append(.init(ar: delar[0], manad: delar[1], antal: try tal(2), kalla: rad.falt[3]))
                    platser.totaler.append(rad.falt[1] == "\(delar[0])-12-31" ? (url.path, rad.nummer) : nil)
                default:
                    throw ScenarioFel(fil: url.path, rad: 1, nyckel: "", problem: "okänd rubrikrad \(rubrik)")
                }
            }
        }
        guard let ar = tabellar ?? totaler.first?.ar else { return nil }
        // Groups that cover every age, against a total at the end of the same year.
        let aldrar = grupper.map(\.aldrar).sorted { $0.lowerBound < $1.lowerBound }
        let hela = aldrar.first?.lowerBound == 0 && (aldrar.last?.upperBound ?? 0) >= Alder.hogsta
            && zip(aldrar, aldrar.dropFirst()).allSatisfy { $0.upperBound + 1 == $1.lowerBound }
        if hela, let i = totaler.indices.first(where: { totaler[$0].ar == ar && platser.totaler[$0] != nil }),
           let plats = platser.totaler[i] {
            let summa = grupper.reduce(0) { $0 + $1.kvinnor + $1.man }
            guard summa == totaler[i].antal else {
                throw ScenarioFel(fil: plats.fil, rad: plats.rad, nyckel: "kolumn antal", problem:
                    "totalen \(Int(totaler[i].antal)) för \(ar)-12-31 stämmer inte med åldersgrupperna, som summerar till "
                    + "\(Int(summa)) (\(platser.grupper[0]) och följande); rätta den ena")
            }
        }
        return Befolkningsutfall(region: region, ar: ar, grupper: grupper, totaler: totaler)
    }

    /// The year in a name such as `blekinge-2018-12.csv`.
    private static func arIFilnamn(_ namn: String) -> Int? {
        namn.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first(where: Artal.giltigt)
    }
}
