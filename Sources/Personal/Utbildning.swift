/// A supply pipeline: the region's own training of a group (AT/ST doctors, specialist nurses). Each year from the
/// base year on a cohort of `platser` trainees starts in training posts outside the group's stock; a cohort that
/// starts in year y joins the group in year y + `ar`, `fullfoljer` of it, with the group's hiring age profile.
/// So nothing arrives before the base year + `ar`, and from then on platser · fullfoljer a year. The arrivals are
/// hires (they count in `Personalprognos.Ar.anstallningar` and the stock-flow identity) but not against the
/// group's recruitment capacity, which limits recruitment from outside; the recruitment need is what is left
/// after them. Trainees' work during training is not counted as own working FTE; each post costs `kostnad` a
/// year, booked as own personnel cost in the years after the base year (the base year is the data's).
public struct Utbildning: Equatable, Sendable {
    /// Trainees starting each year, persons.
    public var platser: Double
    /// Years of training, at least 1.
    public var ar: Int
    /// The share of a cohort that completes and joins the group.
    public var fullfoljer: Double
    /// One training post's cost a year at the base year's prices, kronor (indexed as salaries are).
    public var kostnad: Double

    /// A pipeline of `platser` posts a year, `ar` years long, of which `fullfoljer` complete, at `kostnad` a post and year.
    public init(platser: Double, ar: Int, fullfoljer: Double, kostnad: Double = 0) {
        self.platser = platser
        self.ar = ar
        self.fullfoljer = fullfoljer
        self.kostnad = kostnad
    }

    /// The completed trainees joining the group in `year`, persons: the cohort that started `ar` years before,
    /// if it started in the base year or later.
    func fardiga(_ year: Int, basar: Int) -> Double { year - ar >= basar ? platser * fullfoljer : 0 }

    /// Trainees in training posts during `year`, persons: the cohorts started in max(basar, year − ar + 1)…year.
    func iUtbildning(_ year: Int, basar: Int) -> Double { platser * Double(max(0, min(ar, year - basar + 1))) }

    func kontrollera(_ grupp: String) throws(PersonalFel) {
        guard platser >= 0, platser.isFinite, (1...20).contains(ar), (0...1).contains(fullfoljer), kostnad >= 0, kostnad.isFinite else {
            throw .ogiltigaData("utbildningen för \(grupp): platser och kostnad ska vara icke-negativa, åren 1–20 och andelen som "
                                + "fullföljer 0–100 %")
        }
    }
}
