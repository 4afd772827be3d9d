import Budget
import Vokabular

/// The line under the statements when the cash at a year end is negative: the model borrows nothing, so a
/// negative balance is a need to borrow, which a reader of the cash flow statement should not have to find.
enum Likviditetstext {
    /// "Likvida medel är negativa vid slutet av 2027–2030 …", or nil when they never are.
    static func text(_ f: Finansieringsbudget, ar: [Int]) -> String? {
        let negativa = zip(ar, f.likvidaMedelUB).filter { $0.1 < 0 }
        guard let lagst = negativa.min(by: { $0.1 < $1.1 }), let forsta = negativa.first, let sista = negativa.last else { return nil }
        let ar = forsta.0 == sista.0 ? "\(forsta.0)" : negativa.count == sista.0 - forsta.0 + 1
            ? "\(forsta.0)–\(sista.0)" : negativa.map { String($0.0) }.joined(separator: ", ")
        return "Likvida medel är negativa vid slutet av \(ar) (lägst \(Belopp.text(lagst.1)) mnkr \(lagst.0)): modellen tar "
            + "inga lån, så det är ett lånebehov av den storleken, eller placeringar som måste säljas."
    }
}
