/// What the paths of a stochastic projection leave: for every year after the base year, each path's
/// age-group sums (the rows of `Gruppsummor`), births, deaths and net migration. A row of one year is
/// contiguous over the paths, as the quantiles read it.
struct Banresultat: Sendable {
    static let fodda = Gruppsummor.antal
    static let doda = fodda + 1
    static let migration = fodda + 2
    /// Rows per year: the group sums, births, deaths, net migration.
    static let antalRader = fodda + 3

    let banor: Int
    let horisont: Int
    /// Year by year, row by row, path by path.
    private var varden: [Double]

    /// Room for every value; the paths write all of it (`skriv`).
    init(banor: Int, horisont: Int) {
        self.banor = banor
        self.horisont = horisont
        let antal = banor * horisont * Self.antalRader
        varden = [Double](unsafeUninitializedCapacity: antal) { _, n in n = antal }
    }

    /// Row `rad` of year `steg` (0 is the first year after the base year) over the paths.
    func rad(_ rad: Int, ar steg: Int) -> ArraySlice<Double> {
        let start = (steg * Self.antalRader + rad) * banor
        return varden[start..<(start + banor)]
    }

    /// One value: row `rad` of year `steg` for path `bana`.
    func varde(_ rad: Int, ar steg: Int, bana: Int) -> Double {
        varden[(steg * Self.antalRader + rad) * banor + bana]
    }

    /// Where the paths write, opened for the parallel blocks: every path writes its own entries only.
    struct Skrivare: @unchecked Sendable {
        fileprivate let bas: UnsafeMutablePointer<Double>
        let banor: Int

        /// Row 0 of year `steg` for path `bana`; row r is `banor · r` further on.
        func bana(_ bana: Int, ar steg: Int) -> UnsafeMutablePointer<Double> {
            bas + steg * Banresultat.antalRader * banor + bana
        }
    }

    /// Runs `arbete` with the values opened for writing.
    mutating func skriv(_ arbete: (Skrivare) -> Void) {
        let banor = banor
        varden.withUnsafeMutableBufferPointer { arbete(Skrivare(bas: $0.baseAddress!, banor: banor)) }
    }

    /// Whether every path's total, births and deaths are finite in every year: a non-finite value at any
    /// age shows in the total.
    var arFinit: Bool {
        (0..<horisont).allSatisfy { steg in
            [Aldersgrupp.total.rawValue, Self.fodda, Self.doda].allSatisfy { rad($0, ar: steg).allSatisfy(\.isFinite) }
        }
    }
}
