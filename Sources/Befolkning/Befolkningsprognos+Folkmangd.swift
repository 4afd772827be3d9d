extension Befolkningsprognos {
    /// The total population on 31 December of `year` (the base year's is the base population); nil for a
    /// year the projection does not cover.
    public func folkmangd(ar year: Int) -> Double? {
        if year == basar { return bas.reduce(0) { $0 + $1.reduce(0, +) } }
        guard let t = ar.firstIndex(of: year) else { return nil }
        return folkmangd[t].reduce(0) { $0 + $1.reduce(0, +) }
    }

    /// The population on 1 November of the year before `year`: the count SKR's model of tax and equalisation
    /// revenue uses for `year`, taken ten twelfths of the way from 31 December two years before to 31
    /// December the year before. Nil when the projection does not cover both.
    public func novemberForeAr(_ year: Int) -> Double? {
        guard let fore = folkmangd(ar: year - 2), let efter = folkmangd(ar: year - 1) else { return nil }
        return Self.november(fore: fore, efter: efter)
    }

    /// The population on 1 November of a year from the populations on 31 December before and after it.
    public static func november(fore: Double, efter: Double) -> Double { fore + (efter - fore) * 10 / 12 }
}
