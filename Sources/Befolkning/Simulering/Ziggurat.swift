import Foundation
import LinearAlgebra

/// Standard normal draws by Marsaglia and Tsang's ziggurat method, for the projection's paths (each year
/// of a path takes three): nearly always one 64-bit draw, a multiplication and a comparison, where the
/// Box–Muller transform needs a logarithm, a square root and a sine or cosine per draw.
///
/// The half density f(x) = e^(−x²/2), x ≥ 0, is covered by `lager` horizontal layers of equal area v:
/// layer i is the rectangle [0, x(i)] × [f(x(i)), f(x(i+1))], the bottom one (i = 0) reaching x(0) = v/f(r)
/// so that it also stands for the tail beyond r = x(1), and the top one ending at x(lager) = 0. A draw
/// picks a layer and a point u·x(i) in it; below x(i+1) the point is under the curve for sure. Otherwise it
/// is accepted if it falls under the curve within the layer's wedge, or, in the bottom layer, replaced by
/// a draw from the tail (Marsaglia's method); else the draw starts over. The sign is one more random bit.
///
/// r and v follow from the layers themselves: r is found by bisection so that the layers stacked from the
/// bottom end exactly at the top of the density.
enum Ziggurat {
    static let lager = 256

    /// x(0) … x(lager) and f at each, computed once.
    static let tabell: (x: [Double], f: [Double]) = {
        /// The layers for a given r: x(0) … x(lager), and how far the last layer's top misses f = 1.
        func lagren(_ r: Double) -> (x: [Double], fel: Double) {
            let f = { (x: Double) in Foundation.exp(-x * x / 2) }
            // v: the bottom rectangle up to r plus the tail's area, √(π/2)·erfc(r/√2).
            let v = r * f(r) + (Double.pi / 2).squareRoot() * erfc(r / 2.0.squareRoot())
            var x = [v / f(r), r]
            for i in 1..<(lager - 1) {
                let topp = f(x[i]) + v / x[i]
                guard topp < 1 else { return (x, topp - 1) }
                x.append((-2 * Foundation.log(topp)).squareRoot())
            }
            return (x + [0], f(x[lager - 1]) + v / x[lager - 1] - 1)
        }
        // A larger r makes every layer thinner, so the stack ends lower: bisect on the sign of the miss.
        var lo = 2.0, hi = 5.0
        for _ in 0..<200 {
            let mitt = (lo + hi) / 2
            if lagren(mitt).fel > 0 { lo = mitt } else { hi = mitt }
        }
        let x = lagren(hi).x
        return (x, x.map { Foundation.exp(-$0 * $0 / 2) })
    }()

    /// r, where the tail begins.
    static var r: Double { tabell.x[1] }

    /// Runs `arbete` with the tables opened for drawing.
    static func oppna<R>(_ arbete: (Oppnad) -> R) -> R {
        tabell.x.withUnsafeBufferPointer { x in
            tabell.f.withUnsafeBufferPointer { f in arbete(Oppnad(x: x.baseAddress!, f: f.baseAddress!)) }
        }
    }

    /// The tables, valid inside `oppna`.
    struct Oppnad {
        fileprivate let x, f: UnsafePointer<Double>

        /// The next standard normal draw from `g`.
        @inline(__always)
        func normal(_ g: inout SplitMix64) -> Double { Ziggurat.normal(&g, x: x, f: f) }
    }

    @inline(__always)
    private static func normal(_ g: inout SplitMix64, x: UnsafePointer<Double>, f: UnsafePointer<Double>) -> Double {
        while true {
            let bitar = g.next()
            let i = Int(truncatingIfNeeded: bitar & UInt64(lager - 1))
            let tecken: Double = bitar & UInt64(lager) == 0 ? 1 : -1
            // The top 53 bits as a uniform in [0, 1).
            let u = Double(bitar >> 11) * 0x1p-53
            let kandidat = u * x[i]
            if kandidat < x[i + 1] { return tecken * kandidat }
            if i == 0 {
                // The tail beyond r: r + a with a exponential, accepted with probability e^(−a²/2).
                var a: Double, b: Double
                repeat {
                    a = -Foundation.log(Double.random(in: Double.leastNonzeroMagnitude..<1, using: &g)) / x[1]
                    b = -Foundation.log(Double.random(in: Double.leastNonzeroMagnitude..<1, using: &g))
                } while 2 * b < a * a
                return tecken * (x[1] + a)
            }
            // The wedge between the layer's inner edge and its outer corner.
            let hojd = f[i] + Double.random(in: 0..<1, using: &g) * (f[i + 1] - f[i])
            if hojd < Foundation.exp(-kandidat * kandidat / 2) { return tecken * kandidat }
        }
    }
}
