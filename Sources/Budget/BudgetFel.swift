import LinearAlgebra
import Vokabular

/// Errors raised by the budget model, worded for a finance officer.
public enum BudgetFel: Error, Equatable, CustomStringConvertible {
    /// The plan period is not a run of consecutive years following the base year.
    case ogiltigPlanperiod(String)
    /// A per-year series has the wrong number of years.
    case felAntalAr(serie: String, forvantat: Int, faktiskt: Int)
    /// A number is not finite (NaN or infinite).
    case ogiltigtVarde(serie: String, ar: Int)
    /// A value outside the domain `Granser` states for it.
    case utanforIntervall(serie: String, ar: Int, varde: Double, intervall: ClosedRange<Double>)
    /// The opening balance does not balance: assets minus equity and liabilities (mnkr).
    case obalanseradIngaendeBalans(ar: Int, differens: Double)
    /// A frame change names a nämnd that has no budget frame.
    case okandNamnd(String, kanda: [String])
    /// The personnel cost share must lie within 0–100 %.
    case orimligAndel(Double)
    /// The numeric core refused a computation (should not happen for valid budgets).
    case berakningsfel(LinearAlgebraError)

    public var description: String {
        switch self {
        case .ogiltigPlanperiod(let why):
            return "Ogiltig planperiod: \(why)."
        case .felAntalAr(let serie, let forvantat, let faktiskt):
            return "\(serie): \(faktiskt) år angivna, planperioden har \(forvantat)."
        case .ogiltigtVarde(let serie, let ar):
            return "\(serie) \(ar): värdet är inte ett ändligt tal."
        case .utanforIntervall(let serie, let ar, let varde, let intervall):
            return "\(serie) \(ar): \(Belopp.text(varde, decimaler: 3)) ligger utanför det tillåtna, "
                + "\(Granser.beskrivning(intervall))."
        case .obalanseradIngaendeBalans(let ar, let differens):
            return "Ingående balans \(ar) balanserar inte: tillgångar minus eget kapital och skulder är "
                + "\(Belopp.mnkr(differens)); för differensen som en avstämningspost."
        case .okandNamnd(let namn, let kanda):
            return "Okänd nämnd \"\(namn)\". Nämnder med budgetram: \(kanda.joined(separator: ", "))."
        case .orimligAndel(let andel):
            return "Personalkostnadsandelen \(andel) % måste ligga mellan 0 och 100 %."
        case .berakningsfel(let fel):
            return "Beräkningsfel i den numeriska kärnan: \(fel)"
        }
    }
}
