import Application
import Befolkning
import Foundation
import Testing
@testable import Input

/// The loaders for what a user downloads from SCB: the CSV layout of `notebooks-data/scb-befolkning-1968-2015`
/// and JSON-stat 2.0 from SCB's API. Each kind of bad data is refused with the file, the line (CSV) or the
/// JSON key, and what was expected; nothing is assembled from partial data.
@Suite("SCB-data som användaren laddar ned")
struct BefolkningsladdareTests {
    static let tabeller = ["folkmangd", "fodda", "doda"]

    /// The error reading `kopia` and assembling `region` gives, or a recorded failure when it reads.
    private func fel(_ kopia: Befolkningskopia, region: String = "10") -> ScenarioFel? {
        do {
            _ = try kopia.las(region: region)
            Issue.record("data lästes utan fel")
            return nil
        } catch {
            return error
        }
    }

    /// The fields of a line of the shipped CSV (no quotes in it).
    private func falt(_ rad: String) -> [Substring] { rad.split(separator: ",", omittingEmptySubsequences: false) }

    /// A folder of JSON-stat datasets for Blekinge 2014–2015, the population changed by `andring`.
    private func jsonmapp(_ andring: (inout SCBUttag) -> Void) throws -> Befolkningskopia {
        let kopia = try Befolkningskopia(tom: true)
        for tabell in Self.tabeller {
            var uttag = try SCBUttag(tabell, ar: 2014...2015)
            if tabell == "folkmangd" { andring(&uttag) }
            try uttag.skriv(till: kopia.url(tabell + ".json"))
        }
        return kopia
    }

    // MARK: CSV

    @Test("A missing age (one row gone) is refused with the table's file, the sex, age and year")
    func saknadAlder() throws {
        // (file, the row to delete, the key the error names)
        let fall = [
            ("folkmangd.csv", "10 Blekinge län,kvinnor,37,2012,", "region 10, kvinnor, ålder 37, år 2012"),
            ("doda.csv", "10 Blekinge län,män,100+,1990,", "region 10, män, ålder 100+, år 1990"),
            // Births at -14 and at 15 count at the same age, but each is a row of its own.
            ("fodda.csv", "10 Blekinge län,kvinnor,-14,2001,", "region 10, kvinnor, ålder -14, år 2001"),
            ("fodda.csv", "10 Blekinge län,män,15,2001,", "region 10, män, ålder 15, år 2001"),
            ("fodda.csv", "10 Blekinge län,män,uppgift saknas,1975,", "region 10, män, ålder uppgift saknas, år 1975"),
        ]
        for (fil, rad, nyckel) in fall {
            let kopia = try Befolkningskopia()
            #expect(try kopia.tabort(fil) { $0.hasPrefix(rad) } == 1)
            let e = try #require(fel(kopia))
            #expect(e.fil == kopia.url(fil).path && e.rad == nil, "\(e)")
            #expect(e.nyckel == nyckel, "\(e)")
            #expect(e.problem.contains("saknas; varje kön, ålder och år ska finnas"), "\(e)")
        }
    }

    @Test("A missing year (every row of it for the region gone) is refused, naming the year and the years expected")
    func saknatAr() throws {
        let kopia = try Befolkningskopia()
        #expect(try kopia.tabort("doda.csv") { falt($0)[0] == "10 Blekinge län" && falt($0)[3] == "2000" } == 2 * Alder.antal)
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.url("doda.csv").path && e.rad == nil && e.nyckel == "region 10, år 2000", "\(e)")
        #expect(e.problem.contains("året saknas") && e.problem.contains("döda efter uppnådd ålder ska finnas för varje år 1968–2015"),
                "\(e)")
        // The other region is whole and still loads.
        #expect(try kopia.las(region: "00").ar == 1968...2015)
    }

    @Test("A negative count is refused at its line and column")
    func negativtAntal() throws {
        let kopia = try Befolkningskopia()
        let rad = try kopia.rad("folkmangd.csv", "10 Blekinge län,män,45,2003,")
        try kopia.andra("folkmangd.csv") { $0[rad - 1] = "10 Blekinge län,män,45,2003,-3" }
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.url("folkmangd.csv").path && e.rad == rad && e.nyckel == "kolumn antal", "\(e)")
        #expect(e.problem.contains("antal personer (ett icke-negativt heltal), fick \"-3\""), "\(e)")
    }

    @Test("A count that is not a whole number (12.5) is refused at its line and column")
    func ickeHeltal() throws {
        let kopia = try Befolkningskopia()
        let rad = try kopia.rad("fodda.csv", "10 Blekinge län,kvinnor,30,2011,")
        try kopia.andra("fodda.csv") { $0[rad - 1] = "10 Blekinge län,kvinnor,30,2011,12.5" }
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.url("fodda.csv").path && e.rad == rad && e.nyckel == "kolumn antal", "\(e)")
        #expect(e.problem.contains("icke-negativt heltal") && e.problem.contains("fick \"12.5\""), "\(e)")
    }

    @Test("A duplicate row is refused at the second line, naming the first, however its codes are written")
    func dubblett() throws {
        // (file, the row to repeat, the repeat as written, what the message names)
        let fall = [
            ("doda.csv", "10 Blekinge län,kvinnor,37,2012,", nil, "kvinnor, ålder 37, år 2012"),
            ("doda.csv", "10 Blekinge län,kvinnor,37,2012,", "10 Blekinge län,Kvinnor,037,2012,0", "kvinnor, ålder 037, år 2012"),
            ("fodda.csv", "10 Blekinge län,män,uppgift saknas,2012,", "10 Blekinge län,män,us,2012,0", "män, ålder us, år 2012"),
        ]
        for (fil, borjan, upprepning, text) in fall {
            let kopia = try Befolkningskopia()
            let rad = try kopia.rad(fil, borjan)
            try kopia.andra(fil) { $0.insert(upprepning ?? $0[rad - 1], at: rad) }
            let e = try #require(fel(kopia))
            #expect(e.fil == kopia.url(fil).path && e.rad == rad + 1, "\(e)")
            #expect(e.problem.contains("\(text) finns redan på rad \(rad); varje kombination får finnas en gång"), "\(e)")
        }
    }

    @Test("An unknown sex code is refused at its line, naming the codes expected")
    func okandKonskod() throws {
        let kopia = try Befolkningskopia()
        let rad = try kopia.rad("folkmangd.csv", "10 Blekinge län,kvinnor,50,2005,")
        try kopia.andra("folkmangd.csv") { $0[rad - 1] = $0[rad - 1].replacingOccurrences(of: ",kvinnor,", with: ",totalt,") }
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.url("folkmangd.csv").path && e.rad == rad && e.nyckel == "kolumn kon", "\(e)")
        #expect(e.problem.contains("okänd könskod \"totalt\"; förväntade kvinnor eller män"), "\(e)")
    }

    @Test("Births whose years do not match the population's (the last year's births gone) are refused")
    func foddaAr() throws {
        let kopia = try Befolkningskopia()
        #expect(try kopia.tabort("fodda.csv") { falt($0)[0] == "10 Blekinge län" && falt($0)[3] == "2015" } == 2 * 37)
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.url("fodda.csv").path && e.rad == nil && e.nyckel == "region 10", "\(e)")
        #expect(e.problem.contains("levande födda efter moderns ålder täcker 1968–2014 men folkmängden 1968–2015"), "\(e)")
        #expect(e.problem.contains("åren ska vara desamma"), "\(e)")
        #expect(try kopia.las(region: "00").ar == 1968...2015)
    }

    @Test("A region given as its code, its name, or both as the message lists them, in any case and spacing, is the same region")
    func regionensNamn() throws {
        let underlag = try Befolkningsunderlag.las(katalog: Befolkningskopia.kalla)
        let kod = try underlag.data(region: "10")
        #expect(try underlag.data(region: "Blekinge län") == kod && underlag.data(region: "10 Blekinge län") == kod)
        for skrivning in ["10  blekinge LÄN", " Blekinge län ", "10\tBlekinge län"] {
            #expect(try underlag.data(region: skrivning) == kod, "\(skrivning)")
        }
    }

    @Test("An unknown region is refused, listing the regions in the data")
    func okandRegion() throws {
        let underlag = try Befolkningsunderlag.las(katalog: Befolkningskopia.kalla)
        for region in ["12", "Kalmar län"] {
            let e = try #require(throws: ScenarioFel.self) { try underlag.data(region: region) }
            #expect(e.fil == Befolkningskopia.kalla.appendingPathComponent("folkmangd.csv").path && e.rad == nil, "\(e)")
            #expect(e.nyckel == "region \(region)", "\(e)")
            #expect(e.problem.contains("regionen finns inte i data; där finns 00 Riket, 10 Blekinge län"), "\(e)")
        }
    }

    @Test("A region in the births and deaths but not in the population is refused at its first line, alone and in a run over every region")
    func regionUtanFolkmangd() throws {
        let kopia = try Befolkningskopia()
        try kopia.tabort("folkmangd.csv") { falt($0)[0] == "10 Blekinge län" }
        let rad = try kopia.rad("fodda.csv", "10 Blekinge län,")
        let underlag = try Befolkningsunderlag.las(katalog: kopia.mapp)
        let vantat = ScenarioFel(fil: kopia.url("fodda.csv").path, rad: rad, nyckel: "region 10 Blekinge län",
                                 problem: "regionen finns i levande födda efter moderns ålder men inte i folkmängden (folkmangd.csv); "
                                     + "alla tre tabellerna ska ha samma regioner")
        #expect(throws: vantat) { try underlag.data(region: "Blekinge län") }
        #expect(throws: vantat) { try underlag.kravSammaRegioner() }
        var s = Befolkningsscenario(data: kopia.mapp)
        s.simuleringar = 5
        #expect(throws: Korfel.dataEllerAntaganden(vantat)) { try Befolkningskorning.backtestAllaRegioner(s, basar: [2005]) }
        #expect(throws: Korfel.dataEllerAntaganden(vantat)) { try Befolkningskorning.prognosfel(s) }
    }

    @Test("A header other than region,kon,alder,ar,antal is refused at line 1, saying which was expected")
    func felRubrik() throws {
        let kopia = try Befolkningskopia()
        try kopia.andra("doda.csv") { $0[0] = "region,kön,ålder,år,antal" }
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.url("doda.csv").path && e.rad == 1, "\(e)")
        #expect(e.problem.contains("förväntade rubrikraden region,kon,alder,ar,antal, fick region,kön,ålder,år,antal"), "\(e)")
    }

    @Test("A folder holding both folkmangd.csv and folkmangd.json is refused")
    func badaFormaten() throws {
        let kopia = try Befolkningskopia()
        try SCBUttag("folkmangd", ar: 2014...2015).skriv(till: kopia.url("folkmangd.json"))
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.mapp.path && e.rad == nil && e.nyckel == "folkmangd", "\(e)")
        #expect(e.problem.contains("både folkmangd.csv och folkmangd.json finns"), "\(e)")
    }

    // MARK: JSON-stat 2.0

    @Test("JSON-stat from SCB's API for Blekinge 2010–2015 loads to exactly the CSV cut to those years, dense and sparse")
    func jsonSomCSV() throws {
        let ar = 2010...2015
        let csv = try Befolkningskopia()
        for tabell in Self.tabeller {
            try csv.tabort(tabell + ".csv") { !ar.contains(Int(falt($0)[3])!) }
        }
        let facit = try csv.las(region: "10")
        #expect(facit.ar == ar && facit.total(2015) == 156_253 && facit.region == "10 Blekinge län")
        // The cut is the same numbers as the whole series' last six years.
        let hela = try Befolkningsunderlag.las(katalog: Befolkningskopia.kalla).data(region: "10")
        #expect(facit.folkmangd == hela.folkmangd.map { Array($0.suffix(ar.count)) })
        #expect(facit.fodda == hela.fodda.map { Array($0.suffix(ar.count)) })
        #expect(facit.doda == hela.doda.map { Array($0.suffix(ar.count)) })

        for (gles, lista) in [(false, false), (true, true)] {
            let json = try Befolkningskopia(tom: true)
            for tabell in Self.tabeller {
                var uttag = try SCBUttag(tabell, ar: ar)
                uttag.gles = gles
                uttag.indexSomLista = lista
                try uttag.skriv(till: json.url(tabell + ".json"))
            }
            let underlag = try Befolkningsunderlag.las(katalog: json.mapp)
            #expect(underlag.regioner.map(\.kod) == ["10"] && underlag.regioner.map(\.namn) == ["Blekinge län"])
            #expect(try underlag.data(region: "10") == facit, "gles: \(gles)")
            #expect(try underlag.data(region: "Blekinge län") == facit, "gles: \(gles)")
        }
    }

    @Test("A null value, or a position left out of the sparse form, is refused at its JSON key")
    func jsonNull() throws {
        for gles in [false, true] {
            let kopia = try jsonmapp { u in
                u.varden[u.plats(["Alder": "37", "Kon": "2", "Tid": "2015"])] = NSNull()
                u.gles = gles
            }
            let e = try #require(fel(kopia))
            #expect(e.fil == kopia.url("folkmangd.json").path && e.rad == nil, "\(e)")
            #expect(e.nyckel == "value[151] (Region 10, Kon 2, Alder 37, Tid 2015)", "\(e)")
            #expect(e.problem.contains("värdet saknas (null)"), "\(e)")
        }
    }

    @Test("A value written as text is refused as text, at its position")
    func jsonText() throws {
        let kopia = try jsonmapp { u in u.varden[u.plats(["Alder": "37", "Kon": "2", "Tid": "2015"])] = "12" }
        let e = try #require(fel(kopia))
        #expect(e.nyckel == "value[151]" && e.problem.contains("förväntade ett tal eller null, fick texten \"12\""), "\(e)")
    }

    @Test("An unknown sex code is refused at the first value with it, naming SCB's codes")
    func jsonOkandKon() throws {
        let kopia = try jsonmapp { u in u.dimensioner[2] = .init(id: "Kon", koder: ["1", "1+2"], etiketter: ["1": "män", "1+2": "totalt"]) }
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.url("folkmangd.json").path, "\(e)")
        #expect(e.nyckel == "value[2] (Region 10, Kon 1+2, Alder 0, Tid 2014)", "\(e)")
        #expect(e.problem.contains("okänd könskod \"1+2\"; förväntade 1 (män) eller 2 (kvinnor)"), "\(e)")
    }

    @Test("A size that does not match a dimension's categories, or the number of values, is refused at its key")
    func jsonStorlek() throws {
        let index = try jsonmapp { u in u.storlek = [1, 100, 2, 1, 2] }
        let e1 = try #require(fel(index))
        #expect(e1.fil == index.url("folkmangd.json").path && e1.nyckel == "dimension.Alder.category.index", "\(e1)")
        #expect(e1.problem.contains("har 101 koder men size säger 100"), "\(e1)")

        let varden = try jsonmapp { u in u.varden.removeLast() }
        let e2 = try #require(fel(varden))
        #expect(e2.fil == varden.url("folkmangd.json").path && e2.nyckel == "value", "\(e2)")
        #expect(e2.problem.contains("har 403 värden men size ger 404"), "\(e2)")
    }

    @Test("An extra dimension with two categories is refused: one category must be chosen")
    func jsonExtraDimension() throws {
        let kopia = try jsonmapp { u in
            u.dimensioner[3] = .init(id: "ContentsCode", koder: ["BE0101N1", "BE0101N2"],
                                     etiketter: ["BE0101N1": "Folkmängd", "BE0101N2": "Folkökning"])
            u.varden = u.varden.flatMap { [$0, $0] }
        }
        let e = try #require(fel(kopia))
        #expect(e.fil == kopia.url("folkmangd.json").path && e.nyckel == "dimension.ContentsCode", "\(e)")
        #expect(e.problem.contains("okänd dimension med 2 kategorier; välj en enda kategori"), "\(e)")
    }

    @Test("A missing dimension is refused, naming it in Swedish; so is a dimension listed in id but not described")
    func jsonSaknadDimension() throws {
        let kopia = try jsonmapp { u in u.utan("Kon", behall: "1") }
        let e1 = try #require(fel(kopia))
        #expect(e1.fil == kopia.url("folkmangd.json").path && e1.nyckel == "id", "\(e1)")
        #expect(e1.problem.contains("dimensionen för kön saknas; förväntade region, kön, ålder och tid"), "\(e1)")

        let objekt = try jsonmapp { u in u.utanObjekt = "Tid" }
        let e2 = try #require(fel(objekt))
        #expect(e2.fil == objekt.url("folkmangd.json").path && e2.nyckel == "dimension.Tid.category", "\(e2)")
        #expect(e2.problem.contains("saknas"), "\(e2)")
    }
}
