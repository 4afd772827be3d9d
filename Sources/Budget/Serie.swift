/// Checks on per-year series (arrays aligned with a plan period's years).
enum Serie {
    /// Throws unless `values` has one finite number per plan year, each within `intervall`.
    static func kontrollera(_ values: [Double], namn: String, period: Planperiod,
                            intervall: ClosedRange<Double> = Granser.mnkr) throws(BudgetFel) {
        guard values.count == period.antalAr else {
            throw .felAntalAr(serie: namn, forvantat: period.antalAr, faktiskt: values.count)
        }
        for (i, value) in values.enumerated() {
            guard value.isFinite else { throw .ogiltigtVarde(serie: namn, ar: period.ar[i]) }
            guard intervall.contains(value) else {
                throw .utanforIntervall(serie: namn, ar: period.ar[i], varde: value, intervall: intervall)
            }
        }
    }
}
