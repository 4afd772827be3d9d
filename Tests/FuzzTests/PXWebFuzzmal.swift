import Application
import Foundation
import Input
import Report

extension Fuzzmal {
    /// The answers of SCB's PX-Web API that `prognos befolkning hamta` reads: the recorded (constructed) answers in
    /// Tests/InputTests/Fixtures/scb-pxweb, metadata and data for Blekinge and Riket 2008–2015, served from the
    /// case folder by request. A case does what `prognos befolkning hamta --region 10` does: fetch, check and
    /// render the data layout; a refusal must name the table (and the years) it concerns.
    static func pxweb() throws -> Fuzzmal {
        let mapp = Projekt.rot.appendingPathComponent("Tests/InputTests/Fixtures/scb-pxweb")
        let filer = try PXWebsvar.filer.values.sorted().map { namn in
            Fuzzfil(sokvag: "scb/\(namn)", data: Array(try Data(contentsOf: mapp.appendingPathComponent(namn))))
        }
        let idag = ISO8601DateFormatter().date(from: "2026-12-06T00:00:00Z")!
        return Fuzzmal(namn: "PX-Web", filer: filer, kor: { mapp in
            klassa {
                let klocka = PXWebsvar.Klocka()
                let hamtning = SCBBefolkningshamtning(hamtare: PXWebsvar(mapp: mapp.appendingPathComponent("scb")),
                                                      takt: Anropstakt(nu: { klocka.nu }, vanta: { klocka.nu += $0 }),
                                                      maxVarden: PXWebsvar.maxVarden)
                let hamtad = try Befolkningshamtning.hamta(region: "10", med: hamtning, idag: idag)
                return Befolkningshamtningsrapport.rapport(hamtad).filer.map { "\($0.namn)\n\($0.innehall)" }.joined(separator: "\n")
            }
        })
    }
}

/// SCB's API as the case folder's files: a GET of a table's metadata, a POST by the table and the first and last
/// year it asks for; anything else is a 404, as the API answers a table it does not have.
struct PXWebsvar: HTTPHamtare {
    /// Small enough that population and deaths take two requests each, as the recordings were made
    /// (Tests/InputTests/BefolkningshamtningTests.swift, `maxVarden`).
    static let maxVarden = 2_000
    /// The file of each request.
    static let filer = [
        "GET BefolkningNy": "metadata-folkmangd.json", "GET FoddaK": "metadata-fodda.json", "GET DodaFodelsearK": "metadata-doda.json",
        "POST BefolkningNy 2008-2011": "folkmangd-2008-2011.json", "POST BefolkningNy 2012-2015": "folkmangd-2012-2015.json",
        "POST FoddaK 2008-2015": "fodda-2008-2015.json",
        "POST DodaFodelsearK 2008-2011": "doda-2008-2011.json", "POST DodaFodelsearK 2012-2015": "doda-2012-2015.json",
    ]
    let mapp: URL

    /// A clock that moves only when waited on, so the rate limit costs no time.
    final class Klocka: @unchecked Sendable {
        var nu = 0.0
    }

    func hamta(_ forfragan: HTTPForfragan) throws(HTTPFel) -> HTTPSvar {
        let tabell = forfragan.url.lastPathComponent
        var nyckel = "GET \(tabell)"
        if let kropp = forfragan.kropp {
            let json = (try? JSONSerialization.jsonObject(with: kropp)) as? [String: Any]
            let tid = (json?["query"] as? [[String: Any]])?.first { $0["code"] as? String == "Tid" }
            let ar = (tid?["selection"] as? [String: Any])?["values"] as? [String] ?? []
            nyckel = "POST \(tabell) \(ar.first ?? "")-\(ar.last ?? "")"
        }
        guard let fil = Self.filer[nyckel], let data = try? Data(contentsOf: mapp.appendingPathComponent(fil)) else {
            return HTTPSvar(status: 404, data: Data("ingen tabell för \(nyckel)".utf8))
        }
        return HTTPSvar(status: 200, data: data)
    }
}
