import Vokabular

/// Why a period report could not be made.
public enum PeriodrapportFel: Error, Equatable, CustomStringConvertible {
    /// The ledger's outcome for the year does not reach the month asked for; `sista` is the last month it
    /// has outcome for that year, if any.
    case utfallSaknas(period: Period, sista: Int?)
    /// The version chosen with `--version` or `--foregaende` is not one of the year's made by then.
    case okandVersion(id: Int64, period: Period, finns: [Int64])

    /// The message in Swedish, saying what to do.
    public var description: String {
        switch self {
        case .utfallSaknas(let period, let sista):
            let finns = sista.flatMap { Period(ar: period.ar, manad: $0) }.map { "liggaren har utfall för \(period.ar) t.o.m. \($0)" }
                ?? "liggaren har inget utfall för \(period.ar)"
            return "ingen rapport för \(period): \(finns); välj \(sista == nil ? "en månad med utfall" : "en tidigare månad") med --period "
                + "eller läs in utfallet först: prognos uppfoljning import --utfall FIL"
        case .okandVersion(let id, let period, let finns):
            let lista = finns.isEmpty ? "det finns inga" : "de som finns är " + finns.map(String.init).joined(separator: ", ")
            return "prognosversion \(id) är inte en av årets versioner gjorda t.o.m. \(period) (\(lista)); "
                + "se prognos uppfoljning versioner --ar \(period.ar)"
        }
    }
}
