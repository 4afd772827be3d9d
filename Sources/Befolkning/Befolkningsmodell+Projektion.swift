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
        let ar0 = basar + 1
        return Befolkningsintervall(
            basar: basar, ar: Array(ar0..<(ar0 + antaganden.horisont)), banor: banor,
            grupper: ar.map { a in Aldersgrupp.allCases.map { Kvantiler(av: a.grupper.row($0.rawValue)) } },
            forsorjningskvot: ar.map { a in
                Kvantiler(av: (0..<banor).map { j in
                    Forsorjningskvot.kvot(unga: a.grupper[Aldersgrupp.ar0_19.rawValue, j],
                                          arbetsfora: a.grupper[Aldersgrupp.ar20_64.rawValue, j],
                                          aldre: a.grupper[Aldersgrupp.ar65_79.rawValue, j],
                                          aldst: a.grupper[Aldersgrupp.ar80plus.rawValue, j])
                })
            },
            fodda: ar.map { Kvantiler(av: $0.fodda) }, doda: ar.map { Kvantiler(av: $0.doda) },
            migration: ar.map { Kvantiler(av: $0.migration) })
    }
}
