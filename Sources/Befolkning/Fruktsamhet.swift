/// Age-specific fertility: births per woman and year at each age 15–49, estimated as the births of a
/// window of years over the mean female population of those years (the mean of the population at the start
/// and at the end of each year), and the share of girls among the births of the same window.
public struct Fruktsamhet: Equatable, Sendable {
    /// Births per woman and year at ages 15…49 (index age − 15).
    public let asfr: [Double]
    /// The share of girls among births.
    public let andelFlickor: Double

    /// Creates fertility from given rates.
    public init(asfr: [Double], andelFlickor: Double) throws(BefolkningsFel) {
        guard asfr.count == Alder.fertila.count, asfr.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .ogiltigaData("fruktsamhetstalen ska vara \(Alder.fertila.count) icke-negativa tal, åldrarna 15–49")
        }
        guard andelFlickor.isFinite, (0...1).contains(andelFlickor) else {
            throw .ogiltigaData("andelen flickor bland födda ska ligga mellan 0 och 1")
        }
        self.asfr = asfr
        self.andelFlickor = andelFlickor
    }

    /// Estimates fertility from the `fonster` years up to and including `ar`.
    public init(_ data: Befolkningsdata, till ar: Int, fonster: Int) throws(BefolkningsFel) {
        let forsta = ar - fonster + 1
        guard fonster >= 1, forsta > data.ar.lowerBound, data.ar.contains(ar) else {
            throw .ogiltigtAntagande("fruktsamhetens fönster \(forsta)–\(ar) ryms inte i data \(data.ar.lowerBound + 1)–\(data.ar.upperBound)")
        }
        var fodda = [Double](repeating: 0, count: Alder.fertila.count)
        var kvinnoar = fodda
        var flickor = 0.0, alla = 0.0
        for year in forsta...ar {
            let t = data.t(year)
            let kvinnor = data.folkmangd[Kon.kvinnor.rawValue]
            for (i, alder) in Alder.fertila.enumerated() {
                let antal = data.fodda[0][t][i] + data.fodda[1][t][i]
                fodda[i] += antal
                kvinnoar[i] += (kvinnor[t - 1][alder] + kvinnor[t][alder]) / 2
            }
            flickor += data.fodda[Kon.kvinnor.rawValue][t].reduce(0, +)
            alla += data.fodda[0][t].reduce(0, +) + data.fodda[1][t].reduce(0, +)
        }
        guard alla > 0 else { throw .ogiltigaData("inga födda under \(forsta)–\(ar)") }
        try self.init(asfr: zip(fodda, kvinnoar).map { $1 > 0 ? $0 / $1 : 0 }, andelFlickor: flickor / alla)
    }

    /// Total fertility rate: the children a woman would have at these rates, Σ asfr.
    public var tfr: Double { asfr.reduce(0, +) }

    /// The rates scaled to another total fertility rate, keeping the age pattern.
    public func medTFR(_ tfr: Double) throws(BefolkningsFel) -> Fruktsamhet {
        let nu = self.tfr
        guard nu > 0 else { throw .ogiltigtAntagande("fruktsamheten är noll och kan inte skalas") }
        return try Fruktsamhet(asfr: asfr.map { $0 * tfr / nu }, andelFlickor: andelFlickor)
    }

    /// The total fertility rate of each single year in `ar` (a window of one year), for the uncertainty
    /// of fertility.
    public static func tfrSerie(_ data: Befolkningsdata, ar: ClosedRange<Int>) throws(BefolkningsFel) -> [Double] {
        var serie: [Double] = []
        for year in ar { serie.append(try Fruktsamhet(data, till: year, fonster: 1).tfr) }
        return serie
    }
}
