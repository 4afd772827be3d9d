import Foundation
import LinearAlgebra
import Testing
@testable import Befolkning

@Suite("Lee–Carter")
struct LeeCarterTests {
    @Test("A synthetic matrix with known a, b and k is recovered")
    func syntetisk() throws {
        let aldrar = 20, ar = 25
        let a = (0..<aldrar).map { -8 + 0.3 * Double($0) }
        let braw = (0..<aldrar).map { 1 + 0.5 * sin(Double($0)) }
        let b = braw.map { $0 / braw.reduce(0, +) }
        let kraw = (0..<ar).map { -2 * Double($0) + 3 * cos(Double($0)) }
        let kMedel = kraw.reduce(0, +) / Double(ar)
        let k = kraw.map { $0 - kMedel }
        let m = (0..<ar).map { t in (0..<aldrar).map { x in exp(a[x] + b[x] * k[t]) } }
        let lc = try LeeCarter(m: m)
        for x in 0..<aldrar {
            #expect(abs(lc.a[x] - a[x]) < 1e-10)
            #expect(abs(lc.b[x] - b[x]) < 1e-10)
        }
        for t in 0..<ar { #expect(abs(lc.k[t] - k[t]) < 1e-9) }
        // Drift of a random walk: (k_T − k_1)/(T − 1).
        #expect(abs(lc.drift - (k[ar - 1] - k[0]) / Double(ar - 1)) < 1e-10)
    }
}
