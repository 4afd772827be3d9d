import LinearAlgebra

/// Weighted sums of every path's population per year: for weights w (one per sex and age, women 0…100+
/// then men), Σ pop(a, s)·w(a, s) of each path after each year. What another model reads from a stochastic
/// projection — care need by area, the total, 80+ — without keeping every path's every age.
///
/// The sums are taken while a path's column is still in cache, path by path as the engine runs: K dot
/// products of 202 values per path and year, far less work than the projection itself; a matrix product
/// over all paths would need every column kept.
public struct Viktadebanor: Sendable {
    /// The base year, whose sums are `bas`.
    public let basar: Int
    /// The projected years, basar + 1 …
    public let ar: [Int]
    /// The number of paths.
    public let banor: Int
    /// The base population's sum for each weight.
    public let bas: [Double]
    /// `[år][vikt][bana]`.
    private let varden: [Double]

    /// The number of weights.
    public var antalVikter: Int { bas.count }

    /// The sum of weight `vikt` for path `bana` at the end of year index `steg` (0 is the first projected year).
    public func varde(_ vikt: Int, steg: Int, bana: Int) -> Double { varden[(steg * antalVikter + vikt) * banor + bana] }

    fileprivate init(basar: Int, ar: [Int], banor: Int, bas: [Double], varden: [Double]) {
        self.basar = basar
        self.ar = ar
        self.banor = banor
        self.bas = bas
        self.varden = varden
    }
}

extension Befolkningsmodell {
    /// The paths of `simulera` with the same `seed` (the same random draws), summed with each of `vikter`
    /// (each `2 · Alder.antal` values, women 0…100+ then men) after every year.
    public func simulera(_ antaganden: Befolkningsantaganden, banor: Int, seed: UInt64, vikter: [[Double]])
        throws(BefolkningsFel) -> Viktadebanor {
        let n = 2 * Alder.antal, k = vikter.count
        guard vikter.allSatisfy({ $0.count == n && $0.allSatisfy(\.isFinite) }) else {
            throw .ogiltigtAntagande("varje vikt ska ha \(n) ändliga värden, kvinnor 0–100+ och sedan män")
        }
        let horisont = antaganden.horisont
        let platt = vikter.flatMap { $0 }
        let varden = UnsafeMutableBufferPointer<Double>.allocate(capacity: horisont * k * banor)
        defer { varden.deallocate() }
        let ut = Viktbuffert(bas: varden.baseAddress!)
        _ = try Banmotor(modell: self, antaganden: antaganden).kor(
            banor: banor, slump: SplitMix64(seed: seed),
            efterBanar: { bana, steg, kolumn in
                for v in 0..<k {
                    var summa = 0.0
                    for i in 0..<n { summa += kolumn[i] * platt[v * n + i] }
                    ut.bas[(steg * k + v) * banor + bana] = summa
                }
            })
        let basen = bas.flatMap { $0 }
        return Viktadebanor(basar: basar, ar: Array((basar + 1)..<(basar + 1 + horisont)), banor: banor,
                            bas: (0..<k).map { v in (0..<n).reduce(0) { $0 + basen[$1] * platt[v * n + $1] } },
                            varden: Array(varden))
    }
}

/// The weighted sums' buffer, shared by the paths; each path writes its own entries only.
private struct Viktbuffert: @unchecked Sendable {
    let bas: UnsafeMutablePointer<Double>
}
