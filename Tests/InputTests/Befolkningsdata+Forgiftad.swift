import Befolkning

extension Befolkningsdata {
    /// The same data with every year after `basar` changed beyond recognition (population doubled, births
    /// tripled, deaths halved, plus one), for tests that a method reads nothing after its base year.
    func forgiftad(efter basar: Int) throws -> Befolkningsdata {
        let efter = basar - ar.lowerBound + 1
        func f(_ serie: [[[Double]]], _ faktor: Double) -> [[[Double]]] {
            serie.map { kon in kon.enumerated().map { t, v in t >= efter ? v.map { $0 * faktor + 1 } : v } }
        }
        return try Befolkningsdata(region: region, ar: ar, folkmangd: f(folkmangd, 2), fodda: f(fodda, 3), doda: f(doda, 0.5))
    }
}
