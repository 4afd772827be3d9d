import Uppfoljning
import Vokabular

extension Uppfoljningskorning {
    /// Every method's prognosis after every month of every complete year, against the outcome, and every
    /// version by hand for a complete year against the methods' prognoses after the same month, on the series
    /// it covers (`Handjamforelse`); with `ar` only that year; with `forsoning` MinT also every method bottom-up against
    /// MinT per level of the organisation (`Forsoningsbacktest`). Reads the ledger once. MinT reuses ETS's prognoses
    /// from the methods' backtest (fits, dear to make again); the other methods' point prognoses are computed once
    /// per ledger in MinT's part, which is cheaper than keeping every cut-off's. `framsteg` hears the share done:
    /// each method weighs by its work (`Manadsunderlag.backtestarbete`), its MinT part by an estimate of the share of
    /// that work MinT does itself (`Manadsunderlag.forsoningsarbete`). ETS is tested on a sample of at most
    /// `Uppfoljningsmodellval.etsBacktestPerKonto` series per row unless `helaLiggaren` (or MinT, which needs every
    /// series' prognoses).
    public static func backtest(_ metoder: [Prognosmetod], tolerans: Double, ar: Int? = nil, forsoning: Forsoning = .nedifran,
                                helaLiggaren: Bool = false, db: String, framsteg: (@Sendable (Double) -> Void)? = nil)
        throws(Korfel) -> Uppfoljningsbacktest {
        let (serier, hand, listade, utfall, organisation) = try liggare(db, maste: .finnas) { l throws(LiggarFel) in
            let listade = try l.versionslista().filter { $0.upphov == .hand }
            var hand: [Prognosversion] = [], utfall: [Int: [Serienyckel: Double]] = [:]
            for ar in Set(listade.map(\.ar)).sorted() {
                hand += try l.prognosversioner(ar: ar).filter { $0.upphov == .hand }
                utfall[ar] = try l.arssummor(.utfall, ar: ar)
            }
            return (try liggarserier(l), hand, listade, utfall, try l.organisation())
        }
        let underlag = try manadsunderlag(serier, db: db)
        let hela: Set<Prognosmetod> = forsoning == .mint ? Set(metoder.filter { $0 == .ets }) : []
        let behall = Set(hand.compactMap { Period(ar: $0.ar, manad: $0.gjordEfter) })
        // Each method's work in the backtest and in its MinT part.
        let arbete: [Double]
        var mintArbete: [Double] = []
        do {
            arbete = try underlag.backtestarbete(metoder, behall: behall, hela: hela, ar: ar, helaLiggaren: helaLiggaren)
            if forsoning == .mint {
                for (metod, metodensArbete) in zip(metoder, arbete) {
                    let andel = try underlag.forsoningsarbete(organisation: organisation, ar: ar, testadeKanda: hela.contains(metod))
                    mintArbete.append(metodensArbete * andel)
                }
            }
        } catch {
            throw .backtest(error.description)
        }
        let backtestensArbete = arbete.reduce(0, +), totalt = backtestensArbete + mintArbete.reduce(0, +)
        /// Progress of the part of the run from `fore` to `fore + vikt` of `totalt`.
        func del(_ fore: Double, _ vikt: Double) -> (@Sendable (Double) -> Void)? {
            guard let framsteg else { return nil }
            return { framsteg((fore + vikt * $0) / totalt) }
        }
        let backtest: Metodbacktest
        do {
            backtest = try underlag.backtest(metoder, tolerans: tolerans, behall: behall, hela: hela, ar: ar, helaLiggaren: helaLiggaren,
                                             framsteg: del(0, backtestensArbete))
        } catch {
            throw .backtest(error.description)
        }
        var forsoningar: [Forsoningsbacktest] = []
        var fore = backtestensArbete
        for (metod, vikt) in zip(metoder, mintArbete) {
            let delFramsteg = del(fore, vikt)
            fore += vikt
            do {
                forsoningar.append(try underlag.forsoningsbacktest(metod, organisation: organisation, ar: ar,
                                                                   kanda: Array((backtest.hela[metod] ?? [:]).values),
                                                                   framsteg: delFramsteg))
            } catch {
                throw .backtest(error.description)
            }
        }
        let jamforda = hand.filter { backtest.ar.contains($0.ar) }.map { v in
            Handjamforelse(v, utfall: utfall[v.ar] ?? [:], metoder: metoder,
                           prognoser: Period(ar: v.ar, manad: v.gjordEfter).flatMap { backtest.prognoser[$0] } ?? [:],
                           organisation: organisation)
        }
        return Uppfoljningsbacktest(metoder: backtest, forsoning: forsoningar, handprognoser: jamforda,
                                    ejJamforda: listade.filter { !backtest.ar.contains($0.ar) }.sorted { ($0.ar, $0.gjordEfter, $0.id) < ($1.ar, $1.gjordEfter, $1.id) })
    }
}
