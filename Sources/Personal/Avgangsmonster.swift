/// Who leaves at which age: retirement by single age, shifted by a pension-age lever, and external turnover
/// relative by age (a group's level times a factor that falls with age). Rates are shares a year.
///
///   pension(x) = p(x − förskjutning), with p = 0 below the youngest age given and 1 above the oldest;
///   turnover(g, x) = τ_g · f(x) / f̄_g, f̄_g = Σ_x n_g(x, basår) f(x) / Σ_x n_g(x, basår),
///
/// so the group's turnover in the base year is its level τ_g, and later years' turnover follows the age
/// structure. Whoever is still employed past the oldest age the data count retires.
public struct Avgangsmonster: Equatable, Sendable {
    /// Retirement per year by single age, share; ages above the oldest given retire in full.
    public var pensionering: [Int: Double]
    /// Years the retirement curve moves: +1 means each rate applies one year later in life.
    public var pensionsforskjutning: Int
    /// Turnover relative to the group's level by single age (ages not named: 1).
    public var omsattningsfaktor: [Int: Double]

    public init(pensionering: [Int: Double], pensionsforskjutning: Int = 0, omsattningsfaktor: [Int: Double] = [:]) {
        self.pensionering = pensionering
        self.pensionsforskjutning = pensionsforskjutning
        self.omsattningsfaktor = omsattningsfaktor
    }

    /// Retirement at age `alder`, share.
    public func pension(_ alder: Int) -> Double {
        let x = alder - pensionsforskjutning
        if let p = pensionering[x] { return p }
        guard let aldst = pensionering.keys.max() else { return 0 }
        return x > aldst ? 1 : 0
    }

    /// Turnover factor at age `alder`.
    public func faktor(_ alder: Int) -> Double { omsattningsfaktor[alder] ?? 1 }

    func kontrollera() throws(PersonalFel) {
        guard pensionering.values.allSatisfy({ (0...1).contains($0) }) else {
            throw .ogiltigaData("pensioneringen ska vara en andel 0–1 per ålder")
        }
        guard (-10...10).contains(pensionsforskjutning) else { throw .ogiltigaData("pensionsförskjutningen ska vara −10 till 10 år") }
        guard omsattningsfaktor.values.allSatisfy({ $0 >= 0 && $0 <= 10 }) else {
            throw .ogiltigaData("omsättningsprofilen ska vara faktorer 0–10")
        }
    }
}
