import Foundation
import LinearAlgebra
import Personal
import Testdelar
@testable import Input

/// Generates the example HR export in notebooks-data/personal-hr-exempel: one row per employee whose totals are
/// the documents' where they give any (`dokumenterat`) and today's `bemanning.csv` elsewhere — headcount per
/// group and area, its spread over the age bands, its FTE (Σ employment rates) and its salary. Seeded
/// (SplitMix64, own integer draws), so the same seed gives the same file on every machine; the data set's
/// README describes the method.
enum Anstalldagenerator {
    static let seed: UInt64 = 2018

    /// What the documents give for a group in an area: headcount, FTE and women where stated.
    struct Dokumenterat {
        let antal: Int
        let arsarbetare: Double?
        let kvinnor: Int?
    }

    /// regionstyrelsen-2019-02-13.txt lines 10163–10167: the care units in primary care had 64 permanently
    /// employed doctors (total rate 50,0) and 35 ST doctors (28,0), besides 35 locums and temporary doctors
    /// (33,0), who are hired. Lines 10197–10199: 195 permanently employed nurses (and 9 temporary). Lines 13739 and
    /// 5632: 584 employees in Landstingsservice (361 women) and 143 in the director's staff (103 women); lines
    /// 13642 and 5486: 523,5 and 120,8 FTE (the figures `bemanning.csv` already uses for service och stab).
    static let dokumenterat: [Segment: Dokumenterat] = [
        Segment(grupp: "läkare", omrade: "primärvård"): .init(antal: 64 + 35, arsarbetare: 50.0 + 28.0, kvinnor: nil),
        Segment(grupp: "sjuksköterskor", omrade: "primärvård"): .init(antal: 195, arsarbetare: nil, kvinnor: nil),
        Segment(grupp: "övriga", omrade: "service och stab"): .init(antal: 584 + 143, arsarbetare: 523.5 + 120.8, kvinnor: 361 + 103),
    ]

    /// Women's share where the documents give none: an assumption; sex does not enter the model.
    static let kvinnoandel = ["läkare": 0.5, "sjuksköterskor": 0.9, "undersköterskor": 0.9, "övriga": 0.7]
    /// Part-time rates are drawn from 50, 55, …, 95 % (mean 72,5); the share at full time is set so that the
    /// mean is the segment's before the draws are mended to its FTE exactly.
    static let deltidsgrader = Array(stride(from: 50, through: 95, by: 5))
    /// Spread of individual salaries around the segment's, share; cut at ±25 %.
    static let lonespridning = 0.08

    /// The stock the generator starts from.
    static let bemanning = Projekt.rot.appendingPathComponent("notebooks-data/personal-blekinge-2018")

    /// The export's text: a header and one row per employee, comma-separated, LF, no BOM, like the data sets.
    static func text() throws -> String {
        var slump = SplitMix64(seed: seed)
        let b = try Personaldata.las(katalog: bemanning).bestand
        var rader = ["grupp,omrade,alder,kon,sysselsattningsgrad,manadslon"]
        for (s, segment) in b.segment.enumerated() {
            let dok = dokumenterat[segment]
            let fore = b.antal[s].reduce(0, +)
            let n = dok?.antal ?? Int(fore.rounded())
            let perBand = fordela(n, b.antal[s])
            // FTE: the documents', or the headcount at today's mean rate Σ antal × grad / Σ antal.
            let aa = dok?.arsarbetare ?? Double(n) * zip(b.antal[s], b.grad[s]).reduce(0) { $0 + $1.0 * $1.1 } / fore
            let grad = try grader(antal: n, summa: Int((aa * 100).rounded()), &slump)
            // Today's salary, weighted by FTE as the model's cost weighs it.
            let fte = b.antal[s].indices.map { b.antal[s][$0] * b.grad[s][$0] }
            let lon = fte.indices.reduce(0) { $0 + fte[$1] * b.lon[s][$1] } / fte.reduce(0, +)
            let lonerna = loner(lon, grader: grad, &slump)
            let kvinnor = dok?.kvinnor ?? Int((Double(n) * kvinnoandel[segment.grupp]!).rounded())
            var kon = [String](repeating: "M", count: n)
            for i in blanda(n, &slump).prefix(kvinnor) { kon[i] = "K" }
            var aldrar: [Int] = []
            for (k, antal) in perBand.enumerated() {
                let band = b.aldersband.band[k]
                for _ in 0..<antal { aldrar.append(band.lowerBound + dra(band.count, &slump)) }
            }
            // An export lists employees by employment number, not by age.
            for i in blanda(n, &slump) {
                rader.append("\(segment.grupp),\(segment.omrade),\(aldrar[i]),\(kon[i]),\(grad[i]),\(lonerna[i])")
            }
        }
        return rader.joined(separator: "\n") + "\n"
    }

    /// `n` split in proportion to `vikter` by largest remainders, so the parts sum to `n`.
    static func fordela(_ n: Int, _ vikter: [Double]) -> [Int] {
        let summa = vikter.reduce(0, +)
        let exakt = vikter.map { Double(n) * $0 / summa }
        var delar = exakt.map { Int($0.rounded(.down)) }
        let ordning = exakt.indices.sorted { (exakt[$0] - Double(delar[$0]), $1) > (exakt[$1] - Double(delar[$1]), $0) }
        for i in ordning.prefix(n - delar.reduce(0, +)) { delar[i] += 1 }
        return delar
    }

    /// `antal` employment rates in whole percent summing to `summa`: full time or a part-time rate, then single
    /// percents moved on random employees (within 50–100) until the sum is exact.
    static func grader(antal: Int, summa: Int, _ slump: inout SplitMix64) throws -> [Int] {
        guard (50 * antal...100 * antal).contains(summa) else { throw Ogiltigt(grader: summa, antal: antal) }
        let medel = Double(summa) / Double(antal)
        let deltid = Double(deltidsgrader.reduce(0, +)) / Double(deltidsgrader.count)
        let heltid = min(1, max(0, (medel - deltid) / (100 - deltid)))
        var grader = (0..<antal).map { _ in enhet(&slump) < heltid ? 100 : deltidsgrader[dra(deltidsgrader.count, &slump)] }
        var rest = summa - grader.reduce(0, +)
        while rest != 0 {
            let i = dra(antal, &slump)
            if rest > 0, grader[i] < 100 { grader[i] += 1; rest -= 1 }
            if rest < 0, grader[i] > 50 { grader[i] -= 1; rest += 1 }
        }
        return grader
    }

    /// Full-time monthly salaries around `lon`, moved together so that their mean weighted by rate is `lon` to
    /// the krona.
    static func loner(_ lon: Double, grader: [Int], _ slump: inout SplitMix64) -> [Int] {
        let dragna = grader.map { _ in lon * (1 + min(0.25, max(-0.25, lonespridning * slump.nextStandardNormal()))) }
        let vikt = Double(grader.reduce(0, +))
        let medel = zip(dragna, grader).reduce(0) { $0 + $1.0 * Double($1.1) } / vikt
        return dragna.map { Int(($0 + lon - medel).rounded()) }
    }

    /// Rates that cannot sum to the FTE within 50–100 % each.
    struct Ogiltigt: Error {
        let grader: Int, antal: Int
    }

    /// 0..<n.
    static func dra(_ n: Int, _ slump: inout SplitMix64) -> Int { Int(slump.next() % UInt64(n)) }

    /// [0, 1).
    static func enhet(_ slump: inout SplitMix64) -> Double { Double(slump.next() >> 11) * 0x1p-53 }

    /// 0..<n in a random order (Fisher–Yates).
    static func blanda(_ n: Int, _ slump: inout SplitMix64) -> [Int] {
        var ordning = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { ordning.swapAt(i, dra(i + 1, &slump)) }
        return ordning
    }
}
