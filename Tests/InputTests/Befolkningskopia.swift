import Befolkning
import Foundation
import Testing
@testable import Input

/// A copy of the shipped SCB population data (`notebooks-data/scb-befolkning-1968-2015`) in a fresh
/// temporary folder, for tests that change a file; the folder goes with the copy.
final class Befolkningskopia {
    static let kalla = BefolkningsdataTests.katalog
    let mapp: URL

    /// A copy of the shipped folder, or an empty folder when `tom`.
    init(tom: Bool = false) throws {
        mapp = FileManager.default.temporaryDirectory.appendingPathComponent("prognos-befolkning-\(UUID().uuidString)")
        if tom {
            try FileManager.default.createDirectory(at: mapp, withIntermediateDirectories: true)
        } else {
            try FileManager.default.copyItem(at: Self.kalla, to: mapp)
        }
    }

    deinit { try? FileManager.default.removeItem(at: mapp) }

    /// The URL of `fil` in the copy.
    func url(_ fil: String) -> URL { mapp.appendingPathComponent(fil) }

    /// The lines of `fil`, header first, without the empty string after the final newline.
    func rader(_ fil: String) throws -> [String] {
        var rader = try String(contentsOf: url(fil), encoding: .utf8).components(separatedBy: "\n")
        if rader.last == "" { rader.removeLast() }
        return rader
    }

    /// Rewrites `fil` with `andring` applied to its lines (header first).
    func andra(_ fil: String, _ andring: (inout [String]) throws -> Void) throws {
        var rader = try rader(fil)
        try andring(&rader)
        try Data((rader.joined(separator: "\n") + "\n").utf8).write(to: url(fil))
    }

    /// Removes the lines of `fil` that `villkor` picks; returns how many went.
    @discardableResult
    func tabort(_ fil: String, _ villkor: (String) -> Bool) throws -> Int {
        var borta = 0
        try andra(fil) { rader in
            let fore = rader.count
            rader = [rader[0]] + rader.dropFirst().filter { !villkor($0) }
            borta = fore - rader.count
        }
        return borta
    }

    /// The 1-based number of the line of `fil` that starts with `borjan`.
    func rad(_ fil: String, _ borjan: String) throws -> Int {
        let i = try #require(try rader(fil).firstIndex { $0.hasPrefix(borjan) }, "ingen rad i \(fil) börjar med \(borjan)")
        return i + 1
    }

    /// Reads the folder and assembles `region`.
    func las(region: String = "10") throws(ScenarioFel) -> Befolkningsdata {
        try Befolkningsunderlag.las(katalog: mapp).data(region: region)
    }
}

/// A JSON-stat 2.0 dataset shaped as SCB's API delivers it (json-stat2): the dimensions Region, Alder (for
/// births AlderModer), Kon with codes 1 = män and 2 = kvinnor, ContentsCode of one category and Tid, values
/// last dimension fastest. Built from the shipped CSV so its numbers are real; tests change a field or two
/// before writing it.
struct SCBUttag {
    struct Dimension {
        var id: String
        var koder: [String]
        var etiketter: [String: String]
    }

    var dimensioner: [Dimension]
    /// Every value in position order, `NSNull()` for a missing one.
    var varden: [Any]
    /// `size` as written, when a test wants it to differ from the dimensions' sizes.
    var storlek: [Int]?
    /// A dimension listed in `id` and `size` whose object is left out of `dimension`.
    var utanObjekt: String?
    /// The category index as an array of codes, not SCB's object from code to position.
    var indexSomLista = false
    /// The values as an object from position to value (JSON-stat's sparse form), not an array.
    var gles = false

    /// SCB's content codes of the three tables.
    static let innehall = ["folkmangd": ("BE0101N1", "Folkmängd"), "fodda": ("BE0101E2", "Levande födda"),
                           "doda": ("BE0101D9", "Döda")]

    /// The table `tabell` ("folkmangd", "fodda", "doda") for `region` and the years `ar`, from the shipped CSV.
    init(_ tabell: String, ar: ClosedRange<Int>, region: String = "10") throws {
        let fodda: [String] = ["-14"] + (15...48).map { "\($0)" } + ["49+", "us"]
        let aldrar: [String] = tabell == "fodda" ? fodda : (0...99).map { "\($0)" } + ["100+"]
        var antal: [String: Int] = [:]
        var regionnamn = region
        let text = try String(contentsOf: Befolkningskopia.kalla.appendingPathComponent(tabell + ".csv"), encoding: .utf8)
        for rad in text.split(separator: "\n").dropFirst() {
            let f = rad.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f[0].hasPrefix(region + " "), let year = Int(f[3]), ar.contains(year) else { continue }
            regionnamn = String(f[0].dropFirst(region.count + 1))
            let kon = f[1] == "män" ? "1" : f[1] == "kvinnor" ? "2" : f[1]
            let alder = f[2] == "uppgift saknas" ? "us" : f[2]
            let n: Int = try #require(Int(f[4]), "\(rad)")
            antal["\(kon)|\(alder)|\(year)"] = n
        }
        let (innehall, innehallstext) = Self.innehall[tabell]!
        dimensioner = [
            Dimension(id: "Region", koder: [region], etiketter: [region: regionnamn]),
            Dimension(id: tabell == "fodda" ? "AlderModer" : "Alder", koder: aldrar,
                      etiketter: Dictionary(uniqueKeysWithValues: aldrar.map { ($0, $0 == "us" ? "uppgift saknas" : $0) })),
            Dimension(id: "Kon", koder: ["1", "2"], etiketter: ["1": "män", "2": "kvinnor"]),
            Dimension(id: "ContentsCode", koder: [innehall], etiketter: [innehall: innehallstext]),
            Dimension(id: "Tid", koder: ar.map(String.init), etiketter: Dictionary(uniqueKeysWithValues: ar.map { ("\($0)", "\($0)") })),
        ]
        var varden: [Any] = []
        for alder in aldrar {
            for kon in ["1", "2"] {
                for year in ar { varden.append(try #require(antal["\(kon)|\(alder)|\(year)"], "\(tabell) \(kon) \(alder) \(year)")) }
            }
        }
        self.varden = varden
    }

    /// The position of the value with the given codes (dimension id to code; a dimension left out is at its
    /// first category).
    func plats(_ koder: [String: String]) -> Int {
        dimensioner.reduce(0) { plats, d in plats * d.koder.count + (koder[d.id].flatMap { d.koder.firstIndex(of: $0) } ?? 0) }
    }

    /// Drops the dimension `id`, keeping the values at its category `kod`.
    mutating func utan(_ id: String, behall kod: String) {
        let i = dimensioner.firstIndex { $0.id == id }!
        let inre = dimensioner[(i + 1)...].reduce(1) { $0 * $1.koder.count }
        let k = dimensioner[i].koder.firstIndex(of: kod)!, n = dimensioner[i].koder.count
        varden = varden.enumerated().filter { ($0.offset / inre) % n == k }.map(\.element)
        dimensioner.remove(at: i)
    }

    /// The dataset as JSON.
    func json() throws -> Data {
        var dimension: [String: Any] = [:]
        for d in dimensioner where d.id != utanObjekt {
            let index: Any = indexSomLista ? d.koder
                : Dictionary(uniqueKeysWithValues: d.koder.enumerated().map { ($0.element, $0.offset) })
            dimension[d.id] = ["label": d.id.lowercased(), "category": ["index": index, "label": d.etiketter]]
        }
        // The sparse form leaves missing values out.
        let value: Any = gles
            ? Dictionary(uniqueKeysWithValues: varden.enumerated().filter { !($0.element is NSNull) }.map { ("\($0.offset)", $0.element) })
            : varden
        let ds: [String: Any] = [
            "version": "2.0", "class": "dataset", "label": "SCB-uttag", "source": "SCB", "updated": "2016-02-22T09:30:00Z",
            "id": dimensioner.map(\.id), "size": storlek ?? dimensioner.map(\.koder.count),
            "role": ["time": ["Tid"], "metric": ["ContentsCode"]], "dimension": dimension, "value": value,
        ]
        return try JSONSerialization.data(withJSONObject: ds, options: [.sortedKeys])
    }

    /// Writes the dataset to `url`.
    func skriv(till url: URL) throws { try json().write(to: url) }
}
