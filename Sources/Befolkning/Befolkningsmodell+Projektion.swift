import Foundation
import LinearAlgebra

extension Befolkningsmodell {
    /// The deterministic projection under `antaganden`.
    public func projicera(_ antaganden: Befolkningsantaganden = Befolkningsantaganden()) throws(BefolkningsFel)
        -> Befolkningsprognos {
        let motor = Banmotor(modell: self, antaganden: antaganden)
        var folkmangd: [[[Double]]] = []
        let ar = try motor.kor(banor: 1, slump: nil, varjeAr: { _, p in
            let kolumn = p.column(0)
            folkmangd.append(Kon.allCases.map { kon in Array(kolumn[Alder.index(kon, 0)...Alder.index(kon, Alder.hogsta)]) })
        })
        let drivare = try motor.drivare()
        let ar0 = basar + 1
        return Befolkningsprognos(
            basar: basar, ar: Array(ar0..<(ar0 + antaganden.horisont)), bas: bas, folkmangd: folkmangd,
            fodda: ar.map { $0.fodda[0] }, doda: ar.map { $0.doda[0] }, migration: ar.map { $0.migration[0] },
            tfr: drivare.tfrSkala.map { $0 * fruktsamhet.tfr },
            e0: (0..<antaganden.horisont).map { t in
                Kon.allCases.map { Livslangd.e0(dodlighet.kraft($0, k: drivare.k[$0.rawValue][t])) }
            })
    }

    /// A stochastic projection: `banor` paths with random fertility, mortality and migration around the
    /// assumptions (see `Osakerhet`), reproducible for a `seed`; `framsteg` hears of every year done.
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
    private static func kvantiler(_ ar: [Banmotor.Ar]) -> [Arskvantiler] {
        let ut = UnsafeMutableBufferPointer<Arskvantiler?>.allocate(capacity: ar.count)
        ut.initialize(repeating: nil)
        defer { ut.deallocate() }
        let delad = Kvantilbuffert(ut)
        Parallellt.block(ar.count) { ar0 in
            for t in ar0 { delad.ut[t] = arskvantiler(ar[t]) }
        }
        return ut.map { $0! }
    }

    /// The quantiles of one year's paths.
    private static func arskvantiler(_ a: Banmotor.Ar) -> Arskvantiler {
        let rad = { (g: Aldersgrupp) in a.grupper.row(g.rawValue) }
        let unga = rad(.ar0_19), arbetsfora = rad(.ar20_64), aldre = rad(.ar65_79), aldst = rad(.ar80plus)
        let kvot = unga.indices.map {
            Forsorjningskvot.kvot(unga: unga[$0], arbetsfora: arbetsfora[$0], aldre: aldre[$0], aldst: aldst[$0])
        }
        return Arskvantiler(grupper: Aldersgrupp.allCases.map { Kvantiler(av: rad($0)) },
                            forsorjningskvot: Kvantiler(av: kvot), fodda: Kvantiler(av: a.fodda),
                            doda: Kvantiler(av: a.doda), migration: Kvantiler(av: a.migration))
    }
}

/// The result buffer of the parallel quantiles: every year writes its own entry only.
private struct Kvantilbuffert: @unchecked Sendable {
    let ut: UnsafeMutableBufferPointer<Befolkningsmodell.Arskvantiler?>
    init(_ ut: UnsafeMutableBufferPointer<Befolkningsmodell.Arskvantiler?>) { self.ut = ut }
}
