/// Checks on per-year series (arrays aligned with a plan period's years).
enum Serie {
    /// Throws unless `values` has one finite number per plan year.
    static func kontrollera(_ values: [Double], namn: String, period: Planperiod) throws(BudgetError) {
        guard values.count == period.antalAr else {
            throw .felAntalAr(serie: namn, forvantat: period.antalAr, faktiskt: values.count)
        }
        for (i, value) in values.enumerated() where !value.isFinite {
            throw .ogiltigtVarde(serie: namn, ar: period.ar[i])
        }
    }
}
