import Foundation
import Input
import Uppfoljning
import Vokabular

/// A budget export as a source for the ledger, read line by line so that memory does not grow with the export:
/// its monthly amounts as they stand in the file, then the months of its whole-year amounts as spread by a
/// `Periodisering` (which `Bokforingsfil.lasArsbudget` found in a first reading of the same file). Its
/// whole-year lines are skipped here; `andel` counts the second reading as the second half of the work.
public struct Budgetstrom: Bokforingskalla {
    private var strom: Bokforingsstrom
    private let spridda: [Bokforing]
    private var index = 0
    private var filenLast = false

    /// Opens the budget export at `url`, to be followed by the spread months `spridda`.
    public init(_ url: URL, kolumner: Exportkolumner = Exportkolumner(), tomtSomNoll: Bool = false,
                spridda: [Bokforing]) throws(ScenarioFel) {
        strom = try Bokforingsstrom(url, kolumner: kolumner, tomtSomNoll: tomtSomNoll)
        self.spridda = spridda
    }

    public mutating func nasta() throws(ScenarioFel) -> (bokforing: Bokforing, rad: Int?)? {
        while !filenLast {
            switch try strom.post(arsbelopp: true) {
            case .manad(let b)?: return (b, strom.rad)
            case .ar?: continue
            case nil: filenLast = true
            }
        }
        guard index < spridda.count else { return nil }
        defer { index += 1 }
        return (spridda[index], nil)
    }

    public var andel: Double { 0.5 + 0.5 * strom.andel }

    public func dubblett(_ b: Bokforing, rad: Int?, forra: Int?) -> ScenarioFel { strom.dubblett(b, rad: rad, forra: forra) }
}
