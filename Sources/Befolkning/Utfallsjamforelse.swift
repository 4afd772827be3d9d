import Vokabular

/// Observed population after a projection's base year, as the region's own documents print it: by age
/// group and sex at the end of one year, and totals at given dates.
public struct Befolkningsutfall: Equatable, Sendable {
    /// One printed age group: its ages (an upper age above 100 counts as 100+), women and men, and the
    /// source line.
    public struct Grupp: Equatable, Sendable {
        public let aldrar: ClosedRange<Int>
        public let kvinnor: Double, man: Double
        public let kalla: String
        public init(aldrar: ClosedRange<Int>, kvinnor: Double, man: Double, kalla: String) {
            self.aldrar = aldrar
            self.kvinnor = kvinnor
            self.man = man
            self.kalla = kalla
        }
    }

    /// A total at a date: year and month (12 for 31 December, 6 for 30 June).
    public struct Total: Equatable, Sendable {
        public let ar: Int, manad: Int
        public let antal: Double
        public let kalla: String
        public init(ar: Int, manad: Int, antal: Double, kalla: String) {
            self.ar = ar
            self.manad = manad
            self.antal = antal
            self.kalla = kalla
        }
    }

    /// The region code the figures are for.
    public let region: String
    /// The year of the age table (31 December).
    public let ar: Int
    /// The age table.
    public let grupper: [Grupp]
    /// Totals at dates.
    public let totaler: [Total]

    /// Groups the figures.
    public init(region: String, ar: Int, grupper: [Grupp], totaler: [Total]) {
        self.region = region
        self.ar = ar
        self.grupper = grupper
        self.totaler = totaler
    }
}

/// A projection held against observed figures: each age group and sex at the end of the table's year,
/// and each total, with the projection's error in per cent of the outcome and, for totals, whether the
/// outcome lies inside the 80 % and 95 % intervals.
public struct Utfallsjamforelse: Equatable, Sendable {
    /// One age group of one sex.
    public struct Gruppsrad: Equatable, Sendable {
        public let aldrar: ClosedRange<Int>
        public let kon: Kon
        public let prognos: Double, utfall: Double
        public var felProcent: Double { (prognos - utfall) / utfall * 100 }
    }

    /// One total at a date. For a date within a year (June) the projection is the mean of the surrounding
    /// year-ends, and so are the quantiles (an approximation of the mid-year quantiles).
    public struct Totalrad: Equatable, Sendable {
        public let ar: Int, manad: Int
        public let prognos: Double, utfall: Double
        public let kvantiler: Kvantiler
        public let kalla: String
        public var felProcent: Double { (prognos - utfall) / utfall * 100 }
        public var inom80: Bool { kvantiler.inom80(utfall) }
        public var inom95: Bool { kvantiler.inom95(utfall) }
    }

    /// The age table's year.
    public let ar: Int
    public let grupper: [Gruppsrad]
    public let totaler: [Totalrad]

    /// Compares; figures for years outside the projection are left out (nil when nothing is left).
    public init?(prognos: Befolkningsprognos, intervall: Befolkningsintervall, utfall: Befolkningsutfall) {
        func index(_ year: Int) -> Int? { prognos.ar.firstIndex(of: year) }
        ar = utfall.ar
        if let t = index(utfall.ar) {
            grupper = utfall.grupper.flatMap { g in
                let aldrar = g.aldrar.lowerBound...min(g.aldrar.upperBound, Alder.hogsta)
                return [Gruppsrad(aldrar: g.aldrar, kon: .kvinnor, prognos: prognos.summa(.kvinnor, aldrar, t), utfall: g.kvinnor),
                        Gruppsrad(aldrar: g.aldrar, kon: .man, prognos: prognos.summa(.man, aldrar, t), utfall: g.man)]
            }
        } else {
            grupper = []
        }
        totaler = utfall.totaler.compactMap { total in
            guard let slut = index(total.ar) else { return nil }
            let vikt = Double(total.manad) / 12
            let sluttal = prognos.summa(.total, slut), k1 = intervall.kvantiler(.total, slut).varden
            let foretal: Double, k0: [Double]
            if let fore = index(total.ar - 1) {
                foretal = prognos.summa(.total, fore)
                k0 = intervall.kvantiler(.total, fore).varden
            } else if total.ar - 1 == prognos.basar {
                foretal = prognos.bas.flatMap { $0 }.reduce(0, +)
                k0 = k1.map { _ in foretal }
            } else {
                return nil
            }
            return Totalrad(ar: total.ar, manad: total.manad, prognos: foretal + (sluttal - foretal) * vikt, utfall: total.antal,
                            kvantiler: Kvantiler(varden: zip(k0, k1).map { $0 + ($1 - $0) * vikt }), kalla: total.kalla)
        }
        if grupper.isEmpty && totaler.isEmpty { return nil }
    }
}
