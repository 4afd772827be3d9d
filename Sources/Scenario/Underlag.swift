import Budget
import Foundation

/// The data a scenario draws on: a data set in `notebooks-data/` holding the decided budget as published
/// (Regionplan Bilaga 1–5) and the indexation it was built on, one CSV file per table.
public struct Underlag: Sendable {
    /// The folder the files were read from.
    public let katalog: URL
    /// The published tables.
    public let publicerad: PubliceradBudget
    /// The decided indexation rates (percent), rows "personalkostnader" and "driftskostnader".
    public let beslutadIndexering: PubliceradTabell

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
        return Underlag(katalog: katalog,
                        publicerad: PubliceradBudget(resultatbudget: tabeller[0], budgetramar: tabeller[1],
                                                     balansbudget: tabeller[2], finansieringsbudget: tabeller[3],
                                                     investeringsbudget: tabeller[4]),
                        beslutadIndexering: tabeller[5])
    }

    /// The plan years every table the model reads covers, ascending.
    public var planar: [Int] {
        let p = publicerad
        let tabeller = [p.resultatbudget, p.budgetramar, p.finansieringsbudget, p.investeringsbudget, beslutadIndexering]
        return Array(tabeller.map { Set($0.ar) }.reduce(Set(p.balansbudget.ar)) { $0.intersection($1) }).sorted()
    }

    /// The years the balance sheet covers, ascending: a base year must be one of them.
    public var balansar: [Int] { publicerad.balansbudget.ar }

    /// The budget model: decided budget, the base year's closing balance and the planned balance changes.
    /// An opening balance whose lines do not balance is carried with an explicit reconciling item
    /// (avstämningspost) when rounding of the printed figures can explain the difference, or when
    /// `accepteraObalans` is set; otherwise it is refused, naming the file and the base year.
    public func modell(_ period: Planperiod, accepteraObalans: Bool = false) throws(ScenarioFel) -> Budgetmodell {
        let r = publicerad.resultatbudget, b = publicerad.balansbudget, f = publicerad.finansieringsbudget
        let ramar = try publicerad.budgetramar.rader
            .filter { $0.del == nil && $0.nyckel != "Resultat" }
            .map { rad throws(ScenarioFel) in
                Budgetram(namnd: rad.nyckel, belopp: try serie(publicerad.budgetramar, rad.nyckel, period))
            }
        guard ramar.last?.namnd == Basbudget.finansforvaltningen else {
            throw ScenarioFel(fil: sokvag(publicerad.budgetramar), rad: nil, nyckel: "namnd",
                              problem: "sista ramen ska vara \(Basbudget.finansforvaltningen)")
        }
        let basbudget = Basbudget(
            verksamhetensIntakter: try serie(r, "verksamhetens_intakter", period),
            verksamhetensKostnader: try serie(r, "verksamhetens_kostnader", period),
            skatteintakter: try serie(r, "skatteintakter", period),
            statsbidrag: try serie(r, "statsbidrag", period),
            finansiellaKostnader: try serie(r, "finansiella_kostnader", period),
            indexering: Indexering(personalkostnader: try serie(beslutadIndexering, "personalkostnader", period),
                                   driftskostnader: try serie(beslutadIndexering, "driftskostnader", period)),
            budgetramar: ramar)
        let bas = period.basar
        let ingaende = Balansposter(
            immateriellaTillgangar: try belopp(b, "immateriella_tillgangar", bas),
            materiellaTillgangar: try belopp(b, "mark_och_byggnad", bas) + belopp(b, "maskiner_och_inventarier", bas),
            finansiellaAnlaggningstillgangar: try belopp(b, "finansiella_anlaggningstillgangar", bas),
            forrad: try belopp(b, "forrad", bas),
            kortfristigaFordringar: try belopp(b, "kortfristiga_fordringar", bas),
            kortfristigaPlaceringar: try belopp(b, "kortfristiga_placeringar", bas),
            kassaOchBank: try belopp(b, "kassa_och_bank", bas),
            egetKapital: try belopp(b, "eget_kapital", bas),
            avsattningarPensioner: try belopp(b, "avsattningar_pensioner", bas),
            langfristigaSkulder: try belopp(b, "langfristiga_skulder", bas),
            kortfristigaSkulder: try belopp(b, "kortfristiga_skulder", bas))
        // Eleven printed lines, each rounded by at most half a unit of the table's last decimal.
        let avrundning = 11 * b.avrundningsfel
        guard abs(ingaende.differensIRaderna) <= avrundning + 1e-9 || accepteraObalans else {
            throw ScenarioFel(fil: sokvag(b), rad: nil, nyckel: "kolumn \(bas)", problem:
                "ingående balans \(bas) balanserar inte: eget kapital och skulder minus tillgångar är "
                + "\(Belopp.mnkr(ingaende.differensIRaderna)), mer än avrundning av raderna kan förklara "
                + "(\(Belopp.mnkr(avrundning))); rätta underlaget, eller skriv acceptera_obalans: true i "
                + "scenariot för att föra differensen som avstämningspost")
        }
        // Bilaga 4 prints cash effects; the model takes changes of the balance items themselves.
        let forandringar = Balansforandringar(
            forrad: try serie(f, "forandring_forrad", period).map { -$0 },
            kortfristigaFordringar: try serie(f, "forandring_kortfristiga_fordringar", period).map { -$0 },
            kortfristigaPlaceringar: try serie(f, "forandring_kortfristiga_placeringar", period).map { -$0 },
            kortfristigaSkulder: try serie(f, "forandring_kortfristiga_skulder", period),
            avsattningarPensioner: try serie(f, "forandring_avsattningar", period),
            langfristigaSkulder: zipSumma(try serie(f, "nyupptagna_lan", period),
                                          try serie(f, "amortering_langfristiga_skulder", period)))
        do {
            return try Budgetmodell(planperiod: period, basbudget: basbudget, ingaendeBalans: ingaende.medAvstamningspost,
                                    balansforandringar: forandringar)
        } catch {
            throw ScenarioFel(fil: katalog.path, rad: nil, nyckel: "", problem: error.description)
        }
    }

    /// The decided budget's own assumptions: with these the model reproduces the published budget.
    public func beslutadeAntaganden(_ period: Planperiod) throws(ScenarioFel) -> Budgetantaganden {
        let r = publicerad.resultatbudget, f = publicerad.finansieringsbudget, inv = publicerad.investeringsbudget
        let tkr = { (slag: [String]) throws(ScenarioFel) -> [Double] in
            var total = period.nollserie
            for namn in slag { total = zipSumma(total, try serie(inv, namn, period)) }
            return total.map { $0 / 1000 }
        }
        return Budgetantaganden(
            indexering: Indexering(personalkostnader: try serie(beslutadIndexering, "personalkostnader", period),
                                   driftskostnader: try serie(beslutadIndexering, "driftskostnader", period)),
            personalkostnadsandel: 0,
            skatteunderlagsavvikelse: period.nollserie,
            statsbidragsforandring: period.nollserie,
            pensionskostnadsforandring: period.nollserie,
            finansiellaIntakter: try serie(r, "finansiella_intakter", period),
            avskrivningar: try serie(r, "avskrivningar", period).map { -$0 },
            investeringar: Investeringsplan(
                immateriella: try serie(f, "investeringar_immateriella", period).map { -$0 },
                markOchByggnader: try tkr(["Fastighet"]),
                maskinerOchInventarier: try tkr(["Medicinsk teknik", "It", "Övrigt"]),
                finansiella: try serie(f, "forvarv_finansiella_tillgangar", period).map { -$0 }))
    }

    // MARK: Reading rows

    private func sokvag(_ tabell: PubliceradTabell) -> String {
        let fil = Self.filer.first { $0.namn == tabell.namn }?.fil ?? tabell.namn
        return katalog.appendingPathComponent(fil).path
    }

    private func serie(_ tabell: PubliceradTabell, _ nyckel: String, _ period: Planperiod) throws(ScenarioFel) -> [Double] {
        var values: [Double] = []
        for year in period.ar { values.append(try belopp(tabell, nyckel, year)) }
        return values
    }

    private func belopp(_ tabell: PubliceradTabell, _ nyckel: String, _ ar: Int) throws(ScenarioFel) -> Double {
        guard let rad = tabell.rad(nyckel) else {
            throw ScenarioFel(fil: sokvag(tabell), rad: nil, nyckel: nyckel, problem: "raden saknas i \(tabell.namn)")
        }
        guard let value = rad.belopp[ar] else {
            throw ScenarioFel(fil: sokvag(tabell), rad: nil, nyckel: nyckel, problem: "kolumnen för år \(ar) saknas")
        }
        return value
    }
}

/// Element-wise sum of two equally long series.
func zipSumma(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { $0 + $1 } }
