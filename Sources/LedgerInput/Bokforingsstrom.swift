import Foundation
import Input
import Uppfoljning
import Vokabular

/// An export of outcome or budget read line by line (`CSVStrom`), as `Bokforingsfil` describes the file, so
/// that the ledger can import it in bounded memory (`Liggare.importera(_:som:)` with a `Bokforingskalla`).
/// Each line is checked as it is read and refused with its file, line and column; a unit, row and month
/// given twice is found by the ledger and refused here with both lines.
public struct Bokforingsstrom: Bokforingskalla {
    /// One line of a budget export: a month's amount or a whole year's.
    enum Post {
        case manad(Bokforing)
        case ar(Arsbudget)
    }

    private var csv: CSVStrom
    private let fil: String
    private let index: [Int]
    private let namn: [String]
    private let tomtSomNoll: Bool
    /// The number of the line last read.
    private(set) var rad = 0

    /// Opens the export at `url` and finds its columns.
    public init(_ url: URL, kolumner: Exportkolumner = Exportkolumner(), tomtSomNoll: Bool = false) throws(ScenarioFel) {
        fil = url.path
        csv = try CSVStrom(url, slag: "exportfilen", maxStorlek: Textfil.maxExportstorlek)
        index = try kolumner.index(i: csv, fil: fil)
        namn = kolumner.namn
        self.tomtSomNoll = tomtSomNoll
    }

    public mutating func nasta() throws(ScenarioFel) -> (bokforing: Bokforing, rad: Int?)? {
        switch try post(arsbelopp: false) {
        case .manad(let b)?: return (b, rad)
        case .ar?, nil: return nil
        }
    }

    public var andel: Double { csv.andel }

    public func dubblett(_ b: Bokforing, rad: Int?, forra: Int?) -> ScenarioFel {
        ScenarioFel(fil: fil, rad: rad, nyckel: kolumnerna,
                    problem: "enhet \(b.enhet), konto \(b.konto) och period \(b.period) finns redan på rad \(forra.map(String.init) ?? "?"); "
                        + "varje kombination får bara finnas en gång i filen")
    }

    /// The unit, row and period columns as messages name them: "kolumn 1–3 (enhet, konto, period)".
    var kolumnerna: String {
        let nummer = index[1] == index[0] + 1 && index[2] == index[0] + 2
            ? "\(index[0] + 1)–\(index[2] + 1)" : "\(index[0] + 1), \(index[1] + 1), \(index[2] + 1)"
        return "kolumn \(nummer) (\(namn[0]), \(namn[1]), \(namn[2]))"
    }

    /// The next line's amount; with `arsbelopp`, a period that is a year alone (`YYYY`) is a whole year's budget,
    /// otherwise it is refused.
    mutating func post(arsbelopp: Bool) throws(ScenarioFel) -> Post? {
        guard let linje = try csv.nasta() else { return nil }
        rad = linje.nummer
        let r = try Exportrad(linje, i: csv, index: index, namn: namn, fil: fil, delat: "beloppet")
        let serie = try r.serie()
        let helar = Self.helar(r.falt[2])
        guard let period = CSVRader.exportperiod(r.falt[2]) else {
            guard arsbelopp, let helar else {
                throw r.fel(2, CSVRader.periodproblem(r.falt[2]) + (helar != nil ? "; ett helt år (ÅÅÅÅ) går bara i en budgetfil" : ""))
            }
            return .ar(Arsbudget(enhet: serie.enhet, konto: serie.konto, ar: helar, ore: try r.ore(tomtSomNoll: tomtSomNoll)))
        }
        return .manad(Bokforing(enhet: serie.enhet, konto: serie.konto, period: period, ore: try r.ore(tomtSomNoll: tomtSomNoll)))
    }

    /// A whole year written alone, `YYYY`, within `Artal.giltiga`; nil for anything else.
    private static func helar(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let ar = Int(text), Artal.giltigt(ar) else { return nil }
        return ar
    }
}
