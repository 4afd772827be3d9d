import Foundation
import LinearAlgebra
import Vokabular

extension Befolkningsmodell {
    /// The deterministic projection under `antaganden`.
    public func projicera(_ antaganden: Befolkningsantaganden = Befolkningsantaganden()) throws(BefolkningsFel)
        -> Befolkningsprognos {
        let motor = Banmotor(modell: self, antaganden: antaganden)
        var folkmangd: [[[Double]]] = []
        let ar = try motor.kor(banor: 1, slump: nil, varjeAr: { _, kolumn in
            folkmangd.append(Kon.allCases.map { kon in Array(kolumn[Alder.index(kon, 0)...Alder.index(kon, Alder.hogsta)]) })
        })
        let drivare = try motor.drivare()
        let ar0 = basar + 1
        return Befolkningsprognos(
            basar: basar, ar: Array(ar0..<(ar0 + antaganden.horisont)), bas: bas, folkmangd: folkmangd,
            fodda: (0..<ar.horisont).map { ar.varde(Banresultat.fodda, ar: $0, bana: 0) },
            doda: (0..<ar.horisont).map { ar.varde(Banresultat.doda, ar: $0, bana: 0) },
            migration: (0..<ar.horisont).map { ar.varde(Banresultat.migration, ar: $0, bana: 0) },
            tfr: drivare.tfrSkala.map { $0 * fruktsamhet.tfr },
            e0: (0..<antaganden.horisont).map { t in
                Kon.allCases.map { Livslangd.e0(dodlighet.kraft($0, k: drivare.k[$0.rawValue][t])) }
            })
    }

    /// The bytes a stochastic projection of `banor` paths over `horisont` years holds at once: every path's
    /// yearly group sums, births, deaths and migration, kept until the quantiles are taken; `Int.max` when
    /// that does not fit in an `Int`.
    public static func minnesbehov(banor: Int, horisont: Int) -> Int {
        let (perBana, o1) = horisont.multipliedReportingOverflow(by: Banresultat.antalRader * MemoryLayout<Double>.stride)
        let (alla, o2) = banor.multipliedReportingOverflow(by: perBana)
        return o1 || o2 ? Int.max : alla
    }

    /// A stochastic projection: `banor` paths with random fertility, mortality and migration around the
    /// assumptions (see `Osakerhet`), reproducible for a `seed`; `framsteg` hears how many paths are done, a few times on the way.
    public func simulera(_ antaganden: Befolkningsantaganden = Befolkningsantaganden(), banor: Int, seed: UInt64,
                         framsteg: ((Int) -> Void)? = nil) throws(BefolkningsFel) -> Befolkningsintervall {
        let motor = Banmotor(modell: self, antaganden: antaganden)
        let ar = try motor.kor(banor: banor, slump: SplitMix64(seed: seed), framsteg: framsteg)
        let kvantiler = Self.kvantiler(ar)
        let ar0 = basar + 1
        return Befolkningsintervall(
            basar: basar, ar: Array(ar0..<(ar0 + antaganden.horisont)), banor: banor,
            grupper: kvantiler.map(\.grupper), forsorjningskvot: kvantiler.map(\.forsorjningskvot),
            fodda: kvantiler.map(\.fodda), doda: kvantiler.map(\.doda), migration: kvantiler.map(\.migration))
    }

    /// One year's quantiles over the paths.
    fileprivate struct Arskvantiler: Sendable {
        var grupper: [Kvantiler], forsorjningskvot: Kvantiler, fodda: Kvantiler, doda: Kvantiler, migration: Kvantiler
    }

    /// The quantiles of every year, the years spread over all cores.
    private static func kvantiler(_ ar: Banresultat) -> [Arskvantiler] {
        let ut = UnsafeMutableBufferPointer<Arskvantiler?>.allocate(capacity: ar.horisont)
        ut.initialize(repeating: nil)
        defer { ut.deallocate() }
        let delad = Kvantilbuffert(ut)
        Parallellt.block(ar.horisont) { ar0 in
            for t in ar0 { delad.ut[t] = arskvantiler(ar, t) }
        }
        return ut.map { $0! }
    }

    /// The quantiles of one year's paths.
    private static func arskvantiler(_ a: Banresultat, _ steg: Int) -> Arskvantiler {
        let varde = { (g: Aldersgrupp, bana: Int) in a.varde(g.rawValue, ar: steg, bana: bana) }
        let kvot = (0..<a.banor).map {
            Forsorjningskvot.kvot(unga: varde(.ar0_19, $0), arbetsfora: varde(.ar20_64, $0), aldre: varde(.ar65_79, $0),
                                  aldst: varde(.ar80plus, $0))
        }
        let kvantiler = { (rad: Int) in Kvantiler(av: a.rad(rad, ar: steg)) }
        return Arskvantiler(grupper: Aldersgrupp.allCases.map { kvantiler($0.rawValue) },
                            forsorjningskvot: Kvantiler(av: kvot), fodda: kvantiler(Banresultat.fodda),
                            doda: kvantiler(Banresultat.doda), migration: kvantiler(Banresultat.migration))
    }
}

/// The result buffer of the parallel quantiles: every year writes its own entry only.
private struct Kvantilbuffert: @unchecked Sendable {
    let ut: UnsafeMutableBufferPointer<Befolkningsmodell.Arskvantiler?>
    init(_ ut: UnsafeMutableBufferPointer<Befolkningsmodell.Arskvantiler?>) { self.ut = ut }
}
