/// A workforce projection: per year and segment, the need, the own staff and its flows, hired personnel
/// and what it costs. Year index 0 is the base year as the data give it (no flows); FTE are årsarbetare.
public struct Personalprognos: Equatable, Sendable {
    /// One segment's year.
    public struct Ar: Equatable, Sendable {
        /// Care need in working FTE.
        public var behov = 0.0
        /// Own staff at the end of the year, persons, and the same by age band (`Personalprognos.aldersband`).
        public var antal = 0.0, antalPerBand: [Double] = []
        /// Own staff's working FTE (paid FTE less sick leave).
        public var egna = 0.0
        /// Persons who would have to be hired to close the gap to the need.
        public var rekryteringsbehov = 0.0
        /// Hires, retirements and other leavers during the year, persons. Hires include `franUtbildning`.
        public var anstallningar = 0.0, pensionsavgangar = 0.0, ovrigaAvgangar = 0.0
        /// The region's own training (`Utbildning`), persons: completed trainees joining during the year (part of
        /// `anstallningar`, outside the recruitment capacity), and trainees in training posts, outside the stock.
        public var franUtbildning = 0.0, iUtbildning = 0.0
        /// Hired personnel, FTE.
        public var inhyrda = 0.0
        /// Need neither own nor hired staff covers (vacancies), FTE.
        public var ejTackt = 0.0
        /// Costs in kronor: own staff, hired personnel, and the premium of hired over the same FTE of own staff.
        public var egenKostnad = 0.0, inhyrdKostnad = 0.0, merkostnad = 0.0
        /// What the unmet need would cost, priced as the assumptions say (`Personalantaganden.Ejtacktpris`),
        /// kronor: not booked, shown beside the booked cost.
        public var ejTacktKostnad = 0.0

        /// The booked personnel cost, own and hired, kronor.
        public var bokfordKostnad: Double { egenKostnad + inhyrdKostnad }

        /// Own staff's share of the working time, own and hired together, percent.
        public var egenAndelProcent: Double { egna + inhyrda > 0 ? egna / (egna + inhyrda) * 100 : 100 }

        static func + (a: Ar, b: Ar) -> Ar {
            var s = Ar()
            s.behov = a.behov + b.behov; s.antal = a.antal + b.antal; s.egna = a.egna + b.egna
            s.rekryteringsbehov = a.rekryteringsbehov + b.rekryteringsbehov
            s.anstallningar = a.anstallningar + b.anstallningar; s.pensionsavgangar = a.pensionsavgangar + b.pensionsavgangar
            s.ovrigaAvgangar = a.ovrigaAvgangar + b.ovrigaAvgangar; s.inhyrda = a.inhyrda + b.inhyrda
            s.ejTackt = a.ejTackt + b.ejTackt; s.egenKostnad = a.egenKostnad + b.egenKostnad
            s.inhyrdKostnad = a.inhyrdKostnad + b.inhyrdKostnad; s.merkostnad = a.merkostnad + b.merkostnad
            s.ejTacktKostnad = a.ejTacktKostnad + b.ejTacktKostnad
            s.franUtbildning = a.franUtbildning + b.franUtbildning; s.iUtbildning = a.iUtbildning + b.iUtbildning
            s.antalPerBand = a.antalPerBand.isEmpty ? b.antalPerBand : b.antalPerBand.isEmpty ? a.antalPerBand
                : zip(a.antalPerBand, b.antalPerBand).map { $0 + $1 }
            return s
        }
    }

    /// The years, the base year first.
    public let ar: [Int]
    /// The segments, in the order of `rader`'s inner arrays.
    public let segment: [Segment]
    /// The data's age bands, as `Ar.antalPerBand` counts them (e.g. "20-29").
    public let aldersband: [String]
    /// `[år][segment]`.
    public let rader: [[Ar]]
    /// The ceiling for hired personnel's share of total personnel cost.
    public let hyrkostnadstak: Double
    /// How `Ar.ejTacktKostnad` was priced.
    public let ejTacktPris: Personalantaganden.Ejtacktpris

    /// The groups, in order.
    public var grupper: [String] { Array(Set(segment.map(\.grupp))).sorted() }

    /// A group's year: its segments summed.
    public func grupp(_ namn: String, _ t: Int) -> Ar {
        zip(segment, rader[t]).filter { $0.0.grupp == namn }.map(\.1).reduce(Ar(), +)
    }

    /// The care areas, in order.
    public var omraden: [String] { Array(Set(segment.map(\.omrade))).sorted() }

    /// A care area's year: its segments summed.
    public func omrade(_ namn: String, _ t: Int) -> Ar {
        zip(segment, rader[t]).filter { $0.0.omrade == namn }.map(\.1).reduce(Ar(), +)
    }

    /// All segments' year summed.
    public func totalt(_ t: Int) -> Ar { rader[t].reduce(Ar(), +) }

    /// Personnel cost, own and hired, kronor.
    public func personalkostnad(_ t: Int) -> Double { totalt(t).bokfordKostnad }

    /// The booked personnel cost and the cost of unmet need together, kronor: what the year's care costs
    /// when every FTE of need is paid for.
    public func kostnadMedEjTackt(_ t: Int) -> Double { personalkostnad(t) + totalt(t).ejTacktKostnad }

    /// Hired personnel's share of total personnel cost.
    public func hyrandel(_ t: Int) -> Double {
        let k = personalkostnad(t)
        return k > 0 ? totalt(t).inhyrdKostnad / k : 0
    }

    /// Own staff's share of the working time of the groups (the Regionplan follows läkare and sjuksköterskor).
    public func egenAndelProcent(_ grupper: [String], _ t: Int) -> Double {
        grupper.map { grupp($0, t) }.reduce(Ar(), +).egenAndelProcent
    }
}

extension Personalprognos {
    /// The rows a report shows per year: each group's areas and its total (`omrade` = `totalt`), each area's
    /// total (`grupp` = `totalt`) and the total.
    public static func delar(grupper: [String], segment: [Segment]) -> [(grupp: String, omrade: String)] {
        var delar: [(String, String)] = []
        for grupp in grupper {
            for s in segment where s.grupp == grupp { delar.append((grupp, s.omrade)) }
            delar.append((grupp, "totalt"))
        }
        return delar + Array(Set(segment.map(\.omrade))).sorted().map { ("totalt", $0) } + [("totalt", "totalt")]
    }

    /// The year `t` of the segments in `grupp` and `omrade`, `totalt` meaning all.
    public func summa(grupp: String, omrade: String, _ t: Int) -> Ar {
        zip(segment, rader[t]).filter { (grupp == "totalt" || $0.0.grupp == grupp) && (omrade == "totalt" || $0.0.omrade == omrade) }
            .map(\.1).reduce(Ar(), +)
    }
}
