/// SplitMix64: a small, fast, seeded random number generator. The same seed gives the same draws on
/// every machine, so Monte Carlo runs, benchmarks and tests are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    @inlinable public init(seed: UInt64) { state = seed }

    /// The next 64 random bits (inlinable, so that draws in other modules cost no call).
    @inlinable public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Matrix {
    /// A `rows × columns` matrix with elements drawn uniformly from `range`.
    public static func random(rows: Int, columns: Int, in range: Range<Double> = -1..<1,
                              using generator: inout some RandomNumberGenerator) -> Matrix {
        let values = (0..<(rows * columns)).map { _ in Double.random(in: range, using: &generator) }
        return Matrix(rows: rows, columns: columns, unchecked: values)
    }
}
