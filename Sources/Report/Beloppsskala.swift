import Budget
import Vokabular

/// The unit a table of kronor is printed in, chosen per table by its largest amount: mnkr with one decimal
/// from 100 mnkr up, otherwise tkr without decimals, so a förvaltning's hundreds of millions and a small
/// unit's tens of thousands are both readable.
enum Beloppsskala {
    case mnkr, tkr

    /// The scale for a table holding `belopp` (kronor).
    init(_ belopp: [Double]) {
        self = (belopp.map(abs).max() ?? 0) >= 100_000_000 ? .mnkr : .tkr
    }

    /// "mnkr", "tkr".
    var namn: String { self == .mnkr ? "mnkr" : "tkr" }

    /// `kronor` in this unit, Swedish style: "-1,4" mnkr, "-6" tkr.
    func text(_ kronor: Double) -> String {
        self == .mnkr ? Belopp.text(kronor / 1_000_000, decimaler: 1) : Belopp.text(kronor / 1_000, decimaler: 0)
    }
}
