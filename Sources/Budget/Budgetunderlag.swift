import Vokabular

/// The decided budget as a region publishes it (the Regionplan's Bilaga 1–5) and the indexation it was
/// built on, mapped onto the budget model: which printed row feeds which model line, with which sign.
public struct Budgetunderlag: Equatable, Sendable {
    /// The published tables.
    public let publicerad: PubliceradBudget
    /// The decided indexation rates (percent), rows "personalkostnader" and "driftskostnader".
    public let beslutadIndexering: PubliceradTabell

    /// Creates the data from its tables.
    public init(publicerad: PubliceradBudget, beslutadIndexering: PubliceradTabell) {
        self.publicerad = publicerad
        self.beslutadIndexering = beslutadIndexering
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
    /// A plan period that runs past the last decided year continues the decided budget as `Forlangning`
    /// describes.
    public func modell(_ period: Planperiod, accepteraObalans: Bool = false) throws(Underlagsfel) -> Budgetmodell {
        let r = publicerad.resultatbudget, b = publicerad.balansbudget, f = publicerad.finansieringsbudget
        let beslutad = try beslutadDel(period)
        let n = period.antalAr
        let serie = { (tabell: PubliceradTabell, nyckel: String) throws(Underlagsfel) -> [Double] in
            Forlangning.fortsatt(try self.serie(tabell, nyckel, beslutad), till: n)
        }
        let skatteintakter = try self.serie(r, "skatteintakter", beslutad)
        let tillvaxt = Forlangning.tillvaxt(skatteintakter)
        let indexering = { (nyckel: String) throws(Underlagsfel) -> [Double] in
            try self.serie(beslutadIndexering, nyckel, beslutad) + Array(repeating: 0, count: n - beslutad.antalAr)
        }
        let ramar = try publicerad.budgetramar.rader
            .filter { $0.del == nil && $0.nyckel != "Resultat" }
            .map { rad throws(Underlagsfel) in
                Budgetram(namnd: rad.nyckel, belopp: try serie(publicerad.budgetramar, rad.nyckel))
            }
        guard ramar.last?.namnd == Basbudget.finansforvaltningen else {
            throw Underlagsfel(tabell: publicerad.budgetramar.namn, nyckel: "namnd",
                               problem: "sista ramen ska vara \(Basbudget.finansforvaltningen)")
        }
        let basbudget = Basbudget(
            verksamhetensIntakter: try serie(r, "verksamhetens_intakter"),
            verksamhetensKostnader: try serie(r, "verksamhetens_kostnader"),
            skatteintakter: Forlangning.vaxande(skatteintakter, till: n, procent: tillvaxt),
            statsbidrag: Forlangning.vaxande(try self.serie(r, "statsbidrag", beslutad), till: n, procent: tillvaxt),
            finansiellaKostnader: try serie(r, "finansiella_kostnader"),
            indexering: Indexering(personalkostnader: try indexering("personalkostnader"),
                                   driftskostnader: try indexering("driftskostnader")),
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
            throw Underlagsfel(tabell: b.namn, nyckel: "kolumn \(bas)", problem:
                "ingående balans \(bas) balanserar inte: eget kapital och skulder minus tillgångar är "
                + "\(Belopp.mnkr(ingaende.differensIRaderna)), mer än avrundning av raderna kan förklara "
                + "(\(Belopp.mnkr(avrundning))); rätta underlaget, eller skriv acceptera_obalans: true i "
                + "scenariot för att föra differensen som avstämningspost")
        }
        // Bilaga 4 prints cash effects; the model takes changes of the balance items themselves.
        let forandringar = Balansforandringar(
            forrad: try serie(f, "forandring_forrad").map { -$0 },
            kortfristigaFordringar: try serie(f, "forandring_kortfristiga_fordringar").map { -$0 },
            kortfristigaPlaceringar: try serie(f, "forandring_kortfristiga_placeringar").map { -$0 },
            kortfristigaSkulder: try serie(f, "forandring_kortfristiga_skulder"),
            avsattningarPensioner: try serie(f, "forandring_avsattningar"),
            langfristigaSkulder: zipSumma(try serie(f, "nyupptagna_lan"), try serie(f, "amortering_langfristiga_skulder")))
        do {
            return try Budgetmodell(planperiod: period, basbudget: basbudget, ingaendeBalans: ingaende.medAvstamningspost,
                                    balansforandringar: forandringar)
        } catch {
            throw Underlagsfel(tabell: nil, nyckel: "", problem: error.description)
        }
    }

    /// The decided budget's own assumptions: with these the model reproduces the published budget. Past the
    /// last decided year every assumption keeps its last decided value (indexation, financial income,
    /// depreciation, investments).
    public func beslutadeAntaganden(_ period: Planperiod) throws(Underlagsfel) -> Budgetantaganden {
        let r = publicerad.resultatbudget, f = publicerad.finansieringsbudget, inv = publicerad.investeringsbudget
        let beslutad = try beslutadDel(period)
        let serie = { (tabell: PubliceradTabell, nyckel: String) throws(Underlagsfel) -> [Double] in
            Forlangning.fortsatt(try self.serie(tabell, nyckel, beslutad), till: period.antalAr)
        }
        let tkr = { (slag: [String]) throws(Underlagsfel) -> [Double] in
            var total = period.nollserie
            for namn in slag { total = zipSumma(total, try serie(inv, namn)) }
            return total.map { $0 / 1000 }
        }
        return Budgetantaganden(
            indexering: Indexering(personalkostnader: try serie(beslutadIndexering, "personalkostnader"),
                                   driftskostnader: try serie(beslutadIndexering, "driftskostnader")),
            personalkostnadsandel: 0,
            skatteunderlagsavvikelse: period.nollserie,
            statsbidragsforandring: period.nollserie,
            pensionskostnadsforandring: period.nollserie,
            finansiellaIntakter: try serie(r, "finansiella_intakter"),
            avskrivningar: try serie(r, "avskrivningar").map { -$0 },
            investeringar: Investeringsplan(
                immateriella: try serie(f, "investeringar_immateriella").map { -$0 },
                markOchByggnader: try tkr(["Fastighet"]),
                maskinerOchInventarier: try tkr(["Medicinsk teknik", "It", "Övrigt"]),
                finansiella: try serie(f, "forvarv_finansiella_tillgangar").map { -$0 }))
    }

    /// The first year of `period` past the last decided year, when the period runs beyond it.
    public func forlangningFran(_ period: Planperiod) -> Int? {
        guard let sista = planar.last else { return nil }
        return period.ar.first { $0 > sista }
    }

    /// The decided years of `period`: those up to the last decided year, which must include its first year
    /// and be at most `Forlangning.maxAr` years short of its end.
    private func beslutadDel(_ period: Planperiod) throws(Underlagsfel) -> Planperiod {
        let ar = period.ar.filter { $0 <= (planar.last ?? Int.min) }
        guard planar.last != nil, !ar.isEmpty, period.antalAr - ar.count <= Forlangning.maxAr else {
            throw Underlagsfel(tabell: nil, nyckel: "planperiod", problem:
                "planperioden \(period.beskrivning) ska börja inom de beslutade åren \(planar.map(String.init).joined(separator: ", ")) "
                + "och sluta högst \(Forlangning.maxAr) år efter det sista")
        }
        do { return try Planperiod(basar: period.basar, ar: ar) } catch {
            throw Underlagsfel(tabell: nil, nyckel: "planperiod", problem: error.description)
        }
    }

    // MARK: Reading rows

    private func serie(_ tabell: PubliceradTabell, _ nyckel: String, _ period: Planperiod) throws(Underlagsfel) -> [Double] {
        var values: [Double] = []
        for year in period.ar { values.append(try belopp(tabell, nyckel, year)) }
        return values
    }

    private func belopp(_ tabell: PubliceradTabell, _ nyckel: String, _ ar: Int) throws(Underlagsfel) -> Double {
        guard let rad = tabell.rad(nyckel) else {
            throw Underlagsfel(tabell: tabell.namn, nyckel: nyckel, problem: "raden saknas i \(tabell.namn)")
        }
        guard let value = rad.belopp[ar] else {
            throw Underlagsfel(tabell: tabell.namn, nyckel: nyckel, problem: "kolumnen för år \(ar) saknas")
        }
        return value
    }
}

/// Element-wise sum of two equally long series.
func zipSumma(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { $0 + $1 } }

/// A table of the published budget that lacks what the model needs: the table (by its cited name; nil for
/// the data as a whole), the row or column, and what is wrong. The reader that read the table names its file.
public struct Underlagsfel: Error, Equatable, Sendable {
    /// The table's name as cited, e.g. "Bilaga 3 Balansbudget"; nil when no one table is at fault.
    public let tabell: String?
    /// The row key or column.
    public let nyckel: String
    /// What is wrong and what was expected.
    public let problem: String

    /// Creates an error.
    public init(tabell: String?, nyckel: String, problem: String) {
        self.tabell = tabell
        self.nyckel = nyckel
        self.problem = problem
    }
}
