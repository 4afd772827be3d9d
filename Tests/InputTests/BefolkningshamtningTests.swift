import Application
import Befolkning
import Foundation
import Input
import OutputFolder
import Report
import Testdelar
import Testing

/// Recorded answers of SCB's API (Tests/InputTests/Fixtures/scb-pxweb, constructed offline from SCB's figures,
/// see its README), served by request: a GET by the table, a POST by the table and the years it asks for.
final class SCBInspelning: HTTPHamtare {
    static let mapp = Projekt.rot.appendingPathComponent("Tests/InputTests/Fixtures/scb-pxweb")

    /// Status and file of each request; `BefolkningNy` and the others are the tables' last path component.
    var svar: [String: (status: Int, fil: String)] = [
        "GET BefolkningNy": (200, "metadata-folkmangd.json"),
        "GET FoddaK": (200, "metadata-fodda.json"),
        "GET DodaFodelsearK": (200, "metadata-doda.json"),
        "POST BefolkningNy 2008-2011": (200, "folkmangd-2008-2011.json"),
        "POST BefolkningNy 2012-2015": (200, "folkmangd-2012-2015.json"),
        "POST FoddaK 2008-2015": (200, "fodda-2008-2015.json"),
        "POST DodaFodelsearK 2008-2011": (200, "doda-2008-2011.json"),
        "POST DodaFodelsearK 2012-2015": (200, "doda-2012-2015.json"),
    ]
    /// Bodies given instead of the recorded file, by request.
    var ersatt: [String: Data] = [:]
    /// Answers given once before the recorded one, by request (e.g. a 429).
    var forst: [String: Int] = [:]
    private(set) var forfragningar: [HTTPForfragan] = []

    /// The request's key: method, table and, for a POST, the first and last year asked for.
    static func nyckel(_ f: HTTPForfragan) -> String {
        let tabell = f.url.lastPathComponent
        guard let kropp = f.kropp else { return "GET \(tabell)" }
        return "POST \(tabell) \(urval(kropp, "Tid").first ?? "")-\(urval(kropp, "Tid").last ?? "")"
    }

    /// The values a query body asks for of the variable `kod`.
    static func urval(_ kropp: Data, _ kod: String) -> [String] {
        let json = (try? JSONSerialization.jsonObject(with: kropp)) as? [String: Any]
        let fraga = (json?["query"] as? [[String: Any]])?.first { $0["code"] as? String == kod }
        return (fraga?["selection"] as? [String: Any])?["values"] as? [String] ?? []
    }

    func hamta(_ forfragan: HTTPForfragan) throws(HTTPFel) -> HTTPSvar {
        forfragningar.append(forfragan)
        let nyckel = Self.nyckel(forfragan)
        if let status = forst.removeValue(forKey: nyckel) { return HTTPSvar(status: status, data: Data()) }
        if let data = ersatt[nyckel] { return HTTPSvar(status: 200, data: data) }
        guard let (status, fil) = svar[nyckel], let data = try? Data(contentsOf: Self.mapp.appendingPathComponent(fil)) else {
            return HTTPSvar(status: 404, data: Data("ingen inspelning av \(nyckel)".utf8))
        }
        return HTTPSvar(status: status, data: data)
    }
}

/// A clock that moves only when waited on.
final class Provklocka {
    var nu = 0.0
    var vantat: [Double] = []

    var takt: Anropstakt {
        Anropstakt(nu: { self.nu }, vanta: { self.vantat.append($0); self.nu += $0 })
    }
}

/// `prognos befolkning hamta`: SCB's API through recorded answers, into the data layout, and refused when
/// anything is missing.
@Suite("Hämtning ur SCB:s API")
struct BefolkningshamtningTests {
    /// SCB's files the recordings were constructed from, and the shipped copy of them.
    static let kalla = Projekt.rot.deletingLastPathComponent().appendingPathComponent("shared/data/scb-befolkning-1968-2015")
    static let idag = ISO8601DateFormatter().date(from: "2026-12-06T00:00:00Z")!
    /// Small enough that population and deaths (2 regions × 101 ages × 2 sexes = 404 values a year) take two
    /// requests each, births (2 × 37 × 2 = 148 a year) one.
    static let maxVarden = 2_000

    static func hamta(_ inspelning: SCBInspelning = SCBInspelning(), region: String = "10", klocka: Provklocka = Provklocka())
        throws(Korfel) -> HamtadBefolkning {
        try Befolkningshamtning.hamta(region: region, med: SCBBefolkningshamtning(hamtare: inspelning, takt: klocka.takt,
                                                                                  maxVarden: maxVarden), idag: idag)
    }

    /// The lines of SCB's file `namn` for 2008–2015, header first: what the fetched table must be.
    static func kallrader(_ namn: String) throws -> [String] {
        let rader = try String(contentsOf: kalla.appendingPathComponent(namn), encoding: .utf8).split(separator: "\n").map(String.init)
        return [rader[0]] + rader.dropFirst().filter { (2008...2015).contains(Int($0.split(separator: ",")[3]) ?? 0) }
    }

    @Test("The recorded answers become the data layout: row for row SCB's files for 2008–2015, with a README of the source")
    func layout() throws {
        let inspelning = SCBInspelning()
        let h = try Self.hamta(inspelning)
        #expect(h.regioner == ["00 Riket", "10 Blekinge län"])
        #expect(h.ar == 2008...2015)
        let rapport = Befolkningshamtningsrapport.rapport(h)
        #expect(rapport.filer.map(\.namn) == ["folkmangd.csv", "fodda.csv", "doda.csv", "README.md"])
        var filer: [String: String] = [:]
        for (namn, innehall) in rapport.filer { filer[namn] = innehall }
        for namn in ["folkmangd.csv", "fodda.csv", "doda.csv"] {
            let skrivna = filer[namn]!.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(skrivna == (try Self.kallrader(namn)) + [""], "\(namn)")
        }
        // Single figures, cited from ../shared/data/scb-befolkning-1968-2015:
        #expect(filer["folkmangd.csv"]!.contains("\n10 Blekinge län,kvinnor,0,2015,793\n"))   // folkmangd.csv:19192
        #expect(filer["folkmangd.csv"]!.contains("\n00 Riket,män,100+,2008,235\n"))           // folkmangd.csv:8283
        #expect(filer["fodda.csv"]!.contains("\n10 Blekinge län,män,30,2010,65\n"))           // fodda.csv:6715
        #expect(filer["fodda.csv"]!.contains("\n10 Blekinge län,kvinnor,uppgift saknas,2012,0\n"))  // fodda.csv:6846
        #expect(filer["doda.csv"]!.contains("\n10 Blekinge län,män,85,2015,27\n"))            // doda.csv:19378
        // The README's checks: Blekinge 31 Dec 2015 = 156 253, Riket 9 851 017.
        let folkmangd = h.tabeller[0].rader.filter { $0.ar == 2015 }
        #expect(folkmangd.filter { $0.region.hasPrefix("10 ") }.reduce(0) { $0 + $1.antal } == 156_253)
        #expect(folkmangd.filter { $0.region.hasPrefix("00 ") }.reduce(0) { $0 + $1.antal } == 9_851_017)
        // Source and date.
        let readme = filer["README.md"]!
        #expect(readme.contains("Hämtat 2026-12-06"))
        for text in ["https://api.scb.se/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101A/BefolkningNy", "BE0101N1 Folkmängd",
                     "https://api.scb.se/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101H/FoddaK", "BE0101E2 Levande födda",
                     "https://api.scb.se/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101I/DodaFodelsearK", "2016-02-22T08:30:00Z"] {
            #expect(readme.contains(text), "\(text)")
        }
        // Three GETs of metadata, then the data split by years within the limit: population in two requests.
        #expect(inspelning.forfragningar.map(SCBInspelning.nyckel) == [
            "GET BefolkningNy", "GET FoddaK", "GET DodaFodelsearK", "POST BefolkningNy 2008-2011", "POST BefolkningNy 2012-2015",
            "POST FoddaK 2008-2015", "POST DodaFodelsearK 2008-2011", "POST DodaFodelsearK 2012-2015"])
        for f in inspelning.forfragningar {
            guard let kropp = f.kropp else { continue }
            let varden = ["Region", "Alder", "AlderModer", "Kon", "ContentsCode", "Tid"].map { SCBInspelning.urval(kropp, $0).count }
                .filter { $0 > 0 }.reduce(1, *)
            #expect(varden <= Self.maxVarden)
            #expect(String(decoding: kropp, as: UTF8.self).contains("\"format\":\"json-stat2\""))
        }
    }

    @Test("The written folder is read by --data and projects as SCB's files do for the same years")
    func sammaPrognos() throws {
        let h = try Self.hamta()
        let hamtat = try Projektmappar.tempmapp("hamtat").appendingPathComponent("data")
        try Rapportkatalog(katalog: hamtat.path, kommando: "befolkning hamta").skriv(Befolkningshamtningsrapport.rapport(h).filer)
        let referens = try Projektmappar.tempmapp("referens")
        for namn in ["folkmangd.csv", "fodda.csv", "doda.csv"] {
            try ((try Self.kallrader(namn)).joined(separator: "\n") + "\n").write(to: referens.appendingPathComponent(namn), atomically: true,
                                                                               encoding: .utf8)
        }
        var resultat: [Befolkningsresultat] = []
        for mapp in [hamtat, referens] {
            var s = Befolkningsscenario(data: mapp)
            s.region = "10"
            s.horisont = 10
            s.simuleringar = 200
            resultat.append(try Befolkningskorning.prognos(s))
        }
        #expect(resultat[0].prognos.basar == 2015)
        #expect(resultat[0].prognos == resultat[1].prognos)
        #expect(resultat[0].intervall == resultat[1].intervall)
        #expect(resultat[0].modell.region == "10 Blekinge län")
    }

    @Test("An answer cut off is refused, naming the table and the years; nothing is returned")
    func avbrutet() throws {
        let inspelning = SCBInspelning()
        inspelning.svar["POST BefolkningNy 2012-2015"] = (200, "folkmangd-2012-2015-avbruten.json")
        let fel = #expect(throws: Korfel.self) { try Self.hamta(inspelning) }
        let text = fel?.description ?? ""
        #expect(text.contains("folkmängd 31 december, år 2012–2015"), "\(text)")
        #expect(text.contains("avbrutet eller ofullständigt"), "\(text)")
        #expect(text.contains("ingenting skrevs"), "\(text)")
    }

    @Test("An answer without a year asked for is refused, naming the table and the missing year")
    func ofullstandigt() throws {
        let inspelning = SCBInspelning()
        inspelning.svar["POST DodaFodelsearK 2012-2015"] = (200, "doda-2012-2015-utan-2015.json")
        let fel = #expect(throws: Korfel.self) { try Self.hamta(inspelning) }
        let text = fel?.description ?? ""
        // 2 regions × 101 ages × 2 sexes = 404 values of 2015 missing, of 4 × 404 = 1 616.
        #expect(text.contains("döda efter uppnådd ålder, år 2012–2015: svaret är ofullständigt: 404 av 1616 värden saknas, för år 2015"),
                "\(text)")
    }

    @Test("An HTTP error is refused with its status and the table")
    func httpFel() throws {
        let inspelning = SCBInspelning()
        inspelning.svar["POST FoddaK 2008-2015"] = (503, "fodda-503.html")
        let fel = #expect(throws: Korfel.self) { try Self.hamta(inspelning) }
        let text = fel?.description ?? ""
        #expect(text.contains("levande födda efter moderns ålder, år 2008–2015: SCB svarade HTTP 503"), "\(text)")
    }

    @Test("A table without an age of the layout is refused before any data are asked for")
    func saknadAlder() throws {
        let inspelning = SCBInspelning()
        let fil = SCBInspelning.mapp.appendingPathComponent("metadata-doda.json")
        inspelning.ersatt["GET DodaFodelsearK"] = Data(try String(contentsOf: fil, encoding: .utf8)
            .replacingOccurrences(of: "\"100+\",", with: "").replacingOccurrences(of: "\"100+ år\",", with: "").utf8)
        let fel = #expect(throws: Korfel.self) { try Self.hamta(inspelning) }
        #expect(fel?.description.contains("DodaFodelsearK: döda efter uppnådd ålder, ålder 100+: tabellen har inte åldern") == true,
                "\(fel?.description ?? "")")
        #expect(inspelning.forfragningar.allSatisfy { $0.kropp == nil || !$0.url.path.hasSuffix("DodaFodelsearK") })
    }

    @Test("A request refused for the rate (429) is made again after a whole window")
    func forMangaAnrop() throws {
        let inspelning = SCBInspelning(), klocka = Provklocka()
        inspelning.forst["POST FoddaK 2008-2015"] = 429
        let h = try Self.hamta(inspelning, klocka: klocka)
        #expect(h.tabeller[1].rader.count == 2 * 37 * 2 * 8)
        #expect(klocka.vantat == [Anropstakt.scbFonster])
        #expect(inspelning.forfragningar.filter { SCBInspelning.nyckel($0) == "POST FoddaK 2008-2015" }.count == 2)
    }

    @Test("At most ten requests in any ten seconds: the eleventh waits for the first to be ten seconds old")
    func takt() {
        let klocka = Provklocka()
        var takt = klocka.takt
        var tider: [Double] = []
        for i in 0..<25 {
            takt.fore()
            tider.append(klocka.nu)
            klocka.nu += i == 3 ? 2 : 0.1
        }
        for i in 0..<(tider.count - Anropstakt.scbMaxAnrop) {
            #expect(tider[i + Anropstakt.scbMaxAnrop] - tider[i] >= Anropstakt.scbFonster - 1e-9, "\(i)")
        }
        // The first ten go at once (0; 0,1 apart; 2 after the fourth), the eleventh at 10, when the first is 10 s old.
        #expect(abs(tider[10] - 10) < 1e-9)
    }

    @Test("The region by its name; an unknown region is refused with the län SCB has")
    func region() throws {
        #expect(try Self.hamta(region: "blekinge  LÄN").regioner == ["00 Riket", "10 Blekinge län"])
        let fel = #expect(throws: Korfel.self) { try Self.hamta(region: "07") }
        #expect(fel?.description.contains("region 07: regionen finns inte i SCB:s tabell; där finns 00 Riket, 01 Stockholms län, 10 Blekinge län")
                == true, "\(fel?.description ?? "")")
    }
}
