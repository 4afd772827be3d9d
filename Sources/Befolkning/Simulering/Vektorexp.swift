import Foundation

/// e^x for eight values at once: the projection kernel needs two exponentials per age, sex, path and
/// year, and one libm call per value would cost most of the projection.
///
/// Table-driven, as libm's own exp: x = (64·n + j)·ln 2 / 64 + r with |r| ≤ ln 2 / 128, so that
/// e^x = 2^n · 2^(j/64) · e^r, with 2^(j/64) from a table of 64 values, e^r from its Taylor polynomial of
/// degree 5 (truncation error below 4e-17 relative at |r| = ln 2 / 128) and 2^n written into the exponent
/// bits. The result is within a few ulp of the correctly rounded value, so it can differ from libm's `exp`
/// in the last bits.
enum Vektorexp {
    /// The arguments `exp` takes: beyond them 2^n leaves the exponent range.
    static let granser = -700.0...700.0
    /// 2^(j/64), j = 0…63.
    static let tabell: [Double] = (0..<64).map { Foundation.exp2(Double($0) / 64) }

    /// ln 2 / 64 in a high part whose products with integers below 2^20 are exact, and a low part.
    private static let ln2hi = 6.93147180369123816490e-01 / 64
    private static let ln2lo = 1.90821492927058770002e-10 / 64
    private static let inv = 1.44269504088896338700e+00 * 64
    /// 1,5·2^52: adding it rounds a value below 2^51 to an integer held in the low bits of the sum.
    private static let skift = 0x1.8p52

    /// e^x for lanes within `granser` (the caller's guarantee; outside it the result is wrong, not a trap);
    /// `tabell` points to `Vektorexp.tabell`.
    @inline(__always)
    static func exp(_ x: SIMD8<Double>, tabell t: UnsafePointer<Double>) -> SIMD8<Double> {
        let kd = fma(x, SIMD8(repeating: inv), SIMD8(repeating: skift))
        let n = kd - skift
        let r = fma(n, SIMD8(repeating: -ln2lo), fma(n, SIMD8(repeating: -ln2hi), x))
        let r2 = r * r
        let a: SIMD8<Double> = 1 + r
        let b = fma(r, SIMD8(repeating: 1.0 / 6), SIMD8(repeating: 0.5))
        let c = fma(r, SIMD8(repeating: 1.0 / 120), SIMD8(repeating: 1.0 / 24))
        let p = fma(r2, fma(r2, c, b), a)
        // The low bits of kd hold 64·n + j (two's complement): j picks the table entry, n + 1023 shifted
        // into the exponent field is 2^n.
        let bitar = unsafeBitCast(kd, to: SIMD8<UInt64>.self)
        let j = bitar & 63
        let tva = SIMD8<Double>(t[Int(j[0])], t[Int(j[1])], t[Int(j[2])], t[Int(j[3])],
                                t[Int(j[4])], t[Int(j[5])], t[Int(j[6])], t[Int(j[7])])
        let skala = unsafeBitCast(((bitar &>> 6) &+ 1023) &<< 52, to: SIMD8<Double>.self)
        return p * tva * skala
    }

    /// a·b + c lane by lane: in one rounding when the build targets fused multiply-add (the Makefile sets
    /// `PROGNOS_FMA` with `-target-cpu haswell`), else as a product and a sum. Without the instructions
    /// the fused form would be a library call per lane.
    @inline(__always)
    static func fma(_ a: SIMD8<Double>, _ b: SIMD8<Double>, _ c: SIMD8<Double>) -> SIMD8<Double> {
        #if PROGNOS_FMA
        c.addingProduct(a, b)
        #else
        a * b + c
        #endif
    }

    /// e^x lane by lane from libm, for vectors that may leave `granser` or hold NaN.
    static func exakt(_ x: SIMD8<Double>) -> SIMD8<Double> {
        var y = x
        for i in 0..<8 { y[i] = Foundation.exp(x[i]) }
        return y
    }
}
