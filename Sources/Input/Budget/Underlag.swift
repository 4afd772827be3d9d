import Budget
import Foundation
import Vokabular

/// The data a scenario draws on: a data set in `notebooks-data/` holding the decided budget as published
/// (Regionplan Bilaga 1–5) and the indexation it was built on, one CSV file per table.
public struct Underlag: Sendable {
    /// The folder the files were read from.
    public let katalog: URL
    /// The tables read, mapped onto the budget model.
    public let budget: Budgetunderlag
    /// The published tables.
    public var publicerad: PubliceradBudget { budget.publicerad }

    /// The files of a data set and the tables they hold: file name, table name, printed decimals, and the
    /// range every figure must lie in (the table's unit: mnkr, tkr or percent).
    static let filer: [(fil: String, namn: String, decimaler: Int, intervall: ClosedRange<Double>)] = [
        ("resultatbudget.csv", "Bilaga 1 Resultatbudget", 1, Granser.mnkr),
        ("budgetramar.csv", "Bilaga 2 Budgetramar", 1, Granser.mnkr),
        ("balansbudget.csv", "Bilaga 3 Balansbudget", 0, Granser.mnkr),
        ("finansieringsbudget.csv", "Bilaga 4 Finansieringsbudget", 0, Granser.mnkr),
        ("investeringsbudget.csv", "Bilaga 5 Investeringsbudget (tkr)", 0, Granser.mnkr.lowerBound * 1000...Granser.mnkr.upperBound * 1000),
        ("indexering.csv", "Uppräkning (procent)", 1, Granser.procent),
    ]

    /// Reads every file of the data set in `katalog`.
    public static func las(katalog: URL) throws(ScenarioFel) -> Underlag {
        var tabeller: [PubliceradTabell] = []
        for (fil, namn, decimaler, intervall) in filer {
            tabeller.append(try CSVTabell.las(katalog.appendingPathComponent(fil), namn: namn, decimaler: decimaler,
                                              intervall: intervall))
        }
        return Underlag(katalog: katalog, budget: Budgetunderlag(
                        publicerad: PubliceradBudget(resultatbudget: tabeller[0], budgetramar: tabeller[1],
                                                     balansbudget: tabeller[2], finansieringsbudget: tabeller[3],
                                                     investeringsbudget: tabeller[4]),
                        beslutadIndexering: tabeller[5]))
    }

    /// The budget model of `period` (see `Budgetunderlag.modell`), with a table's problem placed in its file.
    public func modell(_ period: Planperiod, accepteraObalans: Bool = false) throws(ScenarioFel) -> Budgetmodell {
        do { return try budget.modell(period, accepteraObalans: accepteraObalans) } catch { throw plats(error) }
    }

    /// The decided budget's own assumptions (see `Budgetunderlag.beslutadeAntaganden`).
    public func beslutadeAntaganden(_ period: Planperiod) throws(ScenarioFel) -> Budgetantaganden {
        do { return try budget.beslutadeAntaganden(period) } catch { throw plats(error) }
    }

    /// A table's problem at the file the table was read from (the folder when no one table is at fault).
    private func plats(_ fel: Underlagsfel) -> ScenarioFel {
        let fil = fel.tabell.map { tabell in Self.filer.first { $0.namn == tabell }?.fil ?? tabell }
        return ScenarioFel(fil: fil.map { katalog.appendingPathComponent($0).path } ?? katalog.path, rad: nil,
                           nyckel: fel.nyckel, problem: fel.problem)
    }
}
