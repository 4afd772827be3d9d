import Befolkning
import Foundation
import Testdelar
import Testing
@testable import Input

/// Population data that pass every format check but cannot be right are refused with file, line and values.
@Suite("Befolkningsdatas rimlighet")
struct BefolkningsrimlighetTests {
    /// The fields of a CSV line.
    static func falt(_ rad: String) -> [String] { rad.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }

    @Test("Deaths a thousand times too many in one cell are refused at their line, with the cohort's counts")
    func dodaOverKohorten() throws {
        let kopia = try Befolkningskopia()
        let rad = try kopia.rad("doda.csv", "10 Blekinge län,män,60,2010,")
        let doda = Int(Self.falt(try kopia.rader("doda.csv")[rad - 1])[4])!
        try kopia.andra("doda.csv") { $0[rad - 1] = "10 Blekinge län,män,60,2010,\(doda * 1000)" }
        let e = try #require(throws: ScenarioFel.self) { try kopia.las() }
        #expect(e.fil == kopia.url("doda.csv").path && e.rad == rad, "\(e)")
        #expect(e.nyckel == "10 Blekinge län, män, ålder 60, år 2010", "\(e)")
        #expect(e.problem.contains("\(doda * 1000) döda, fler än de"), "\(e)")
        // The country, read from the same files, is untouched by Blekinge's error.
        #expect(try kopia.las(region: "00").ar == 1968...2015)
    }

    @Test("A year whose deaths give a life expectancy no population has is refused, naming sex, year and value")
    func livslangd() throws {
        let kopia = try Befolkningskopia()
        // One man in ten of ages 1–60 dies in 2012: within every cohort, but e0 far below 45.
        let folk = try kopia.rader("folkmangd.csv").dropFirst().map(Self.falt)
            .filter { $0[0] == "10 Blekinge län" && $0[1] == "män" && $0[3] == "2011" }
        let kohort = Dictionary(uniqueKeysWithValues: folk.compactMap { f in Int(f[2]).map { ($0 + 1, Double(f[4])!) } })
        try kopia.andra("doda.csv") { rader in
            for i in rader.indices {
                let f = Self.falt(rader[i])
                guard f.count == 5, f[0] == "10 Blekinge län", f[1] == "män", f[3] == "2012", let a = Int(f[2]), (1...60).contains(a)
                else { continue }
                rader[i] = "10 Blekinge län,män,\(a),2012,\(Int((kohort[a]! / 10).rounded()))"
            }
        }
        let e = try #require(throws: ScenarioFel.self) { try kopia.las() }
        #expect(e.fil == kopia.url("doda.csv").path && e.nyckel == "10 Blekinge län, män, år 2012", "\(e)")
        #expect(e.problem.contains("medellivslängden blir") && e.problem.contains("rimligt är 45–95 år"), "\(e)")
    }

    @Test("The shipped data are plausible for both regions")
    func levereradeData() throws {
        let underlag = try Befolkningsunderlag.las(katalog: Befolkningskopia.kalla)
        for region in ["10", "00"] { _ = try underlag.data(region: region) }
    }

    @Test("JSON-stat with two region codes at the same index position is refused, whatever their order")
    func jsonSammaPosition() throws {
        let kopia = try Befolkningskopia(tom: true)
        for tabell in ["folkmangd", "fodda", "doda"] {
            try SCBUttag(tabell, ar: 2014...2015).skriv(till: kopia.url(tabell + ".json"))
        }
        let url = kopia.url("folkmangd.json")
        var ds = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var dimension = try #require(ds["dimension"] as? [String: Any])
        var region = try #require(dimension["Region"] as? [String: Any])
        var kategori = try #require(region["category"] as? [String: Any])
        kategori["index"] = ["00": 0, "10": 0]
        kategori["label"] = ["00": "Riket", "10": "Blekinge län"]
        region["category"] = kategori
        dimension["Region"] = region
        ds["dimension"] = dimension
        ds["size"] = (ds["size"] as! [Int]).enumerated().map { i, n in (ds["id"] as! [String])[i] == "Region" ? 2 : n }
        try JSONSerialization.data(withJSONObject: ds).write(to: url)
        let e = try #require(throws: ScenarioFel.self) { try Befolkningsunderlag.las(katalog: kopia.mapp) }
        #expect(e.fil == url.path && e.nyckel == "dimension.Region.category.index.10", "\(e)")
        #expect(e.problem.contains("position 0 har redan 00; två kategorier kan inte dela en position"), "\(e)")
    }
}

/// The outcome files the projection is held against: age groups that overlap, or that do not sum to the
/// year-end total beside them, are refused.
@Suite("Befolkningsutfallens rimlighet")
struct BefolkningsutfallTests {
    static let kalla = Projekt.rot.appendingPathComponent("notebooks-data/befolkning-utfall")

    /// A copy of the shipped outcome folder with `andring` applied to one file's lines.
    static func kopia(_ fil: String, _ andring: (inout [String]) -> Void) throws -> URL {
        let mapp = try Projektmappar.tempmapp("utfall")
        for namn in try FileManager.default.contentsOfDirectory(atPath: kalla.path) {
            try FileManager.default.copyItem(at: kalla.appendingPathComponent(namn), to: mapp.appendingPathComponent(namn))
        }
        var rader = try String(contentsOf: mapp.appendingPathComponent(fil), encoding: .utf8).components(separatedBy: "\n")
        andring(&rader)
        try rader.joined(separator: "\n").write(to: mapp.appendingPathComponent(fil), atomically: true, encoding: .utf8)
        return mapp
    }

    @Test("The shipped groups sum to the shipped total for 2018-12-31 (159 505, regionstyrelsen-2019-02-13.txt:7765)")
    func levererade() throws {
        let u = try #require(try BefolkningsutfallLasare.las(katalog: Self.kalla, region: "10"))
        #expect(u.grupper.reduce(0) { $0 + $1.kvinnor + $1.man } == 159_505)
    }

    @Test("A group's count changed by one is refused at the total's line, with both sums")
    func summaStammerInte() throws {
        let mapp = try Self.kopia("blekinge-2018-12.csv") { $0[1] = $0[1].replacingOccurrences(of: "10,0,5,5035,", with: "10,0,5,5036,") }
        defer { try? FileManager.default.removeItem(at: mapp) }
        let e = try #require(throws: ScenarioFel.self) { try BefolkningsutfallLasare.las(katalog: mapp, region: "10") }
        #expect(e.fil == mapp.appendingPathComponent("blekinge-totaler.csv").path && e.rad == 2, "\(e)")
        #expect(e.problem.contains("totalen 159505 för 2018-12-31 stämmer inte med åldersgrupperna, som summerar till 159506"), "\(e)")
    }

    @Test("Overlapping age groups are refused at the second, naming the first")
    func overlapp() throws {
        let mapp = try Self.kopia("blekinge-2018-12.csv") { $0[2] = $0[2].replacingOccurrences(of: "10,6,10,", with: "10,5,10,") }
        defer { try? FileManager.default.removeItem(at: mapp) }
        let e = try #require(throws: ScenarioFel.self) { try BefolkningsutfallLasare.las(katalog: mapp, region: "10") }
        #expect(e.rad == 3 && e.problem.contains("åldrarna 5–10 överlappar 0–5"), "\(e)")
    }
}
