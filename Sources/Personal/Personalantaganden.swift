/// What a planner changes in a workforce projection. Rates are shares (0,076 for 7,6 %), money in kronor.
public struct Personalantaganden: Equatable, Sendable {
    /// How need that neither own nor hired staff covers is priced, so that a cut in recruitment shows as the
    /// cost (or risk) it moves rather than as a saving. The price is shown beside the booked cost, never in it.
    public enum Ejtacktpris: String, Equatable, Sendable, CaseIterable {
        /// What hiring the uncovered FTE would cost: hours × the group's hourly price (the default).
        case inhyrd
        /// What employing the uncovered FTE would cost: the segment's own staff cost per working FTE.
        case egen
    }

    /// The assumptions for one personnel group.
    public struct Grupp: Equatable, Sendable {
        /// External turnover (externa avgångar exklusive pension) per year, share of staff.
        public var personalomsattning: Double
        /// At most this many hires a year for the group (e.g. what education produces), persons.
        public var rekryteringskapacitet: Double
        /// How hires spread over the age bands (shares summing to 1).
        public var anstallningsprofil: [Double]
        /// Hired personnel's price per hour in the base year, kronor.
        public var timpris: Double
        /// At most this share of the need may be covered by hired personnel (policy limit).
        public var hyrtak: Double
        /// The base year's gap: need neither own nor hired staff covered in the base year (vacant posts), working FTE.
        public var vakanser: Double
        /// The full-time lever; nil keeps the data's employment rates.
        public var heltid: Heltid?
        /// The region's own training into the group; nil for none.
        public var utbildning: Utbildning?

        public init(personalomsattning: Double, rekryteringskapacitet: Double, anstallningsprofil: [Double], timpris: Double,
                    hyrtak: Double, vakanser: Double = 0, heltid: Heltid? = nil, utbildning: Utbildning? = nil) {
            self.personalomsattning = personalomsattning
            self.rekryteringskapacitet = rekryteringskapacitet
            self.anstallningsprofil = anstallningsprofil
            self.timpris = timpris
            self.hyrtak = hyrtak
            self.vakanser = vakanser
            self.heltid = heltid
            self.utbildning = utbildning
        }
    }

    /// Years to project after the base year.
    public var horisont: Int
    /// Per group.
    public var grupper: [String: Grupp]
    /// Retirement and turnover by age.
    public var avgangar: Avgangsmonster
    /// Sick leave, share of paid time (sjukfrånvaro), in the years before the first of `sjukfranvaroFran`.
    public var sjukfranvaro: Double
    /// Sick leave from a year on, until the next year named: a level holds until it is changed.
    public var sjukfranvaroFran: [Int: Double] = [:]
    /// Personnel overheads on salary (personalomkostnadspålägg, PO).
    public var poPalagg: Double
    /// Working hours a year of one hired FTE.
    public var timmarPerArsarbetare: Double
    /// Change of productivity per year (0,01: the same care needs 1 % fewer FTE each year).
    public var produktivitet: Double
    /// Indexation of salaries and hired prices, percent by year; years not named use `standardindexering`.
    public var indexering: [Int: Double]
    /// The indexation of years not in `indexering`, percent.
    public var standardindexering: Double
    /// The ceiling for hired personnel's share of total personnel cost (e.g. 0,02).
    public var hyrkostnadstak: Double
    /// How unmet need is priced.
    public var ejTacktPris: Ejtacktpris

    public init(horisont: Int, grupper: [String: Grupp], avgangar: Avgangsmonster, sjukfranvaro: Double, poPalagg: Double,
                timmarPerArsarbetare: Double, produktivitet: Double, indexering: [Int: Double], standardindexering: Double,
                hyrkostnadstak: Double, ejTacktPris: Ejtacktpris = Personalmodellval.ejTacktPris) {
        self.horisont = horisont
        self.grupper = grupper
        self.avgangar = avgangar
        self.sjukfranvaro = sjukfranvaro
        self.poPalagg = poPalagg
        self.timmarPerArsarbetare = timmarPerArsarbetare
        self.produktivitet = produktivitet
        self.indexering = indexering
        self.standardindexering = standardindexering
        self.hyrkostnadstak = hyrkostnadstak
        self.ejTacktPris = ejTacktPris
    }

    /// Sick leave in `year`: the level of the latest year in `sjukfranvaroFran` not after it, else `sjukfranvaro`.
    public func sjukfranvaro(ar year: Int) -> Double {
        sjukfranvaroFran.filter { $0.key <= year }.max { $0.key < $1.key }?.value ?? sjukfranvaro
    }

    /// The price factor of `year` relative to `basar`: Π (1 + indexation/100) over the years after the base.
    func prisfaktor(_ year: Int, basar: Int) -> Double {
        guard year > basar else { return 1 }
        return ((basar + 1)...year).reduce(1) { $0 * (1 + (indexering[$1] ?? standardindexering) / 100) }
    }

    func kontrollera(grupper namn: [String], band: Int) throws(PersonalFel) {
        guard (1...50).contains(horisont) else { throw .ogiltigaData("horisonten ska vara 1–50 år") }
        for g in namn {
            guard let a = grupper[g] else { throw .ogiltigaData("antaganden saknas för yrkesgruppen \(g)") }
            guard (0...1).contains(a.personalomsattning) else { throw .ogiltigaData("personalomsättningen för \(g) ska ligga mellan 0 och 1") }
            guard a.rekryteringskapacitet >= 0, a.rekryteringskapacitet.isFinite else {
                throw .ogiltigaData("rekryteringskapaciteten för \(g) ska vara ett icke-negativt antal")
            }
            guard a.anstallningsprofil.count == band, a.anstallningsprofil.allSatisfy({ $0 >= 0 }),
                  abs(a.anstallningsprofil.reduce(0, +) - 1) < 1e-6 else {
                throw .ogiltigaData("anställningsprofilen för \(g) ska ha en andel per åldersband som summerar till 1")
            }
            guard a.timpris >= 0, a.timpris.isFinite, (0...1).contains(a.hyrtak) else {
                throw .ogiltigaData("timpris och hyrtak för \(g) ska vara icke-negativa (hyrtaket högst 1)")
            }
            guard a.vakanser >= 0, a.vakanser.isFinite else { throw .ogiltigaData("vakanserna för \(g) ska vara ett icke-negativt antal årsarbetare") }
            try a.utbildning?.kontrollera(g)
        }
        for g in grupper.keys where !namn.contains(g) {
            throw .ogiltigaData("okänd yrkesgrupp \(g); grupperna är \(namn.joined(separator: ", "))")
        }
        try avgangar.kontrollera()
        guard (0..<1).contains(sjukfranvaro), sjukfranvaroFran.values.allSatisfy({ (0..<1).contains($0) }), (0...2).contains(poPalagg), timmarPerArsarbetare > 0, timmarPerArsarbetare <= 3000,
              (-0.5...0.5).contains(produktivitet), (-50...50).contains(standardindexering),
              indexering.values.allSatisfy({ (-50...50).contains($0) }), (0...1).contains(hyrkostnadstak) else {
            throw .ogiltigaData("sjukfrånvaro, PO-pålägg, timmar, produktivitet, uppräkning eller kostnadstak ligger utanför rimliga värden")
        }
    }
}
