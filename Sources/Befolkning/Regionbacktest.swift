import Vokabular

/// Backtests of many regions and base years held together: every projection of every age group at the
/// chosen horizons against its outcome, beside the simple projections (`Enkelprognos`) of the same cases,
/// and summarised per method, group and horizon as the error's median and 90th percentile in absolute
/// value, its mean (bias) and how often the outcome fell inside the 80 % and 95 % intervals: the simulated
/// paths' and those from past projection errors (`Prognosfel`).
///
/// The interval from past errors of region r and base year b rests only on errors of the other regions whose
/// outcome year is at most b, so it uses neither the region judged nor anything after the cut-off.
public struct Regionbacktest: Sendable {
    /// Who made a projection: the model as the product reports it (`Kombinationsprognos`), a simple
    /// projection, or the cohort-component projection alone.
    public enum Metod: Hashable, Sendable {
        case modell
        case enkel(Enkelprognos)
        case kohortkomponent

        /// The model first, then the simple projections and the cohort-component projection alone.
        public static let alla: [Metod] = [.modell] + Enkelprognos.allCases.map { .enkel($0) } + [.kohortkomponent]

        /// The name in reports.
        public var namn: String {
            switch self {
            case .modell: return "Modellen"
            case .enkel(let e): return e.namn
            case .kohortkomponent: return "Kohortkomponentmodellen ensam, utan medlet med konstant tillväxttakt och oförändrad befolkning"
            }
        }

        /// The short name over the report's columns.
        public var kortnamn: String {
            switch self {
            case .modell: return "Modell"
            case .enkel(.oforandrad): return "Oförändrad"
            case .enkel(.konstantTillvaxt): return "Konstant"
            case .kohortkomponent: return "Kohort"
            }
        }

        /// The machine name in CSV files.
        public var nyckel: String {
            switch self {
            case .modell: return "modell"
            case .enkel(.oforandrad): return "oforandrad"
            case .enkel(.konstantTillvaxt): return "konstant_tillvaxt"
            case .kohortkomponent: return "kohortkomponent"
            }
        }
    }

    /// One projection of one age group held against its outcome.
    public struct Fall: Sendable {
        public let region: String, basar: Int, horisont: Int
        public let grupp: Aldersgrupp
        public let metod: Metod
        public let prognos: Double, utfall: Double
        /// The stochastic quantiles; nil for the simple projections, which have none.
        public let kvantiler: Kvantiler?
        /// The quantiles from past projection errors; nil for the simple projections and where the error
        /// table has nothing for the group.
        public let empiriska: Kvantiler?

        /// The error in per cent of the outcome.
        public var felProcent: Double { (prognos - utfall) / utfall * 100 }
        /// Whether the outcome lies inside the 80 % (p10–p90) and the 95 % (p2,5–p97,5) interval.
        public var inom80: Bool? { kvantiler?.inom80(utfall) }
        public var inom95: Bool? { kvantiler?.inom95(utfall) }
        /// The same for the intervals from past errors.
        public var inom80Empirisk: Bool? { empiriska?.inom80(utfall) }
        public var inom95Empirisk: Bool? { empiriska?.inom95(utfall) }
    }

    /// The cases of one method, group and horizon summarised; errors in per cent of the outcome, coverage as
    /// the share of cases in per cent (nil without intervals).
    public struct Sammanfattning: Sendable {
        public let metod: Metod, grupp: Aldersgrupp, horisont: Int, antal: Int
        public let medianAbsFel: Double, p90AbsFel: Double, bias: Double
        public let inom80: Double?, inom95: Double?
        /// The coverage of the intervals from past errors, nil unless every case has one.
        public let inom80Empirisk: Double?, inom95Empirisk: Double?
    }

    /// The regions, base years and horizons, as run.
    public let regioner: [String], basar: [Int], horisonter: [Int]
    /// Every case, by region, base year, horizon, group and method.
    public let fall: [Fall]

    /// Holds each region's backtests (`data` the region's full data, for the outcomes and the simple
    /// projections) at `horisonter`; a horizon past the data's end has no case. `prognosfel` are the past
    /// errors the intervals from past errors are drawn from (`Prognosfel.fel` of every region and base year).
    public init(_ korningar: [(data: Befolkningsdata, backtester: [Befolkningsbacktest])], horisonter: [Int],
                prognosfel: [Prognosfel.Fel] = []) {
        regioner = korningar.map(\.data.region)
        basar = Array(Set(korningar.flatMap { $0.backtester.map(\.basar) })).sorted()
        self.horisonter = horisonter
        fall = korningar.flatMap { data, backtester in
            backtester.flatMap { b in
                let tabell = Prognosfel(Self.felFore(prognosfel, basar: b.basar, utom: data.region))
                    .med(Slumpvariation(data, basar: b.basar, horisont: horisonter.max() ?? 1))
                return horisonter.compactMap { h in b.rader.first { $0.ar == b.basar + h } }.flatMap { rad in
                    let h = rad.ar - b.basar
                    return Aldersgrupp.backtestgrupper.flatMap { g -> [Fall] in
                        let modell = rad.grupper[g.rawValue]
                        let enkla = Enkelprognos.allCases.compactMap { e in
                            e.prognos(data, g, basar: b.basar, horisont: h).map {
                                Fall(region: data.region, basar: b.basar, horisont: h, grupp: g, metod: .enkel(e), prognos: $0,
                                     utfall: modell.utfall, kvantiler: nil, empiriska: nil)
                            }
                        }
                        let kohort = Fall(region: data.region, basar: b.basar, horisont: h, grupp: g, metod: .kohortkomponent,
                                          prognos: rad.kohortkomponent[g.rawValue], utfall: modell.utfall, kvantiler: nil, empiriska: nil)
                        return [Fall(region: data.region, basar: b.basar, horisont: h, grupp: g, metod: .modell,
                                     prognos: modell.prognos, utfall: modell.utfall, kvantiler: modell.kvantiler,
                                     empiriska: tabell.kvantiler(g, horisont: h, prognos: modell.prognos))] + enkla + [kohort]
                    }
                }
            }
        }
    }

    /// The errors an interval for a projection of `region` from `basar` may rest on: the other regions'
    /// whose outcome year is at most the base year.
    static func felFore(_ fel: [Prognosfel.Fel], basar: Int, utom region: String) -> [Prognosfel.Fel] {
        fel.filter { $0.region != region && $0.basar + $0.horisont <= basar }
    }

    /// The summary of every method, group and horizon that has cases: methods in `Metod.alla` order, then
    /// groups, then horizons.
    public var sammanfattning: [Sammanfattning] {
        Metod.alla.flatMap { metod in
            Aldersgrupp.backtestgrupper.flatMap { grupp in
                horisonter.compactMap { h in
                    let valda = fall.filter { $0.metod == metod && $0.grupp == grupp && $0.horisont == h }
                    guard !valda.isEmpty else { return nil }
                    let absolut = Kvantiler(av: valda.map { abs($0.felProcent) })
                    let andel = { (inom: [Bool]) in inom.count == valda.count ? Double(inom.filter { $0 }.count) / Double(inom.count) * 100 : nil }
                    return Sammanfattning(metod: metod, grupp: grupp, horisont: h, antal: valda.count, medianAbsFel: absolut.p50,
                                          p90AbsFel: absolut.p90, bias: valda.reduce(0) { $0 + $1.felProcent } / Double(valda.count),
                                          inom80: andel(valda.compactMap(\.inom80)), inom95: andel(valda.compactMap(\.inom95)),
                                          inom80Empirisk: andel(valda.compactMap(\.inom80Empirisk)),
                                          inom95Empirisk: andel(valda.compactMap(\.inom95Empirisk)))
                }
            }
        }
    }
}
