import Befolkning
import Foundation
import Vokabular

/// Reads an SCB table in the CSV layout of `notebooks-data/scb-befolkning-1968-2015`: the columns
/// `region,kon,alder,ar,antal` (comma or semicolon, detected from the header), region as "10 Blekinge län".
enum SCBBefolkningCSV {
    static let kolumner = ["region", "kon", "alder", "ar", "antal"]

    static func las(_ url: URL, tabell: Befolkningstabell) throws(ScenarioFel) -> [Befolkningspost] {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "datafilen", maxStorlek: Textfil.maxSCBStorlek), fil: fil)
        try csv.kravRubrik(kolumner, fil: fil)
        var poster: [Befolkningspost] = []
        poster.reserveCapacity(csv.rader.count)
        for rad in csv.rader {
            func fel(_ kolumn: String, _ problem: String) -> ScenarioFel {
                ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(kolumn)", problem: problem)
            }
            try csv.kravFaltantal(rad, fil: fil)
            let f = rad.falt
            let delar = f[0].split(separator: " ", maxSplits: 1).map(String.init)
            guard let kod = delar.first, !kod.isEmpty else { throw fel("region", "regionen saknas") }
            guard let kon = Konskod.kon(f[1]) else {
                throw fel("kon", "okänd könskod \"\(f[1])\"; förväntade kvinnor eller män (SCB:s koder 2 och 1)")
            }
            guard let alder = tabell.alder(f[2]) else {
                throw fel("alder", "okänd ålder \"\(f[2])\" för \(tabell.beskrivning)")
            }
            guard let ar = Int(f[3]), Artal.giltigt(ar) else { throw fel("ar", "förväntade ett årtal, fick \"\(f[3])\"") }
            guard let antal = Antal.tolka(Decimaltal.tolka(f[4], decimaltecken: csv.format.decimaltecken)) else {
                throw fel("antal", "förväntade ett antal personer (ett icke-negativt heltal), fick \"\(f[4])\"")
            }
            poster.append(Befolkningspost(region: kod, regionnamn: delar.count > 1 ? delar[1] : kod, kon: kon, alder: alder, alderskod: f[2],
                                          ar: ar, antal: antal, rad: rad.nummer, nyckel: ""))
        }
        return poster
    }
}
