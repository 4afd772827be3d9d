import Foundation

/// A table's data: the requests split by years, and each answer read and checked to hold what was asked.
extension SCBBefolkningshamtning {
    /// What a table's answers say of it besides the counts.
    struct Uppgifter {
        var innehall = "", innehallstext = "", uppdaterad: String? = nil, anrop = 0
    }

    /// SCB's codes of the sexes, men and women.
    static let kon = ["1", "2"]

    /// Checks that the table has what the layout needs — the regions, every age and sex, and no variable that
    /// must be chosen besides them — and returns its content code and text: the layout's, or the only one.
    private func innehall(_ tabell: Befolkningstabell, _ meta: PXWebMetadata, regioner: [String]) throws(ScenarioFel)
        -> (kod: String, text: String) {
        let alder = tabell.scbAldersvariabel
        let valda = Set(["Region", alder, "Kon", "ContentsCode", "Tid"])
        for v in meta.variables where !valda.contains(v.code) && v.elimination != true {
            throw fel(tabell, "tabellens metadata", "variabeln \(v.code) (\(v.text ?? v.code)) kan inte utelämnas; förväntade bara "
                      + "region, ålder, kön, tabellinnehåll och år")
        }
        var finns: [String: Set<String>] = [:]
        for v in ["Region", alder, "Kon", "ContentsCode"] {
            guard let variabel = meta.variabel(v) else { throw fel(tabell, "tabellens metadata", "variabeln \(v) saknas") }
            finns[v] = Set(variabel.values)
        }
        if let saknad = regioner.first(where: { !finns["Region"]!.contains($0) }) {
            throw fel(tabell, "region \(saknad)", "regionen finns inte i tabellen")
        }
        if let saknad = tabell.scbAlderskoder.first(where: { !finns[alder]!.contains($0) }) {
            throw fel(tabell, "ålder \(saknad)", "tabellen har inte åldern; förväntade åldrarna \(tabell.scbAlderskoder.first!)–"
                      + "\(tabell.scbAlderskoder.last!) som i data")
        }
        if let saknad = Self.kon.first(where: { !finns["Kon"]!.contains($0) }) {
            throw fel(tabell, "kön \(saknad)", "könet finns inte i tabellen")
        }
        let innehall = meta.variabel("ContentsCode")!
        if let valt = tabell.scbInnehall, innehall.values.contains(valt) { return (valt, innehall.text(valt)) }
        if tabell.scbInnehall == nil, innehall.values.count == 1 { return (innehall.values[0], innehall.text(innehall.values[0])) }
        throw fel(tabell, "tabellinnehåll", "förväntade \(tabell.scbInnehall ?? "ett enda tabellinnehåll"); tabellen har "
                  + innehall.values.map { "\($0) (\(innehall.text($0)))" }.joined(separator: ", "))
    }

    /// One table's counts for `regioner` over `ar`, in as many requests as the value limit needs, each answer
    /// checked to hold exactly what was asked.
    mutating func hamtaData(_ tabell: Befolkningstabell, _ meta: PXWebMetadata, regioner: [String], ar: ClosedRange<Int>)
        throws(ScenarioFel) -> ([Befolkningspost], Uppgifter) {
        let alder = tabell.scbAldersvariabel
        var uppgifter = Uppgifter()
        (uppgifter.innehall, uppgifter.innehallstext) = try innehall(tabell, meta, regioner: regioner)
        let perAr = regioner.count * tabell.scbAlderskoder.count * Self.kon.count
        let arPerAnrop = max(1, maxVarden / perAr)
        var poster: [Befolkningspost] = []
        var start = ar.lowerBound
        while start <= ar.upperBound {
            let del = start...min(ar.upperBound, start + arPerAnrop - 1)
            let urval = meta.variables.compactMap { v -> (kod: String, varden: [String])? in
                switch v.code {
                case "Region": return (v.code, regioner)
                case alder: return (v.code, tabell.scbAlderskoder)
                case "Kon": return (v.code, Self.kon)
                case "ContentsCode": return (v.code, [uppgifter.innehall])
                case "Tid": return (v.code, del.map(String.init))
                default: return nil
                }
            }
            let fraga = PXWebFraga(urval: urval)
            let vad = "år \(Self.text(del))"
            let data = try anropa(HTTPForfragan(url: adress(tabell), kropp: fraga.kropp), tabell, vad)
            uppgifter.anrop += 1
            let svar = try tolka(data, tabell, vad)
            poster += svar.poster
            if let u = svar.uppdaterad, u > (uppgifter.uppdaterad ?? "") { uppgifter.uppdaterad = u }
            try kontrollera(svar.poster, tabell, vad, regioner: regioner, ar: del)
            start = del.upperBound + 1
        }
        return (poster, uppgifter)
    }

    /// The counts of one answer, and when SCB updated the table.
    private func tolka(_ data: Data, _ tabell: Befolkningstabell, _ vad: String) throws(ScenarioFel)
        -> (poster: [Befolkningspost], uppdaterad: String?) {
        guard let text = String(data: data, encoding: .utf8) else { throw fel(tabell, vad, "svaret är inte text i UTF-8") }
        do {
            let poster = try JSONStat.tolka(text, fil: adress(tabell).absoluteString, tabell: tabell)
            let rot = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (poster, rot?["updated"] as? String)
        } catch {
            let plats = error.rad.map { "rad \($0), \(error.nyckel)" } ?? error.nyckel
            throw fel(tabell, vad, "svaret är avbrutet eller ofullständigt (\(plats): \(error.problem)); hämta igen")
        }
    }

    /// Refuses an answer that lacks a value asked for or holds one not asked for.
    private func kontrollera(_ poster: [Befolkningspost], _ tabell: Befolkningstabell, _ vad: String, regioner: [String],
                             ar: ClosedRange<Int>) throws(ScenarioFel) {
        func nyckel(_ region: String, _ kon: String, _ alder: String, _ ar: Int) -> String { "\(region)|\(kon)|\(alder)|\(ar)" }
        let fick = Set(poster.map { nyckel($0.region, $0.kon == .man ? "1" : "2", $0.alderskod, $0.ar) })
        var saknade: [(region: String, kon: String, alder: String, ar: Int)] = []
        var onskade = 0
        for region in regioner {
            for year in ar {
                for k in Self.kon {
                    for alder in tabell.scbAlderskoder {
                        onskade += 1
                        if !fick.contains(nyckel(region, k, alder, year)) { saknade.append((region, k, alder, year)) }
                    }
                }
            }
        }
        if let forsta = saknade.first {
            let saknadeAr = Set(saknade.map(\.ar)).sorted().map(String.init).joined(separator: ", ")
            throw fel(tabell, vad, "svaret är ofullständigt: \(saknade.count) av \(onskade) värden saknas, för år \(saknadeAr) (det första: region "
                      + "\(forsta.region), \(Konskod.kon(forsta.kon)!.namn), ålder \(forsta.alder), år \(forsta.ar)); hämta igen")
        }
        if poster.count != onskade {
            throw fel(tabell, vad, "svaret har \(poster.count) värden men frågan bad om \(onskade)")
        }
    }
}
