import Foundation

/// Fetches the population data of a region from SCB's open API (PX-Web v1, answers as JSON-stat 2.0): the
/// tables of population, births and deaths by single year of age and sex (`Befolkningstabell.scbSokvag`)
/// for the region and for the country, whose mortality pattern the model uses, over every year all three
/// tables have. First each table's metadata (a GET), then its data (POSTs), split by years so that no request
/// asks for more values than the API gives, and paced to its rate limit. Every answer must hold every
/// value asked for, and the whole is checked as a data folder is when read (`Befolkningsunderlag`);
/// anything short of that, an HTTP error, or an answer cut off, throws and nothing is returned.
public struct SCBBefolkningshamtning {
    /// The root of SCB's statistical database in the API, in Swedish.
    public static let scbAPI = URL(string: "https://api.scb.se/OV0104/v1/doris/sv/ssd/")!
    /// The most values one request may ask for: SCB's API answers at most 100 000 (SCB, "API för
    /// Statistikdatabasen"; the limit the API itself reports under `?config` may be higher).
    public static let scbMaxVarden = 100_000
    /// How many times a request refused for the rate limit (HTTP 429) is made again, after a whole window.
    static let forsokVidForMangaAnrop = 2

    private let hamtare: any HTTPHamtare
    private var takt: Anropstakt
    private let maxVarden: Int
    private let api: URL

    /// Fetches through `hamtare`, paced by `takt`, with at most `maxVarden` values a request, from `api`.
    public init(hamtare: any HTTPHamtare, takt: Anropstakt = Anropstakt(), maxVarden: Int = scbMaxVarden, api: URL = scbAPI) {
        self.hamtare = hamtare
        self.takt = takt
        self.maxVarden = maxVarden
        self.api = api
    }

    /// The data of `region` (code, name or both, as SCB writes them: "10", "Blekinge län") and of the
    /// country, fetched at `idag`.
    public mutating func hamta(region angiven: String, idag: Date = Date()) throws(ScenarioFel) -> HamtadBefolkning {
        var metadata: [Befolkningstabell: PXWebMetadata] = [:]
        for tabell in Befolkningstabell.allCases {
            let url = adress(tabell)
            metadata[tabell] = try PXWebMetadata.tolka(try anropa(HTTPForfragan(url: url), tabell, "tabellens metadata"), url: url)
        }
        let regionvariabel = try variabel("Region", i: .folkmangd, metadata)
        guard let kod = regionvariabel.values.first(where: { Befolkningsunderlag.avser(angiven, kod: $0, namn: regionvariabel.text($0)) }) else {
            let lan = regionvariabel.values.filter { $0.count == 2 }.map { "\($0) \(regionvariabel.text($0))" }
            throw fel(.folkmangd, "region \(angiven)", "regionen finns inte i SCB:s tabell; där finns "
                      + lan.joined(separator: ", ") + (lan.count < regionvariabel.values.count ? " och kommunerna" : ""))
        }
        let koder = Set([Befolkningsunderlag.riket, kod]).sorted()
        let namn = Dictionary(uniqueKeysWithValues: koder.map { ($0, regionvariabel.text($0)) })
        let ar = try gemensammaAr(metadata)
        var poster: [Befolkningstabell: [Befolkningspost]] = [:]
        var tabeller: [HamtadBefolkning.Tabell] = []
        for tabell in Befolkningstabell.allCases {
            let (tabellposter, uppgifter) = try hamtaData(tabell, metadata[tabell]!, regioner: koder, ar: ar)
            poster[tabell] = tabellposter
            let ordning = Dictionary(uniqueKeysWithValues: tabell.koder.enumerated().map { ($1, $0) })
            let rader = tabellposter.map { p in
                (p, tabell.kod(p.alder, skriven: p.alderskod))
            }.sorted { a, b in
                (a.0.region, a.0.ar, a.0.kon.rawValue, ordning[a.1] ?? 0) < (b.0.region, b.0.ar, b.0.kon.rawValue, ordning[b.1] ?? 0)
            }.map { p, alder in
                HamtadBefolkning.Rad(region: "\(p.region) \(namn[p.region] ?? p.region)", kon: p.kon.namn, alder: alder,
                                     ar: p.ar, antal: Int(p.antal))
            }
            tabeller.append(HamtadBefolkning.Tabell(fil: tabell.filnamn + ".csv", beskrivning: tabell.beskrivning, url: adress(tabell),
                                                    titel: metadata[tabell]!.title ?? tabell.scbSokvag, innehall: uppgifter.innehall,
                                                    innehallstext: uppgifter.innehallstext, uppdaterad: uppgifter.uppdaterad,
                                                    anrop: uppgifter.anrop, rader: rader))
        }
        // The same checks as reading the folder: every cell once, the years alike, the figures plausible.
        let filer = Dictionary(uniqueKeysWithValues: Befolkningstabell.allCases.map { ($0, adress($0).absoluteString) })
        let underlag = Befolkningsunderlag.av(katalog: api, poster: poster, filer: filer)
        for kod in koder { _ = try underlag.data(region: kod) }
        return HamtadBefolkning(regioner: koder.map { "\($0) \(namn[$0]!)" }, ar: ar, tabeller: tabeller, hamtad: idag)
    }

    /// The table's address in the API.
    private func adress(_ tabell: Befolkningstabell) -> URL { api.appendingPathComponent(tabell.scbSokvag) }

    /// An error in what SCB answered for `tabell`.
    private func fel(_ tabell: Befolkningstabell, _ nyckel: String, _ problem: String) -> ScenarioFel {
        ScenarioFel(fil: adress(tabell).absoluteString, rad: nil, nyckel: "\(tabell.beskrivning), \(nyckel)", problem: problem)
    }

    /// The variable `kod` of `tabell`, which it must have.
    private func variabel(_ kod: String, i tabell: Befolkningstabell, _ metadata: [Befolkningstabell: PXWebMetadata])
        throws(ScenarioFel) -> PXWebMetadata.Variabel {
        guard let v = metadata[tabell]?.variabel(kod) else {
            throw fel(tabell, "tabellens metadata", "variabeln \(kod) saknas; tabellen har "
                      + (metadata[tabell]?.variables.map(\.code).joined(separator: ", ") ?? "inga variabler"))
        }
        return v
    }

    /// The years all three tables have: the longest run of consecutive years ending at the latest they share.
    private func gemensammaAr(_ metadata: [Befolkningstabell: PXWebMetadata]) throws(ScenarioFel) -> ClosedRange<Int> {
        var gemensamma: Set<Int>? = nil
        for tabell in Befolkningstabell.allCases {
            let ar = Set(try variabel("Tid", i: tabell, metadata).values.compactMap { Int($0) })
            gemensamma = gemensamma.map { $0.intersection(ar) } ?? ar
        }
        guard let sista = gemensamma?.max() else {
            throw fel(.folkmangd, "Tid", "tabellerna för folkmängd, födda och döda har inget år gemensamt")
        }
        var forsta = sista
        while gemensamma!.contains(forsta - 1) { forsta -= 1 }
        return forsta...sista
    }

    /// What a table's answers say of it besides the counts.
    private struct Uppgifter {
        var innehall = "", innehallstext = "", uppdaterad: String? = nil, anrop = 0
    }

    /// One table's counts for `regioner` over `ar`, in as many requests as the value limit needs, each answer
    /// checked to hold exactly what was asked.
    private mutating func hamtaData(_ tabell: Befolkningstabell, _ meta: PXWebMetadata, regioner: [String], ar: ClosedRange<Int>)
        throws(ScenarioFel) -> ([Befolkningspost], Uppgifter) {
        let alder = tabell.scbAldersvariabel
        let kon = ["1", "2"]
        var uppgifter = Uppgifter()
        let valda = Set(["Region", alder, "Kon", "ContentsCode", "Tid"])
        for v in meta.variables where !valda.contains(v.code) && v.elimination != true {
            throw fel(tabell, "tabellens metadata", "variabeln \(v.code) (\(v.text ?? v.code)) kan inte utelämnas; förväntade bara "
                      + "region, ålder, kön, tabellinnehåll och år")
        }
        var finns: [String: Set<String>] = [:]
        for v in ["Region", alder, "Kon", "ContentsCode"] {
            finns[v] = Set(meta.variabel(v)?.values ?? [])
            if meta.variabel(v) == nil { throw fel(tabell, "tabellens metadata", "variabeln \(v) saknas") }
        }
        if let saknad = regioner.first(where: { !finns["Region"]!.contains($0) }) {
            throw fel(tabell, "region \(saknad)", "regionen finns inte i tabellen")
        }
        if let saknad = tabell.scbAlderskoder.first(where: { !finns[alder]!.contains($0) }) {
            throw fel(tabell, "ålder \(saknad)", "tabellen har inte åldern; förväntade åldrarna \(tabell.scbAlderskoder.first!)–"
                      + "\(tabell.scbAlderskoder.last!) som i data")
        }
        if let saknad = kon.first(where: { !finns["Kon"]!.contains($0) }) { throw fel(tabell, "kön \(saknad)", "könet finns inte i tabellen") }
        let innehall = meta.variabel("ContentsCode")!
        if let valt = tabell.scbInnehall, innehall.values.contains(valt) {
            uppgifter.innehall = valt
        } else if tabell.scbInnehall == nil, innehall.values.count == 1 {
            uppgifter.innehall = innehall.values[0]
        } else {
            throw fel(tabell, "tabellinnehåll", "förväntade \(tabell.scbInnehall ?? "ett enda tabellinnehåll"); tabellen har "
                      + innehall.values.map { "\($0) (\(innehall.text($0)))" }.joined(separator: ", "))
        }
        uppgifter.innehallstext = innehall.text(uppgifter.innehall)
        let perAr = regioner.count * tabell.scbAlderskoder.count * kon.count
        let arPerAnrop = max(1, maxVarden / perAr)
        var poster: [Befolkningspost] = []
        var start = ar.lowerBound
        while start <= ar.upperBound {
            let del = start...min(ar.upperBound, start + arPerAnrop - 1)
            let urval = meta.variables.compactMap { v -> (kod: String, varden: [String])? in
                switch v.code {
                case "Region": return (v.code, regioner)
                case alder: return (v.code, tabell.scbAlderskoder)
                case "Kon": return (v.code, kon)
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
            try kontrollera(svar.poster, tabell, vad, regioner: regioner, kon: kon, ar: del)
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
                             kon: [String], ar: ClosedRange<Int>) throws(ScenarioFel) {
        func nyckel(_ region: String, _ kon: String, _ alder: String, _ ar: Int) -> String { "\(region)|\(kon)|\(alder)|\(ar)" }
        let fick = Set(poster.map { nyckel($0.region, $0.kon == .man ? "1" : "2", $0.alderskod, $0.ar) })
        var saknade: [(region: String, kon: String, alder: String, ar: Int)] = []
        var onskade = 0
        for region in regioner {
            for year in ar {
                for k in kon {
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

    /// Sends `forfragan` within the rate limit and returns the body of a successful answer; a request refused
    /// for the rate is made again after a whole window.
    private mutating func anropa(_ forfragan: HTTPForfragan, _ tabell: Befolkningstabell, _ vad: String) throws(ScenarioFel) -> Data {
        var forsok = 0
        while true {
            takt.fore()
            let svar: HTTPSvar
            do {
                svar = try hamtare.hamta(forfragan)
            } catch {
                throw fel(tabell, vad, "\(error.beskrivning); kontrollera nätverket och försök igen")
            }
            if svar.status == 429, forsok < Self.forsokVidForMangaAnrop {
                forsok += 1
                takt.vantaFonster()
                continue
            }
            guard svar.status == 200 else { throw fel(tabell, vad, "SCB svarade HTTP \(svar.status)\(Self.orsak(svar.status))") }
            return svar.data
        }
    }

    /// What an HTTP status from SCB's API means, for the message.
    private static func orsak(_ status: Int) -> String {
        switch status {
        case 400: return " (frågan godtogs inte)"
        case 403: return " (frågan bad om fler värden än API:et ger)"
        case 404: return " (tabellen finns inte på adressen; SCB kan ha flyttat den)"
        case 429: return " (för många anrop; vänta en stund och försök igen)"
        case 500...599: return " (fel hos SCB; försök igen senare)"
        default: return ""
        }
    }

    /// Years as text: "2015" or "2008–2015".
    private static func text(_ ar: ClosedRange<Int>) -> String {
        ar.count == 1 ? "\(ar.lowerBound)" : "\(ar.lowerBound)–\(ar.upperBound)"
    }
}
