/// Fixed samples of a ledger's series, for work that a sample answers as well as every series: ETS's interval
/// calibration (`Uppfoljningsmodellval.etsKalibreringsurval`) and ETS's backtest
/// (`Uppfoljningsmodellval.etsBacktestPerKonto`). A series is drawn by the 64-bit FNV-1a hash of its key, which
/// spreads a sample over units and rows like a random draw; a key's hash depends on nothing else, so the same
/// ledger gives the same sample on every run and machine.
enum Serieurval {
    /// The indices, ascending, of the `antal` series among `bland` (indices into `nycklar`; nil: all of them) whose
    /// keys have the smallest hash (ties by index); all of them when there are no more.
    static func minstaHash(_ nycklar: [Serienyckel], bland: [Int]? = nil, antal: Int) -> [Int] {
        let bland = bland ?? Array(nycklar.indices)
        guard bland.count > antal else { return bland.sorted() }
        let hash = Dictionary(uniqueKeysWithValues: bland.map { ($0, self.hash(nycklar[$0])) })
        return bland.sorted { (hash[$0]!, $0) < (hash[$1]!, $1) }.prefix(max(antal, 0)).sorted()
    }

    /// The indices, ascending, of at most `antal` series per row (account) among `bland` (nil: all): those whose
    /// keys have the smallest hash among the row's.
    static func perKonto(_ nycklar: [Serienyckel], bland: [Int]? = nil, antal: Int) -> [Int] {
        Dictionary(grouping: bland ?? Array(nycklar.indices), by: { nycklar[$0].konto }).values
            .flatMap { minstaHash(nycklar, bland: $0, antal: antal) }.sorted()
    }

    /// The hash of "enhet␟konto" (the unit separator 0x1F between the codes).
    static func hash(_ nyckel: Serienyckel) -> UInt64 {
        fnv1a(Array(nyckel.enhet.utf8) + [0x1F] + Array(nyckel.konto.utf8))
    }

    /// The 64-bit FNV-1a hash of `bytes` (Fowler, Noll & Vo; the offset basis 14695981039346656037 and the prime
    /// 2⁴⁰ + 2⁸ + 0xb3).
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}
