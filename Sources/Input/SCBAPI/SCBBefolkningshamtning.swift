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

    let hamtare: any HTTPHamtare
    var takt: Anropstakt
    let maxVarden: Int
    let api: URL

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
        let kod = try region(angiven, i: regionvariabel)
        let koder = Set([Befolkningsunderlag.riket, kod]).sorted()
        let namn = Dictionary(uniqueKeysWithValues: koder.map { ($0, regionvariabel.text($0)) })
        let ar = try gemensammaAr(metadata)
        var poster: [Befolkningstabell: [Befolkningspost]] = [:]
        var tabeller: [HamtadBefolkning.Tabell] = []
        for tabell in Befolkningstabell.allCases {
            let (tabellposter, uppgifter) = try hamtaData(tabell, metadata[tabell]!, regioner: koder, ar: ar)
            poster[tabell] = tabellposter
            let rader = Self.rader(tabellposter, tabell, namn: namn)
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

    /// The code of the region `angiven` names (code, name or both) among the table's regions.
    private func region(_ angiven: String, i regionvariabel: PXWebMetadata.Variabel) throws(ScenarioFel) -> String {
        guard let kod = regionvariabel.values.first(where: { Befolkningsunderlag.avser(angiven, kod: $0, namn: regionvariabel.text($0)) })
        else {
            let lan = regionvariabel.values.filter { $0.count == 2 }.map { "\($0) \(regionvariabel.text($0))" }
            throw fel(.folkmangd, "region \(angiven)", "regionen finns inte i SCB:s tabell; där finns "
                      + lan.joined(separator: ", ") + (lan.count < regionvariabel.values.count ? " och kommunerna" : ""))
        }
        return kod
    }

    /// A table's counts as rows of the layout, by region, year, sex (women first) and age in the layout's order.
    private static func rader(_ poster: [Befolkningspost], _ tabell: Befolkningstabell, namn: [String: String]) -> [HamtadBefolkning.Rad] {
        let ordning = Dictionary(uniqueKeysWithValues: tabell.koder.enumerated().map { ($1, $0) })
        return poster.map { p in (p, tabell.kod(p.alder, skriven: p.alderskod)) }
            .sorted { a, b in
                (a.0.region, a.0.ar, a.0.kon.rawValue, ordning[a.1] ?? 0) < (b.0.region, b.0.ar, b.0.kon.rawValue, ordning[b.1] ?? 0)
            }
            .map { p, alder in
                HamtadBefolkning.Rad(region: "\(p.region) \(namn[p.region] ?? p.region)", kon: p.kon.namn, alder: alder, ar: p.ar,
                                     antal: Int(p.antal))
            }
    }

    /// The table's address in the API.
    func adress(_ tabell: Befolkningstabell) -> URL { api.appendingPathComponent(tabell.scbSokvag) }

    /// An error in what SCB answered for `tabell`.
    func fel(_ tabell: Befolkningstabell, _ nyckel: String, _ problem: String) -> ScenarioFel {
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
}
