import Vokabular

/// Reconciliation (avstämning) of a published budget against itself: subtotals against their lines,
/// the balance sheet against its identity, and the same figure across appendices. Disagreements are
/// reported, never smoothed over; each says whether rounding of the printed figures can explain it.
public struct Avstamning: Sendable {
    /// The published tables.
    public let publicerad: PubliceradBudget
    /// The budget years to check.
    public let ar: [Int]

    /// Prepares a reconciliation of `publicerad` for the given budget years.
    public init(publicerad: PubliceradBudget, ar: [Int]) {
        self.publicerad = publicerad
        self.ar = ar
    }

    /// Every disagreement found, warnings first, then in year order.
    public func anmarkningar() -> [Avstamningsanmarkning] {
        let alla = resultatbudgeten() + budgetramarna() + balansbudgeten() + finansieringsbudgeten()
            + mellanBilagorna()
        return alla.enumerated().sorted { lhs, rhs in
            if lhs.element.allvar != rhs.element.allvar { return lhs.element.allvar == .varning }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    // MARK: Checks per appendix

    private func resultatbudgeten() -> [Avstamningsanmarkning] {
        let t = publicerad.resultatbudget
        return summa(t, "verksamhetens_nettoresultat", av: ["verksamhetens_intakter", "verksamhetens_kostnader", "avskrivningar"])
            + summa(t, "verksamhetens_resultat", av: ["verksamhetens_nettoresultat", "skatteintakter", "statsbidrag"])
            + summa(t, "resultat_finansiella_poster", av: ["finansiella_intakter", "finansiella_kostnader"])
            + summa(t, "resultat", av: ["verksamhetens_resultat", "resultat_finansiella_poster"])
    }

    private func budgetramarna() -> [Avstamningsanmarkning] {
        let t = publicerad.budgetramar
        let namnder = t.rader.filter { $0.del == nil && $0.nyckel != "Resultat" }.map(\.nyckel)
        var fynd = ar.compactMap { year -> Avstamningsanmarkning? in
            guard let resultat = t.belopp("Resultat", year) else { return nil }
            let nettokostnad = namnder.reduce(0.0) { $0 + (t.belopp($1, year) ?? 0) }
            return jamfor(year, Uppgift(beskrivning: "\(t.namn), summa nämndernas ramar (nettokostnad)",
                                        belopp: nettokostnad, decimaler: t.decimaler, kalla: kalla(t, namnder)),
                          Uppgift(beskrivning: "\(t.namn), Resultat med omvänt tecken", belopp: -resultat,
                                  decimaler: t.decimaler, kalla: kalla(t, ["Resultat"])),
                          tolerans: Double(namnder.count + 1) * t.avrundningsfel)
        }
        for huvud in Set(t.rader.compactMap(\.del)).sorted() {
            fynd += summa(t, huvud, av: t.rader.filter { $0.del == huvud }.map(\.nyckel))
        }
        fynd += korskontroll(publicerad.resultatbudget, "resultat", t, "Resultat")
        return fynd
    }

    private func balansbudgeten() -> [Avstamningsanmarkning] {
        let t = publicerad.balansbudget
        let medBasar = ar.first.map { [$0 - 1] + ar } ?? ar
        var fynd = summa(t, "summa_anlaggningstillgangar",
                         av: ["immateriella_tillgangar", "mark_och_byggnad", "maskiner_och_inventarier",
                              "finansiella_anlaggningstillgangar"], ar: medBasar)
            + summa(t, "summa_omsattningstillgangar",
                    av: ["forrad", "kortfristiga_fordringar", "kortfristiga_placeringar", "kassa_och_bank"], ar: medBasar)
            + summa(t, "summa_tillgangar", av: ["summa_anlaggningstillgangar", "summa_omsattningstillgangar"], ar: medBasar)
            + summa(t, "summa_skulder_och_eget_kapital",
                    av: ["eget_kapital", "avsattningar_pensioner", "langfristiga_skulder", "kortfristiga_skulder"],
                    ar: medBasar)
        // The balance sheet must balance exactly, also as printed.
        fynd += medBasar.compactMap { year in
            guard let tillgangar = t.belopp("summa_tillgangar", year),
                  let skulder = t.belopp("summa_skulder_och_eget_kapital", year) else { return nil }
            return jamfor(year, uppgift(t, "summa_tillgangar", "Summa tillgångar", tillgangar),
                          uppgift(t, "summa_skulder_och_eget_kapital", "Summa eget kapital, avsättningar och skulder", skulder),
                          tolerans: 0)
        }
        return fynd
    }

    private func finansieringsbudgeten() -> [Avstamningsanmarkning] {
        let t = publicerad.finansieringsbudget
        var fynd = summa(t, "kassaflode_lopande_verksamhet",
                         av: ["arets_resultat", "avskrivningar", "nedskrivningar", "reavinst_reaforlust",
                              "forandring_avsattningar", "forandring_forrad", "forandring_kortfristiga_fordringar",
                              "forandring_kortfristiga_placeringar", "forandring_kortfristiga_skulder"])
            + summa(t, "kassaflode_investeringsverksamhet",
                    av: ["investeringar_immateriella", "investeringar_mark_och_byggnader",
                         "investeringar_maskiner_och_inventarier", "inventarier_regionbildning",
                         "forvarv_finansiella_tillgangar"])
            + summa(t, "kassaflode_finansieringsverksamhet", av: ["nyupptagna_lan", "amortering_langfristiga_skulder"])
            + summa(t, "arets_kassaflode", av: ["kassaflode_lopande_verksamhet", "kassaflode_investeringsverksamhet",
                                                "kassaflode_finansieringsverksamhet"])
            + summa(t, "likvida_medel_ub", av: ["likvida_medel_ib", "arets_kassaflode"])
        // Each year opens with the liquid funds the previous year closed with.
        fynd += ar.compactMap { year in
            guard let ib = t.belopp("likvida_medel_ib", year), let ub = t.belopp("likvida_medel_ub", year - 1) else {
                return nil
            }
            return jamfor(year, uppgift(t, "likvida_medel_ib", "Likvida medel vid årets början", ib),
                          uppgift(t, "likvida_medel_ub", "Likvida medel vid föregående års slut", ub), tolerans: 0)
        }
        return fynd
    }

    /// The reconciling item the model carries for a source whose opening balance does not balance: reported
    /// once, for the base year, with the two sums its lines give.
    public static func ingaendeBalans(_ modell: Budgetmodell) -> [Avstamningsanmarkning] {
        let balans = modell.ingaendeBalans
        guard abs(balans.avstamningspost) > 1e-6 else { return [] }
        let kalla = "ingående balans, summerad ur raderna"
        return [Avstamningsanmarkning(
            allvar: .varning, ar: modell.planperiod.basar,
            forsta: Uppgift(beskrivning: "Ingående balans, summa tillgångar", belopp: balans.summaTillgangar - balans.avstamningspost,
                            decimaler: 1, kalla: kalla),
            andra: Uppgift(beskrivning: "summa eget kapital, avsättningar och skulder",
                           belopp: balans.summaSkulderOchEgetKapital, decimaler: 1,
                           kalla: kalla + "; differensen förs som avstämningspost i varje års balansbudget"),
            exakt: true)]
    }

    // MARK: Across appendices

    private func mellanBilagorna() -> [Avstamningsanmarkning] {
        let r = publicerad.resultatbudget, b = publicerad.balansbudget, f = publicerad.finansieringsbudget
        var fynd = korskontroll(r, "avskrivningar", f, "avskrivningar", tecken: -1)
            + korskontroll(r, "resultat", f, "arets_resultat")
            + korskontroll(b, "kassa_och_bank", f, "likvida_medel_ub")
        for year in ar {
            fynd += forandring(year, b, "eget_kapital", "Förändring eget kapital", mot: r, "resultat", "Resultat")
            fynd += forandring(year, b, "avsattningar_pensioner", "Förändring avsättningar pensioner",
                               mot: f, "forandring_avsattningar", "(+) Ökning avsättningar")
        }
        fynd += investeringar()
        return fynd
    }

    /// Bilaga 5 (tkr, by investeringsslag) against Bilaga 4 (mnkr, by asset class).
    private func investeringar() -> [Avstamningsanmarkning] {
        let inv = publicerad.investeringsbudget, f = publicerad.finansieringsbudget
        let grupper: [(String, [String])] = [
            ("investeringar_mark_och_byggnader", ["Fastighet"]),
            ("investeringar_maskiner_och_inventarier", ["Medicinsk teknik", "It", "Övrigt"]),
        ]
        let allaSlag = inv.rader.map(\.nyckel).filter { $0 != "Summa" }
        let kolumnsummor = ar.compactMap { year -> Avstamningsanmarkning? in
            guard let total = inv.belopp("Summa", year) else { return nil }
            let delar = allaSlag.compactMap { inv.belopp($0, year) }
            return jamfor(year,
                          Uppgift(beskrivning: "\(inv.namn), summan av investeringsslagen", belopp: delar.reduce(0, +) / 1000,
                                  decimaler: 3, kalla: kalla(inv, allaSlag)),
                          Uppgift(beskrivning: "\(inv.namn), Summa", belopp: total / 1000, decimaler: 3,
                                  kalla: kalla(inv, ["Summa"])),
                          tolerans: Double(delar.count + 1) * inv.avrundningsfel / 1000)
        }
        return kolumnsummor + ar.flatMap { year in
            grupper.compactMap { rad, slag -> Avstamningsanmarkning? in
                guard let kassaflode = f.belopp(rad, year) else { return nil }
                let tkr = slag.compactMap { inv.belopp($0, year) }
                guard tkr.count == slag.count else { return nil }
                let mnkr = tkr.reduce(0, +) / 1000
                if mnkr.rounded() == -kassaflode { return nil }
                return jamfor(year,
                              Uppgift(beskrivning: "\(inv.namn), \(slag.joined(separator: " + "))", belopp: mnkr,
                                      decimaler: 1, kalla: kalla(inv, slag)),
                              uppgift(f, rad, "investeringar med omvänt tecken", -kassaflode),
                              tolerans: f.avrundningsfel + Double(slag.count) * inv.avrundningsfel / 1000)
            }
        }
    }

    // MARK: Building blocks

    /// A printed total against the sum of its printed parts; rounding may explain half a unit per figure.
    private func summa(_ t: PubliceradTabell, _ total: String, av delar: [String], ar: [Int]? = nil)
        -> [Avstamningsanmarkning] {
        (ar ?? self.ar).compactMap { year in
            guard let printed = t.belopp(total, year) else { return nil }
            let values = delar.compactMap { t.belopp($0, year) }
            guard values.count == delar.count else { return nil }
            return jamfor(year,
                          Uppgift(beskrivning: "\(t.namn), summan av raderna under \"\(total)\"",
                                  belopp: values.reduce(0, +), decimaler: t.decimaler, kalla: kalla(t, delar)),
                          uppgift(t, total, total, printed),
                          tolerans: Double(delar.count + 1) * t.avrundningsfel)
        }
    }

    /// The same figure in two tables. Agreement means the finer figure rounds to the coarser one.
    private func korskontroll(_ a: PubliceradTabell, _ radA: String, _ b: PubliceradTabell, _ radB: String,
                              tecken: Double = 1) -> [Avstamningsanmarkning] {
        ar.compactMap { year in
            guard let va = a.belopp(radA, year), let vb = b.belopp(radB, year) else { return nil }
            let coarse = min(a.decimaler, b.decimaler)
            let skala = Belopp.tiopotens(coarse)
            if ((tecken * va) * skala).rounded() == (vb * skala).rounded() { return nil }
            return Avstamningsanmarkning(
                allvar: abs(tecken * va - vb) <= a.avrundningsfel + b.avrundningsfel + 1e-9 ? .avrundning : .varning,
                ar: year, forsta: uppgift(a, radA, radA, tecken * va), andra: uppgift(b, radB, radB, vb))
        }
    }

    /// The year's change of a balance item against the flow that should explain it.
    private func forandring(_ year: Int, _ b: PubliceradTabell, _ rad: String, _ text: String,
                            mot t: PubliceradTabell, _ flode: String, _ flodestext: String) -> [Avstamningsanmarkning] {
        guard let ub = b.belopp(rad, year), let ib = b.belopp(rad, year - 1), let flow = t.belopp(flode, year) else {
            return []
        }
        let forandring = Uppgift(beskrivning: "\(b.namn), \(text)", belopp: ub - ib, decimaler: b.decimaler,
                                 kalla: kalla(b, [rad]))
        let skala = Belopp.tiopotens(b.decimaler)
        if (flow * skala).rounded() == ub - ib { return [] }
        let fynd = jamfor(year, forandring, uppgift(t, flode, flodestext, flow),
                          tolerans: 2 * b.avrundningsfel + t.avrundningsfel)
        return fynd.map { [$0] } ?? []
    }

    private func jamfor(_ year: Int, _ a: Uppgift, _ b: Uppgift, tolerans: Double) -> Avstamningsanmarkning? {
        let diff = abs(a.belopp - b.belopp)
        guard diff > 1e-9 else { return nil }
        return Avstamningsanmarkning(allvar: diff <= tolerans + 1e-9 ? .avrundning : .varning, ar: year,
                                     forsta: a, andra: b, exakt: tolerans == 0)
    }

    private func uppgift(_ t: PubliceradTabell, _ rad: String, _ text: String, _ belopp: Double) -> Uppgift {
        Uppgift(beskrivning: "\(t.namn), \(text)", belopp: belopp, decimaler: t.decimaler, kalla: kalla(t, [rad]))
    }

    /// "file:line" of the rows, shortened to "file:first–last" when they share a file.
    private func kalla(_ t: PubliceradTabell, _ rader: [String]) -> String {
        let kallor = rader.compactMap { t.rad($0)?.kalla }
        let delar = kallor.map { $0.split(separator: ":", maxSplits: 1).map(String.init) }
        guard let fil = delar.first?.first, delar.allSatisfy({ $0.count == 2 && $0[0] == fil }) else {
            return kallor.joined(separator: ", ")
        }
        let rader = delar.compactMap { Int($0[1]) }
        guard let lo = rader.min(), let hi = rader.max() else { return fil }
        return lo == hi ? "\(fil):\(lo)" : "\(fil):\(lo)–\(hi)"
    }
}
