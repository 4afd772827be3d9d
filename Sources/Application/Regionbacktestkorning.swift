import Befolkning
import Foundation
import Input

/// The backtest over every region of a data folder and several base years, with the simple projections beside
/// the model's.
public struct Regionbacktestresultat: Sendable {
    /// The data folder.
    public let data: URL
    /// The backtests held together.
    public let backtest: Regionbacktest
    /// Paths per region and base year.
    public let banor: Int
    /// The region whose mortality pattern the others follow, when the data hold it; it is not backtested.
    public let riket: String?
    /// The base years regions were not backtested from because their data do not reach them, in code order;
    /// empty when every region ran every base year.
    public let utelamnade: [Utelamnad]

    /// Base years of one region left out: its data begin too late for them (the model needs
    /// `Befolkningsmodellval.minstaOsakerhetsfonster` years before a base year) or end before an outcome.
    public struct Utelamnad: Equatable, Sendable {
        /// The region as "kod namn".
        public let region: String
        /// The base years left out.
        public let basar: [Int]
        /// The years the region's data hold.
        public let data: ClosedRange<Int>
    }
}

/// The regions of a data folder, read once: every region but the country, and the country whose mortality
/// pattern they follow (when the folder holds only the country, it is the one region and its own pattern). A
/// region in the births or deaths but not in the population is an error, not left out.
struct Regionunderlag {
    let regioner: [Befolkningsdata]
    let riket: Befolkningsdata?
    /// The country as "kod namn", when it is held apart from the regions.
    let riketNamn: String?

    private init(regioner: [Befolkningsdata], riket: Befolkningsdata?, riketNamn: String?) {
        self.regioner = regioner
        self.riket = riket
        self.riketNamn = riketNamn
    }

    /// The same regions with their data cut at `ar` (`Befolkningsdata.till`), so that errors made from them see
    /// no later year; data ending by `ar` are kept whole, a region whose data begin at `ar` or later is left out.
    func till(_ ar: Int) -> Regionunderlag {
        func kapad(_ data: Befolkningsdata) -> Befolkningsdata? {
            data.ar.upperBound <= ar ? data : try? data.till(ar)
        }
        return Regionunderlag(regioner: regioner.compactMap(kapad), riket: riket.map { kapad($0) ?? $0 }, riketNamn: riketNamn)
    }

    init(_ katalog: URL) throws(Korfel) {
        let underlag: Befolkningsunderlag
        do {
            underlag = try Befolkningsunderlag.las(katalog: katalog)
            try underlag.kravSammaRegioner()
        } catch {
            throw .dataEllerAntaganden(error)
        }
        let harRiket = underlag.regioner.contains { $0.kod == Befolkningsunderlag.riket }
        let koder = underlag.regioner.map(\.kod).filter { $0 != Befolkningsunderlag.riket || underlag.regioner.count == 1 }
        func region(_ kod: String) throws(Korfel) -> Befolkningsdata {
            do { return try underlag.data(region: kod) } catch { throw .dataEllerAntaganden(error) }
        }
        riket = harRiket ? try region(Befolkningsunderlag.riket) : nil
        var regioner: [Befolkningsdata] = []
        for kod in koder { regioner.append(try region(kod)) }
        self.regioner = regioner
        riketNamn = harRiket && koder.count < underlag.regioner.count
            ? underlag.regioner.first { $0.kod == Befolkningsunderlag.riket }.map { "\($0.kod) \($0.namn)" } : nil
    }

    /// The errors of every region's deterministic projections from every base year the data allow, up to
    /// `horisont` years ahead (`Prognosfel.fel`).
    func prognosfel(horisont: Int, fonster: Fonster) throws(Korfel) -> [Prognosfel.Fel] {
        var fel: [Prognosfel.Fel] = []
        for data in regioner {
            guard let basar = Prognosfel.basar(data) else { continue }
            do {
                fel += try Prognosfel.fel(data, riket: riket ?? data, basar: Array(basar), horisont: horisont, fonster: fonster)
            } catch {
                throw .backtest("region \(data.region), prognosfelen: \(error.description)")
            }
        }
        return fel
    }
}

extension Befolkningskorning {
    /// The horizons an all-regions backtest over `horisont` years summarises: 1, 5 and 10 years, then every
    /// fifth year up to the horizon.
    static func regionhorisonter(_ horisont: Int) -> [Int] {
        let forsta = Befolkningsmodellval.regionbacktestHorisonter.filter { $0 <= horisont }
        let sista = forsta.last ?? 0
        return forsta + stride(from: sista + 5, through: horisont, by: 5).map { $0 }
    }

    /// The all-regions backtest use case: every region in the scenario's data except the country (whose
    /// mortality pattern the others follow), estimated from the data up to each of `basar`, projected over
    /// the scenario's horizon with its paths and windows, and held against the outcome and the simple
    /// projections; the intervals from past errors rest on the deterministic projections of the other
    /// regions from every base year whose outcome the cut-off had seen, at every horizon up to the backtest's
    /// that it had seen. A region is backtested from the base years its data reach (`Prognosfel.basar`), the
    /// others are listed in `utelamnade`; a base year no region reaches is an error. Case i (regions in code
    /// order, then base years) uses the seed + i. `framsteg` is told how many of the cases are done.
    public static func backtestAllaRegioner(_ s: Befolkningsscenario, basar: [Int], framsteg: ((Int, Int) -> Void)? = nil)
        throws(Korfel) -> Regionbacktestresultat {
        guard !basar.isEmpty else { throw .saknas("ange --basar, ett eller flera basår, t.ex. --basar 1985,1990,1995") }
        try Minne.kontrolleraLasning(s.data)
        try Minne.kontrollera(Befolkningsmodell.minnesbehov(banor: s.simuleringar, horisont: s.horisont),
                              for: "backtesten med \(s.simuleringar) banor × \(s.horisont) år", minska: Self.minska)
        let underlag = try Regionunderlag(s.data)
        let valda = basar.sorted()
        let mojliga = underlag.regioner.map { Prognosfel.basar($0) }
        for ar in valda where !mojliga.contains(where: { $0?.contains(ar) == true }) {
            var intervall: [ClosedRange<Int>] = []
            for m in mojliga.compactMap({ $0 }) where !intervall.contains(m) { intervall.append(m) }
            throw .backtest("basåret \(ar) ligger utanför varje regions data; modellen behöver "
                            + "\(Befolkningsmodellval.minstaOsakerhetsfonster) år före basåret och minst ett efter, så regionerna kan "
                            + (intervall.isEmpty ? "inte prövas från något basår"
                                : "prövas från basåren " + intervall.map { "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: " eller ")))
        }
        var korningar: [(data: Befolkningsdata, backtester: [Befolkningsbacktest])] = []
        var utelamnade: [Regionbacktestresultat.Utelamnad] = []
        for (r, data) in underlag.regioner.enumerated() {
            var backtester: [Befolkningsbacktest] = []
            var utanfor: [Int] = []
            for (j, ar) in valda.enumerated() {
                // The case's place in the full grid, so that a region left out changes no other case's seed.
                let i = r * valda.count + j
                defer { framsteg?(i + 1, underlag.regioner.count * valda.count) }
                guard mojliga[r]?.contains(ar) == true else {
                    utanfor.append(ar)
                    continue
                }
                do {
                    backtester.append(try Befolkningsbacktest(region: data, riket: underlag.riket ?? data, basar: ar, horisont: s.horisont,
                                                              banor: s.simuleringar, seed: s.seed &+ UInt64(i), fonster: s.fonster))
                } catch {
                    throw .backtest("region \(data.region), basår \(ar): \(error.description)")
                }
            }
            if !utanfor.isEmpty { utelamnade.append(.init(region: data.region, basar: utanfor, data: data.ar)) }
            if !backtester.isEmpty { korningar.append((data, backtester)) }
        }
        // The errors up to the backtest's own horizon: a table's intervals at h rest on its rows and on the
        // spread ratios up to h only, so errors at longer horizons would change none of them
        // (RegionbacktestTests.langreFelhorisont).
        let fel = try underlag.prognosfel(horisont: s.horisont, fonster: s.fonster)
        return Regionbacktestresultat(data: s.data, backtest: Regionbacktest(korningar, horisonter: regionhorisonter(s.horisont),
                                                                             prognosfel: fel),
                                      banor: s.simuleringar, riket: underlag.riketNamn, utelamnade: utelamnade)
    }
}
