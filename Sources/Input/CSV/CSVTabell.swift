import Budget
import Foundation
import Vokabular

/// Reads a published table from a data set in `notebooks-data/`: the first column is the row key, then
/// optionally `varav_av`, one column per year, optionally `summa`, and `kalla` ("file:line" in the source
/// document). Every problem names the file, the line and the column; duplicated rows and year columns are
/// refused, never resolved silently.
enum CSVTabell {
    /// Reads `url` as the published table `namn`, printed with `decimaler` decimals; every amount must lie
    /// within `intervall` (the table's unit: mnkr, tkr or percent).
    static func las(_ url: URL, namn: String, decimaler: Int, intervall: ClosedRange<Double>) throws(ScenarioFel)
        -> PubliceradTabell {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "datafilen", maxStorlek: Textfil.maxDatastorlek), fil: fil)
        let kolumner = try Kolumner(csv.rubrik, fil: fil)
        var rader: [PubliceradRad] = []
        var forekomst: [String: Int] = [:]
        for rad in csv.rader {
            try csv.kravFaltantal(rad, fil: fil, delat: "talet")
            let nyckel = rad.falt[0]
            guard !nyckel.isEmpty else {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(csv.rubrik[0])", problem: "nyckeln är tom")
            }
            if let forra = forekomst[nyckel] {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(csv.rubrik[0])",
                                  problem: "raden \"\(nyckel)\" finns redan på rad \(forra); varje rad får bara finnas en gång")
            }
            forekomst[nyckel] = rad.nummer
            var belopp: [Int: Double] = [:]
            for (index, year) in kolumner.ar {
                belopp[year] = try csv.tal(rad.falt[index], intervall: intervall,
                                           fel: { ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(year)", problem: $0) })
            }
            let del = kolumner.varavAv.flatMap { rad.falt[$0].isEmpty ? nil : rad.falt[$0] }
            rader.append(PubliceradRad(nyckel: nyckel, del: del, belopp: belopp, kalla: rad.falt[kolumner.kalla]))
        }
        return PubliceradTabell(namn: namn, decimaler: decimaler, rader: rader)
    }
}

/// The columns of a data table's header: which hold years, and where `varav_av` and `kalla` are.
private struct Kolumner {
    let ar: [(index: Int, year: Int)]
    let varavAv: Int?
    let kalla: Int

    init(_ rubrik: [String], fil: String) throws(ScenarioFel) {
        func fel(_ problem: String) -> ScenarioFel { ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: problem) }
        guard rubrik.count >= 3, !rubrik[0].isEmpty else {
            throw fel("förväntade en rubrikrad med nyckelkolumn, årskolumner och kalla, t.ex. rad,2023,2024,kalla")
        }
        var sedda: [String: Int] = [:]
        var ar: [(Int, Int)] = []
        for (index, namn) in rubrik.enumerated() {
            if let forra = sedda[namn] {
                throw fel("kolumnen \"\(namn)\" finns två gånger (kolumn \(forra + 1) och \(index + 1))")
            }
            sedda[namn] = index
            guard index > 0 else { continue }
            if let year = Int(namn) {
                guard Artal.giltiga.contains(year) else {
                    throw fel("årskolumnen \(namn) ligger utanför \(Artal.giltiga.lowerBound)–\(Artal.giltiga.upperBound)")
                }
                ar.append((index, year))
            } else if !["varav_av", "summa", "kalla"].contains(namn) {
                throw fel("okänd kolumn \"\(namn)\"; förväntade årtal, varav_av, summa eller kalla")
            }
        }
        guard !ar.isEmpty, let kalla = sedda["kalla"] else {
            throw fel("rubrikraden ska ha årskolumner (t.ex. 2023) och kolumnen kalla")
        }
        self.ar = ar
        self.varavAv = sedda["varav_av"]
        self.kalla = kalla
    }
}
