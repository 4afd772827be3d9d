import LinearAlgebra

/// One way to damage an input file. `andra` changes the bytes with draws from the case's generator and
/// describes what it did, or returns nil and leaves the bytes alone when the file offers nothing to change.
struct Mutation: Sendable {
    /// Short name, e.g. "tal".
    let namn: String
    /// Relative frequency among the mutations that fit a file.
    let vikt: Int
    /// Whether the file still means the same (CRLF, a UTF-8 byte-order mark): then the run must give the
    /// unmutated result, since users' files come that way (DESIGN.md).
    var bevarande = false
    /// Which files it fits, by path; every file unless told.
    var passar: @Sendable (String) -> Bool = { _ in true }
    let andra: @Sendable (inout [UInt8], inout SplitMix64) -> String?

    /// `passar` for YAML files and for CSV files.
    static let yaml: @Sendable (String) -> Bool = { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    static let csv: @Sendable (String) -> Bool = { $0.hasSuffix(".csv") }

    /// Every mutation the fuzz test draws from.
    static let alla: [Mutation] = Radmutationer.alla + Talmutationer.alla + Bytemutationer.alla
        + Omkodningar.alla + Yamlmutationer.alla
}

extension SplitMix64 {
    /// A draw in `0..<n`, the same on every platform and toolchain.
    mutating func index(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// One element of `c`, drawn uniformly.
    mutating func valj<C: Collection>(_ c: C) -> C.Element { c[c.index(c.startIndex, offsetBy: index(c.count))] }
}
