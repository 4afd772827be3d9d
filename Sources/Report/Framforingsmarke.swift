import Uppfoljning

/// A level's prognosis as the tables print it: the amount, marked `*` where the budget stands in for series
/// the version lacks (see `Nivaprognos`); empty without a prognosis.
enum Framforingsmarke {
    static func text(_ belopp: Double?, framforda: Int, _ format: (Double) -> String) -> String {
        belopp.map { format($0) + (framforda > 0 ? "*" : "") } ?? ""
    }

    static func text(_ prognos: Nivaprognos?, _ format: (Double) -> String) -> String {
        text(prognos?.belopp, framforda: prognos?.budgetFramford ?? 0, format)
    }
}
