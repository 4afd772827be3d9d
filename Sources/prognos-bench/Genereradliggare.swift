import Foundation
import LinearAlgebra

/// A generated ledger (labelled generated, seeded; no amount in it has stood in any document): `enheter` units
/// × `konton` accounts × `ar` years of months from January 2013, with what makes a region's ledger hard for
/// the full-year methods:
///
/// - a level per series, lognormal around 0,4 mnkr a year, growing 2 % a year ± 3 %; the first four accounts
///   are income (negative, as the export books them), the others costs;
/// - a season that mixes the example ledger's personnel profile (July low, December high) with a flat one, in
///   a share per account, and drifts: every month's factor moves 3 % (lognormal) a year;
/// - 5 % noise a month, and in one series in seven a level shift of ±20 % (lognormal) at a random month;
/// - one unit in ten starting in a random month of the second or third year, with nothing booked before.
///
/// The budget of a year is that year's expected level spread by the previous year's season (the first
/// year's by its own). Each series draws from its own generator (the seed and its index), so a ledger with
/// fewer units holds the same series as the first units of a bigger one.
struct Genereradliggare {
    var enheter: Int
    var konton: Int
    var ar: Int
    var seed: UInt64
    static let forstaAr = 2013

    /// One series: the month (index from January of the first year) of its first booking, its outcome and
    /// its budget month by month over all the years (0 before the first booking).
    struct Serie {
        var enhet: Int
        var konto: Int
        var start: Int
        var utfall: [Double]
        var budget: [Double]
    }

    static let personalprofil: [Double] = [1.00, 0.97, 1.02, 1.00, 1.02, 1.05, 0.70, 0.88, 1.02, 1.03, 1.03, 1.10]

    func serie(enhet e: Int, konto k: Int) -> Serie {
        var enhetsslump = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(e))
        let sen = Double(enhetsslump.next() % 1_000) / 1_000 < 0.1
        let start = sen ? 12 + Int(enhetsslump.next() % 24) : 0
        var slump = SplitMix64(seed: seed &* 0xBF58_476D_1CE4_E5B9 &+ UInt64(e * konton + k))
        let tecken = k < 4 ? -1.0 : 1.0
        var niva = exp(12.9 + slump.nextStandardNormal())
        let andel = Double(slump.next() % 1_000) / 1_000
        var profil = Self.personalprofil.map { andel * $0 + (1 - andel) }
        let skift = slump.next() % 7 == 0 ? Int(slump.next() % UInt64(12 * ar)) : nil
        let skiftfaktor = exp(0.2 * slump.nextStandardNormal())
        var utfall = [Double](repeating: 0, count: 12 * ar), budget = utfall
        var foregaende = profil
        for y in 0..<ar {
            niva *= 1.02 + 0.03 * slump.nextStandardNormal()
            profil = profil.map { $0 * exp(0.03 * slump.nextStandardNormal()) }
            let summa = profil.reduce(0, +), budgetsumma = foregaende.reduce(0, +)
            for m in 0..<12 {
                let t = 12 * y + m
                let brus = 1 + 0.05 * slump.nextStandardNormal()
                guard t >= start else { continue }
                let skiftat = skift.map { t >= $0 ? skiftfaktor : 1 } ?? 1
                utfall[t] = tecken * niva * skiftat * profil[m] / summa * brus
                budget[t] = tecken * niva * (y == 0 ? profil[m] / summa : foregaende[m] / budgetsumma)
            }
            foregaende = profil
        }
        return Serie(enhet: e, konto: k, start: start, utfall: utfall, budget: budget)
    }

    /// Writes the outcome and the budget as exports (`enhet;konto;period;belopp`, kronor with öre), unit by
    /// unit; returns the outcome file's size in bytes.
    func skriv(utfall: URL, budget: URL) throws -> Int {
        let filer = try [utfall, budget].map { url in
            guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
                throw BenchFel("kan inte skriva \(url.path)")
            }
            return handle
        }
        defer { filer.forEach { try? $0.close() } }
        var storlek = 0
        for (i, handle) in filer.enumerated() {
            var rader = "enhet;konto;period;belopp\n"
            for e in 0..<enheter {
                for k in 0..<konton {
                    let s = serie(enhet: e, konto: k)
                    let belopp = i == 0 ? s.utfall : s.budget
                    for t in s.start..<(12 * ar) {
                        let manad = t % 12 + 1
                        let ore = (belopp[t] * 100).rounded()
                        let kronor = Int64(ore / 100), rest = Int64(abs(ore).truncatingRemainder(dividingBy: 100))
                        rader += "E\(e);K\(k);\(Self.forstaAr + t / 12)-\(manad < 10 ? "0" : "")\(manad);"
                            + "\(ore < 0 && kronor == 0 ? "-" : "")\(kronor),\(rest < 10 ? "0" : "")\(rest)\n"
                    }
                }
                if i == 0 { storlek += rader.utf8.count }
                try handle.write(contentsOf: Data(rader.utf8))
                rader = ""
            }
        }
        return storlek
    }

    /// Writes an organisation tree for the units (`enhet;namn;forvaltning;namnd`): ten units to a förvaltning
    /// and three förvaltningar to a nämnd, in unit order; generated like the amounts, a shape to reconcile over.
    func skrivOrganisation(_ url: URL) throws {
        let rader = (0..<enheter).map { e in "E\(e);Enhet \(e);Förvaltning \(e / 10 + 1);Nämnd \(e / 30 + 1)\n" }
        try ("enhet;namn;forvaltning;namnd\n" + rader.joined()).write(to: url, atomically: true, encoding: .utf8)
    }
}
