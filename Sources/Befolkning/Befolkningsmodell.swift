/// A population model estimated from a region's data and the country's up to a base year: the base
/// population, fertility, mortality (national Lee–Carter with a regional level), migration and the
/// uncertainty of each. The data are cut at the base year before anything is estimated, so nothing later
/// can reach a projection or a backtest.
public struct Befolkningsmodell: Equatable, Sendable {
    /// The region's name as in the data.
    public let region: String
    /// The base year: the projection starts from the population on 31 December of this year.
    public let basar: Int
    /// The base population by `[kon][ålder]`.
    public let bas: [[Double]]
    /// Age-specific fertility.
    public let fruktsamhet: Fruktsamhet
    /// Mortality.
    public let dodlighet: Dodlighet
    /// Net migration.
    public let migration: Migration
    /// The uncertainty of fertility, mortality and migration.
    public let osakerhet: Osakerhet

    /// A model from given parts (for a model estimated elsewhere, or a constructed one).
    public init(region: String, basar: Int, bas: [[Double]], fruktsamhet: Fruktsamhet, dodlighet: Dodlighet,
                migration: Migration, osakerhet: Osakerhet) throws(BefolkningsFel) {
        guard bas.count == 2, bas.allSatisfy({ $0.count == Alder.antal && $0.allSatisfy { $0.isFinite && $0 >= 0 } }) else {
            throw .ogiltigaData("basbefolkningen ska ha \(Alder.antal) åldrar för båda könen, inga negativa antal")
        }
        guard dodlighet.leeCarter.count == 2, dodlighet.leeCarter.allSatisfy({ $0.a.count == Alder.antal }),
              dodlighet.regionalNiva.count == 2 else {
            throw .ogiltigaData("dödligheten ska ha \(Alder.antal) åldrar för båda könen")
        }
        self.region = region
        self.basar = basar
        self.bas = bas
        self.fruktsamhet = fruktsamhet
        self.dodlighet = dodlighet
        self.migration = migration
        self.osakerhet = osakerhet
    }

    /// Estimates the model; `riket` is the country whose mortality pattern the region follows (the region
    /// itself when projecting the country).
    public init(region: Befolkningsdata, riket: Befolkningsdata, basar: Int, fonster: Fonster = Fonster()) throws(BefolkningsFel) {
        let region = try region.till(basar), riket = try riket.till(basar)
        let fonster = fonster.begransade(region: basar - region.ar.lowerBound, riket: basar - riket.ar.lowerBound)
        self.region = region.region
        self.basar = basar
        self.bas = Kon.allCases.map { region.folkmangd($0, basar) }
        self.fruktsamhet = try Fruktsamhet(region, till: basar, fonster: fonster.fruktsamhet)
        self.dodlighet = try Dodlighet(region: region, riket: riket, till: basar, leeCarterFonster: fonster.leeCarter,
                                       nivaFonster: fonster.dodlighetsniva)
        self.migration = try Migration(region, till: basar, fonster: fonster.migration)
        self.osakerhet = try Osakerhet(region, riket: riket, till: basar, fonster: fonster.osakerhet,
                                      fruktsamhetsfonster: fonster.fruktsamhet, migrationsfonster: fonster.migration)
    }
}
