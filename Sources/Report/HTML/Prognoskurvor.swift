import Uppfoljning

/// The year's full-year prognoses month by month against the full-year budget and, once the year is over,
/// the outcome: one line per origin (method or by hand), a point at each month a version was made after, so
/// that the prognoses can be seen converging on the outcome. Amounts in mnkr as booked.
enum Prognoskurvor {
    /// The chart for one line of a report: `prognoser` is each version's prognosis in the order of `versioner`.
    static func diagram(titel: String, versioner: [Versionsnamn], prognoser: [Double?], budget: Double?, utfall: Double?) -> Linjediagram {
        let manader = Array(1...12)
        let mnkr = { (x: Double?) in x.map { $0 / 1e6 } ?? .nan }
        var serier = [Linjediagram.Serie(namn: "Budget", varden: manader.map { _ in mnkr(budget) })]
        for upphov in Set(versioner.map(\.upphovText)).sorted() {
            serier.append(.init(namn: "Prognos \(upphov)", varden: manader.map { m in
                versioner.indices.last { versioner[$0].upphovText == upphov && versioner[$0].gjordEfter == m }.map { mnkr(prognoser[$0]) } ?? .nan
            }))
        }
        if let utfall { serier.append(.init(namn: "Utfall helår", varden: manader.map { _ in mnkr(utfall) })) }
        return Linjediagram(titel: titel, enhet: "mnkr", ar: manader, serier: serier, band: [], decimaler: 1, xTitel: "Prognos gjord efter månad")
    }
}
