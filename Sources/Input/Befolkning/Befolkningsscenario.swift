import Befolkning
import Foundation
import Vokabular

/// A population scenario as a planner writes it (YAML): the data folder and region, the base year and
/// horizon, a preset variant and any assumption that differs from it, and the stochastic run. See
/// `scenarios/README.md` for the format. Every value is optional; without a file the defaults give the
/// medium projection of Blekinge from the shipped data.
public struct Befolkningsscenario: Sendable {
    /// The scenario file, when it was read from one.
    public var fil: URL?
    /// The file as read, with its `bas:` files and `satt` values laid together: YAML with each value's file
    /// and line in a comment and paths absolute; nil without a file. Command-line options other than
    /// `--satt` are not in it.
    public var upplost: String?
    /// The scenario's name in reports.
    public var namn = "Medelalternativ"
    /// The folder of SCB data.
    public var data: URL
    /// A folder of observed figures after the data's last year to hold the projection against, if any.
    public var utfall: URL?
    /// The table of past projection errors the age groups' intervals are drawn from (`prognosfel.csv`);
    /// nil means the bundled table.
    public var prognosfel: URL?
    /// The region's code or name in the data.
    public var region = "10"
    /// The base year; nil means the last year in the data.
    public var basar: Int?
    /// Years to project.
    public var horisont = Befolkningsmodellval.horisont
    /// The preset variant.
    public var variant = Befolkningsantaganden.Variant.medel
    /// Total fertility rate by year, laid over the variant.
    public var tfr: [Int: Double] = [:]
    /// Mortality, laid over the variant.
    public var dodlighet: Befolkningsantaganden.Dodlighetsantagande?
    /// Migration, laid over the variant.
    public var migration: Befolkningsantaganden.Migrationsantagande?
    /// Paths of the stochastic projection.
    public var simuleringar = Befolkningsmodellval.simuleringar
    /// The random seed.
    public var seed: UInt64 = 20_151_231
    /// The estimation windows.
    public var fonster = Fonster()

    /// The defaults, reading data from `data`.
    public init(data: URL) { self.data = data }

    /// The assumptions for a model estimated from the data: the variant, then the scenario's own values.
    public func antaganden(_ modell: Befolkningsmodell) -> Befolkningsantaganden {
        var a = Befolkningsantaganden.variant(variant, modell: modell, horisont: horisont)
        if !tfr.isEmpty { a.tfr = tfr }
        if let dodlighet { a.dodlighet = dodlighet }
        if let migration { a.migration = migration }
        return a
    }

    /// Reads a scenario file; `data` and `utfall` in it are relative to the file they are written in. The
    /// file may build on another with `bas:`; `satt` holds `nyckel=värde` overrides from the command line,
    /// laid over it in order.
    public static func las(_ fil: URL, satt: [String] = []) throws(ScenarioFel) -> Befolkningsscenario {
        try las(try Scenariofil.las(fil, satt: satt), fil: fil)
    }

    /// Reads a scenario from a loaded tree, e.g. a section of another file.
    package static func las(_ rot: YamlVarde, fil: URL) throws(ScenarioFel) -> Befolkningsscenario {
        let t = try rot.tabell(tillatna: ["namn", "data", "utfall", "region", "basar", "horisont", "variant", "fruktsamhet",
                                          "dodlighet", "migration", "simuleringar", "seed", "fonster", "prognosfel"])
        let dataVarde = try rot.kravd("data", i: t, forvantat: "mappen med SCB-data, relativt filen den står i")
        var s = Befolkningsscenario(data: try dataVarde.url("en sökväg"))
        s.fil = fil
        s.upplost = rot.yaml(sokvagar: ["data", "utfall", "prognosfel"])
        if let v = t["namn"] { s.namn = try v.text("scenariots namn") }
        if let v = t["utfall"] {
            s.utfall = try v.url("mappen med utfall, relativt filen den står i")
        }
        if let v = t["prognosfel"] {
            let url = try v.url("filen med prognosfel (prognosfel.csv), relativt filen den står i")
            var mapp: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &mapp), !mapp.boolValue else {
                throw v.fel("filen \(url.path) finns inte; förväntade filen med prognosfel (prognosfel.csv), relativt filen den står i")
            }
            s.prognosfel = url
        }
        if let v = t["region"] { s.region = try v.text("en regionkod, t.ex. \"10\"") }
        if let v = t["basar"] { s.basar = try v.heltal("basåret", intervall: Artal.giltiga) }
        if let v = t["horisont"] { s.horisont = try v.heltal("antal år att skriva fram", intervall: 1...200) }
        if let v = t["variant"] {
            let namn = try v.text("låg, medel eller hög")
            guard let variant = Befolkningsantaganden.Variant(rawValue: namn) else {
                throw v.fel("förväntade låg, medel eller hög, fick \"\(namn)\"")
            }
            s.variant = variant
        }
        if let v = t["fruktsamhet"] {
            let f = try v.tabell(tillatna: ["tfr"])
            if let tfr = f["tfr"] {
                for (nyckel, post) in try tfr.poster("en tabell med år och summerad fruktsamhet, t.ex. {2030: 1.8}") {
                    guard let year = Int(nyckel), Artal.giltigt(year) else { throw post.fel("nyckeln ska vara ett årtal") }
                    s.tfr[year] = try post.tal("summerad fruktsamhet (barn per kvinna)", intervall: 0...10)
                }
            }
        }
        if let v = t["dodlighet"] {
            let d = try v.tabell(tillatna: ["driftfaktor", "e0_okning_per_ar"])
            guard d.count == 1 else { throw v.fel("ange antingen driftfaktor eller e0_okning_per_ar") }
            if let f = d["driftfaktor"] { s.dodlighet = .drift(faktor: try f.tal("en faktor, 1 = skattad trend", intervall: -10...10)) }
            if let g = d["e0_okning_per_ar"] { s.dodlighet = .e0Okning(arPerAr: try g.tal("år per år", intervall: -1...1)) }
        }
        if let v = t["migration"] {
            let m = try v.tabell(tillatna: ["skala", "netto_per_ar"])
            guard m.count == 1 else { throw v.fel("ange antingen skala eller netto_per_ar") }
            if let f = m["skala"] { s.migration = .skala(try f.tal("en faktor, 1 = skattat medel", intervall: -100...100)) }
            if let n = m["netto_per_ar"] {
                s.migration = .total(try n.tal("personer per år", intervall: -10_000_000...10_000_000))
            }
        }
        if let v = t["simuleringar"] { s.simuleringar = try v.heltal("antal simuleringar", intervall: 1...1_000_000) }
        if let v = t["seed"] { s.seed = UInt64(try v.heltal("ett frö (heltal ≥ 0)", intervall: 0...Int.max)) }
        if let v = t["fonster"] {
            let f = try v.tabell(tillatna: ["fruktsamhet", "migration", "dodlighetsniva", "lee_carter", "osakerhet"])
            let ar = 1...200
            if let x = f["fruktsamhet"] { s.fonster.fruktsamhet = try x.heltal("antal år", intervall: ar) }
            if let x = f["migration"] { s.fonster.migration = try x.heltal("antal år", intervall: ar) }
            if let x = f["dodlighetsniva"] { s.fonster.dodlighetsniva = try x.heltal("antal år", intervall: ar) }
            if let x = f["lee_carter"] { s.fonster.leeCarter = try x.heltal("antal år", intervall: ar) }
            if let x = f["osakerhet"] { s.fonster.osakerhet = try x.heltal("antal år", intervall: ar) }
        }
        return s
    }
}
