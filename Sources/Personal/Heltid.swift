/// The full-time lever (heltid som norm, regionplan-2023-2025.txt lines 1314–1316): each age band's employment
/// rate (sysselsättningsgrad) below a target moves toward it, for the staff already employed and for new hires
/// alike, since the model follows the rate by band rather than by person. A band's rate r₀ in the base year is,
/// in year t,
///
///     r(t) = r₀ + (mål − r₀) · min(1, (t − från) / (år − från))   for t > från and r₀ < mål,
///
/// and r₀ otherwise: unchanged up to `fran`, straight to the target by `ar`, the target after; a rate above the
/// target stays where it is (the right to part time is the staff's, not the lever's).
public struct Heltid: Equatable, Sendable {
    /// The target employment rate, share (0,95 for 95 %).
    public var mal: Double
    /// The year the target is reached.
    public var ar: Int
    /// The last year at the data's rates; nil for the base year.
    public var fran: Int?

    /// A lever reaching `mal` in year `ar`, starting after `fran` (the base year when nil).
    public init(mal: Double, ar: Int, fran: Int? = nil) {
        self.mal = mal
        self.ar = ar
        self.fran = fran
    }

    /// The employment rate in `year` of a band whose base-year rate is `grad`.
    func grad(_ grad: Double, _ year: Int, basar: Int) -> Double {
        let start = fran ?? basar
        guard grad < mal, year > start else { return grad }
        return grad + (mal - grad) * min(1, Double(year - start) / Double(ar - start))
    }

    func kontrollera(_ grupp: String, basar: Int) throws(PersonalFel) {
        guard mal > 0, mal <= 1 else { throw .ogiltigaData("heltidsmålet för \(grupp) ska vara en sysselsättningsgrad över 0 och högst 100 %") }
        let start = fran ?? basar
        guard start >= basar, ar > start else {
            throw .ogiltigaData("heltidsspaken för \(grupp): året målet nås (\(ar)) ska ligga efter startåret (\(start)), "
                                + "som ska vara basåret \(basar) eller senare")
        }
    }
}
